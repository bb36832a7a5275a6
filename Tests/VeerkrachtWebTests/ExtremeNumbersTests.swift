import Foundation
import GRDB
import HummingbirdTesting
import VeerkrachtApp
import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtReports
@_spi(Testing) import VeerkrachtStore
@testable import VeerkrachtWeb
import XCTest

/// The property of "Nothing a user types can break a figure": every numeric field of both import
/// formats and both web forms gets the extremes a person (or an attacker) can type; whatever is
/// accepted, every page, report and export still renders — no crash, no 500, no SQL in a message.
/// Then the same with extremes written straight into the database, as a version before `Limits`
/// accepted them.
final class ExtremeNumbersTests: XCTestCase {
    static let extremes = [
        "0", "-0", "4.0", " 7 ", "-1", "9999", "10000", "10000,5", "100000", "100001", "1e308", "1e309", "-1e308",
        "1.7976931348623157e308", "0,0000001", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "999999999999999999999999999", String(repeating: "9", count: 400), "NaN", "inf", "0x10", "١٢", "½", "+5", "5-",
    ]

    func testExtremesThroughEveryDoorBreakNothing() async throws {
        let world = try WebFixture.make()
        let items = WebFixture.instrument.items.map(\.id)
        let meting = "2025-voorjaar"
        // 1. Responses files: one file per extreme, each row putting it in another item.
        for (e, extreme) in Self.extremes.enumerated() {
            let rows = items.enumerated().map { index, item in
                (["x\(e)-\(index)", "WK077201", "2025-03-14", meting] + items.map { $0 == item ? extreme : "3" }).map(Self.quoted).joined(separator: ",")
            }
            let text = (["respondent", "wijk", "datum", "meting"] + items).joined(separator: ",") + "\n" + rows.joined(separator: "\n") + "\n"
            Self.expectCalm(try Self.attempt { try world.store.importResponses(from: CSVReader(bytes: Array(text.utf8)), source: "x.csv") }, extreme)
        }
        // 2. Activities files: every count and hours field.
        for (e, extreme) in Self.extremes.enumerated() {
            for field in 0..<3 {
                var values = ["3", "1,5", "1"]
                values[field] = extreme
                let text = "datum,wijk,activiteit,thema,deelnemers,uren,vrijwilligers,hulpbronnen\n"
                    + "2025-03-04,WK077201,Extreem \(e)-\(field),Armoede & Meedoen,\(values.map(Self.quoted).joined(separator: ",")),cohesie\n"
                Self.expectCalm(try Self.attempt { try world.store.importActivities(from: CSVReader(bytes: Array(text.utf8)), source: "a.csv") }, extreme)
            }
        }
        let anna = try world.login(world.anna)
        try await world.app.test(.router) { client in
            // 3. The questionnaire form: every item.
            for (e, extreme) in Self.extremes.enumerated() {
                for item in items {
                    var answers = WebFixture.answers()
                    answers[item] = extreme
                    let form = ResponseForm(respondent: "w\(e)-\(item)", wijk: "WK077201", datum: "2025-03-14", meting: meting, answers: answers)
                    let response = try await client.post("/invoer", FormEncoding.fields(form), as: anna)
                    XCTAssertTrue([.seeOther, .unprocessableContent].contains(response.status), "\(item) = \(extreme): \(response.status)")
                }
            }
            // 4. The activity form: every number.
            for (e, extreme) in Self.extremes.enumerated() {
                for field in ["deelnemers", "uren", "vrijwilligers"] {
                    var activity = WebFixture.activity("Web \(e) \(field)")
                    switch field {
                    case "deelnemers": activity.deelnemers = extreme
                    case "uren": activity.uren = extreme
                    default: activity.vrijwilligers = extreme
                    }
                    let response = try await client.post("/activiteiten/nieuw", FormEncoding.fields(activity), as: anna)
                    XCTAssertTrue([.seeOther, .unprocessableContent].contains(response.status), "\(field) = \(extreme): \(response.status)")
                }
            }
        }
        try await Self.renderEverything(world)
        let accepted = try Self.maxima(world.store)
        XCTAssertLessThanOrEqual(accepted.participants, Int64(Limits.participants.upperBound))
        XCTAssertLessThanOrEqual(accepted.hours, Limits.hours.upperBound)
        XCTAssertLessThanOrEqual(accepted.volunteers, Int64(Limits.volunteers.upperBound))

        // 5. A database from before the limits: the largest values SQLite holds, in many rows.
        try world.store.executeAsEarlierVersion("""
            UPDATE activiteit SET deelnemers = 9223372036854775807, vrijwilligers = 9223372036854775807, uren = 1.7976931348623157e308;
            INSERT INTO activiteit (datum, wijk, naam, thema, deelnemers, uren, vrijwilligers, batch_id)
                SELECT datum, wijk, naam || ' kopie', thema, deelnemers, uren, vrijwilligers, batch_id FROM activiteit;
            """)
        try await Self.renderEverything(world)
    }

    /// Every GET route as an analist and as a gemeente account, and every export and report as the
    /// command line writes them: no 500, no SQL or SQLite's words in what comes back.
    private static func renderEverything(_ world: WebFixture) async throws {
        let samples = RouteSamples(response: world.veraResponse, activity: world.veraActivity, verhaal: world.veraVerhaal, wijk: "WK077201",
                                   meting: WebFixture.closedMetingen.meting, vorige: WebFixture.closedMetingen.vorige)
        let open = RouteSamples(response: world.veraResponse, activity: world.veraActivity, verhaal: world.veraVerhaal, wijk: "WK077201",
                                meting: "2025-voorjaar", vorige: "2024-najaar")
        let accounts = [try world.login(world.anna), try world.login(world.eindhoven), try world.login(world.vera)]
        try await world.app.test(.router) { client in
            for route in Route.all where route.method == .get {
                for sample in [samples, open] {
                    guard let uri = sample.uri(route) else { continue }
                    for account in accounts {
                        let response = try await client.get(uri, as: account)
                        XCTAssertLessThan(response.status.code, 500, "\(uri) as \(account.session.user.name)")
                        expectNoInternals(response.text, uri)
                    }
                }
            }
            for uri in ["/activiteiten", "/export/scores.csv?by=gemeente", "/export/change.csv?by=wijk&van=2024-najaar&naar=2025-voorjaar"] {
                let response = try await client.get(uri, as: accounts[0])
                XCTAssertEqual(response.status, .ok, uri)
                expectNoInternals(response.text, uri)
            }
        }
        let store = world.store, policy = DisclosurePolicy()
        for level in AreaLevel.allCases {
            _ = ScoreExport.csv(try store.scoreCells(level: level), policy: policy)
            _ = ChangeExport.csv(try store.changeCells(level: level, from: "2024-najaar", to: "2025-voorjaar"), policy: policy)
            let hulpbronnen = WebFixture.instrument.constructs.filter { $0.kind == .hulpbron }.map(\.id)
            expectNoInternals(OutputExport.csv(try store.outputTotals(level: level), hulpbronnen: hulpbronnen), "export output")
        }
        for meting in ["2025-voorjaar", "2024-najaar"] {
            let wijk = try WijkReport(wijk: "WK077201", meting: meting, previous: "2024-voorjaar", source: store, policy: policy)
            let gemeente = try GemeenteReport(gemeente: "GM0772", meting: meting, previous: "2024-voorjaar", source: store, policy: policy)
            for text in [HTMLReport.render(wijk), ReportJSON.render(wijk), HTMLReport.render(gemeente), ReportJSON.render(gemeente)] {
                expectNoInternals(text, "report \(meting)")
            }
        }
    }

    private static func expectNoInternals(_ text: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        for word in ["SQLite error", "SELECT ", "INSERT ", "integer overflow", "Fatal error"] {
            XCTAssertFalse(text.contains(word), "\(context) shows '\(word)'", file: file, line: line)
        }
    }

    /// An import is stored or refused with problems in plain words; nothing else.
    private static func expectCalm(_ outcome: Result<ImportOutcome, any Error>, _ extreme: String, file: StaticString = #filePath, line: UInt = #line) {
        guard case .failure(let error) = outcome else { return }
        XCTAssertTrue(error is ImportRefused, "\(extreme): \(error)", file: file, line: line)
        expectNoInternals("\(error)", extreme, file: file, line: line)
    }

    private static func attempt(_ body: () throws -> ImportOutcome) -> Result<ImportOutcome, any Error> { Result { try body() } }

    private static func quoted(_ field: String) -> String {
        field.contains(",") || field.contains("\"") ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    private static func maxima(_ store: Store) throws -> (participants: Int64, hours: Double, volunteers: Int64) {
        let row = try XCTUnwrap(try store.fetchOneRow("SELECT max(deelnemers), max(uren), max(vrijwilligers) FROM activiteit"))
        return (row[0], row[1], row[2])
    }
}
