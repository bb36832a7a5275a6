import Foundation
import VeerkrachtApp
import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore
import XCTest

/// Verhalen from the store into the reports, on the demo data set: only approved stories appear,
/// and none of a wijk withheld to protect another (Gestel, beside Achtse Barrier) or reported
/// within its rapportagegebied (Woensel-Noord and Achtse Barrier).
final class VerhalenStoreReportTests: XCTestCase {
    private let policy = DisclosurePolicy()
    private let (previous, meting) = (DemoStore.metingen[0], DemoStore.metingen[1])

    /// Title, wijk, hulpbronnen and the decisions an analist takes.
    private static let stories: [(String, String, String, [VerhaalDecision])] = [
        ("Centrum uitgelicht", "WK077201", "cohesie", [.approve, .highlight]),
        ("Centrum goedgekeurd", "WK077201", "binding|cohesie", [.approve]),
        ("Centrum wacht", "WK077201", "cohesie", []),
        ("Centrum afgewezen", "WK077201", "cohesie", [.reject]),
        ("Gestel uitgelicht", "WK077207", "binding", [.approve, .highlight]),
        ("Woensel-Noord uitgelicht", "WK077205", "binding", [.approve, .highlight]),
        ("Achtse Barrier uitgelicht", "WK077208", "cohesie", [.approve, .highlight]),
    ]

    private func store() throws -> Store {
        let store = DemoStore.make()
        let rows = Self.stories.map { "\($0.1),2026-01-10,\($0.2),\($0.0),Buren hielpen elkaar.,ja" }
        let csv = (["wijk,datum,hulpbronnen,titel,tekst,bevestiging"] + rows).joined(separator: "\n") + "\n"
        _ = try store.importVerhalen(from: CSVReader(bytes: Array(csv.utf8)), source: "verhalen.csv")
        let ids = Dictionary(uniqueKeysWithValues: try store.verhalen().map { ($0.verhaal.titel, $0.id) })
        for (titel, _, _, decisions) in Self.stories {
            for decision in decisions {
                try store.reviewVerhaal(id: ids[titel]!, decision, note: decision == .reject ? "Te herleidbaar" : "", by: .command("test"))
            }
        }
        return store
    }

    private func titles(_ store: Store, wijk: String) throws -> [String] {
        try WijkReport(wijk: wijk, meting: meting, previous: previous, source: store, policy: policy).verhalen.map(\.verhaal.titel)
    }

    private func summary(_ store: Store) throws -> GemeenteReport {
        try GemeenteReport(gemeente: "GM0772", meting: meting, previous: previous, source: store, policy: policy)
    }

    func testOnlyApprovedStoriesOfWijkenWhoseFiguresAreShownAppear() throws {
        let store = try store()
        XCTAssertEqual(try titles(store, wijk: "WK077201"), ["Centrum uitgelicht", "Centrum goedgekeurd"], "not one waiting or rejected")
        let placed = try WijkReport(wijk: "WK077201", meting: meting, previous: previous, source: store, policy: policy).verhalen
        XCTAssertEqual(placed.map(\.hulpbron.id), ["cohesie", "cohesie"], "the first hulpbron in instrument order: cohesie before binding")
        XCTAssertEqual(placed[1].alsoAbout.map(\.name), ["Binding met de buurt"])
        XCTAssertEqual(try titles(store, wijk: "WK077207"), [], "Gestel is withheld to protect Achtse Barrier")
        XCTAssertEqual(try titles(store, wijk: "WK077205"), ["Woensel-Noord uitgelicht"])
        XCTAssertEqual(try titles(store, wijk: "WK077208"), [], "Achtse Barrier has too few respondents")
        let report = try summary(store)
        XCTAssertEqual(report.verhalen.map(\.titel), ["Centrum uitgelicht", "Woensel-Noord uitgelicht"])
        let html = HTMLReport.render(report) + ReportJSON.render(report)
        for hidden in ["Centrum goedgekeurd", "Centrum wacht", "Centrum afgewezen", "Gestel uitgelicht", "Achtse Barrier uitgelicht"] {
            XCTAssertFalse(html.contains(hidden), hidden)
        }
    }

    func testNoStoryOfAWijkReportedWithinItsRapportagegebied() throws {
        let store = try store()
        try store.addRapportagegebied("Woensel-Noord en Achtse Barrier", wijken: ["WK077205", "WK077208"])
        XCTAssertEqual(try titles(store, wijk: "WK077205"), [], "Woensel-Noord's figures are included in the group")
        XCTAssertEqual(try titles(store, wijk: "WK077208"), [])
        XCTAssertEqual(try titles(store, wijk: "WK077207"), ["Gestel uitgelicht"], "Gestel need no longer be withheld")
        let report = try summary(store)
        XCTAssertEqual(report.verhalen.map(\.titel), ["Centrum uitgelicht", "Gestel uitgelicht"])
        XCTAssertFalse((HTMLReport.render(report) + ReportJSON.render(report)).contains("Woensel-Noord uitgelicht"))
    }
}
