import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtApp
import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtReports
@_spi(Testing) import VeerkrachtStore
import VeerkrachtSurveys
@testable import VeerkrachtWeb
import XCTest

/// Every classic XSS payload of `XSSPayloads`, put into every text a user can get onto a page or
/// into a report — the instrument's texts, gemeente and wijk names, meting labels, respondent ids, activity names and
/// themes, a verhaal's title, text and review note, account names, correction reasons, query parameters (`terug` included) and form values
/// that come back after a validation error — and then every page of the route table as every role,
/// every form posted, and both reports as HTML and JSON: nowhere may a payload become markup.
final class XSSTests: XCTestCase {
    private static let roles: [Role?] = [nil, .veldwerker, .analist, .gemeente]

    func testNoPayloadBecomesMarkupAnywhere() async throws {
        for payload in XSSPayloads.all {
            let world = try XSSWorld.make(payload)
            let samples = RouteSamples(response: world.response, activity: world.activity, verhaal: world.verhaal, wijk: "WK077201",
                                       meting: world.values["meting"]!, vorige: world.values["vorige"]!)
            var pages = try await world.app.test(.router) { client in
                var pages: [String] = []
                for route in Route.all {
                    let uri = try XCTUnwrap(samples.uri(route), "route \(route.path) has no sample request in RouteSamples")
                    for role in Self.roles {
                        let account = try role.map { try world.login(world.user($0)) }
                        // GET: as the route table's sample and with every query parameter; POST: where allowed.
                        let responses = route.method == .get
                            ? [try await client.get(uri, as: account), try await client.get(Self.withQuery(uri, world), as: account)]
                            : route.access.permits(role) && (route.access != .anyone || role == nil)
                                ? [try await client.post(uri, world.form, as: account)] : []
                        for response in responses {
                            pages.append(try Self.checked(response, "\(route.method) \(route.path) as \(role?.rawValue ?? "anonymous")", world))
                        }
                    }
                }
                return pages
            }
            let source = world.store
            let meting = world.values["meting"]!, vorige = world.values["vorige"]!
            let wijk = try WijkReport(wijk: "WK077201", meting: meting, previous: vorige, source: source, policy: DisclosurePolicy())
            let gemeente = try GemeenteReport(gemeente: "GM0772", meting: meting, previous: vorige, source: source, policy: DisclosurePolicy())
            for (name, html) in [("wijk report", HTMLReport.render(wijk)), ("gemeente report", HTMLReport.render(gemeente))] {
                XCTAssertEqual(XSSPayloads.problems(in: html, values: Array(world.values.values)), [], "\(name) with \(payload)")
                pages.append(html)
            }
            let json = try [ReportJSON.render(wijk), ReportJSON.render(gemeente)].reduce(into: Set<String>()) { strings, text in
                strings.formUnion(Self.strings(in: try JSONSerialization.jsonObject(with: Data(text.utf8))))
            }
            for field in ["gemeente", "wijk", "meting", "vorige", "thema"] {
                XCTAssertTrue(json.contains(world.values[field]!), "the JSON reports carry the \(field) exactly: \(payload)")
            }

            // The payload reached a page everywhere it was put, so the checks above saw it.
            for (field, value) in world.values where !field.hasSuffix("terug") || LoginTarget.safe(value) == value {
                XCTAssertTrue(pages.contains { $0.holds(HTMLEscaping.escape(value)) }, "\(field) shown, escaped: \(payload)")
            }
        }
    }

    func testTheCheckFindsEveryPayloadLeftUnescaped() {
        for payload in XSSPayloads.all {
            XCTAssertEqual(XSSPayloads.problems(in: "<p title=\"\(HTMLEscaping.escape(payload))\">\(HTMLEscaping.escape(payload))</p>",
                                                values: [payload]), [], payload)
            if HTMLEscaping.escape(payload) != payload {
                XCTAssertFalse(XSSPayloads.problems(in: "<p>\(payload)</p>", values: [payload]).isEmpty, payload)
            }
        }
        XCTAssertEqual(XSSPayloads.problems(in: "<a href=\" JavaScript:alert(1)\">x</a>", values: []), ["script URL in href on <a>"])
        XCTAssertEqual(XSSPayloads.problems(in: "<svg/onload=alert(1)>", values: []), ["attribute onload on <svg>"])
        XCTAssertEqual(XSSPayloads.problems(in: "<div class=x ONclick='y'>", values: []), ["attribute onclick on <div>"])
        XCTAssertEqual(XSSPayloads.problems(in: "<ScRiPt>", values: []), ["element <script>"])
    }

    /// The page of `response` after checking it: HTML without payload markup; anything else is not
    /// sent as HTML and holds no payload, except a CSV export (which holds labels as they are).
    private static func checked(_ response: TestResponse, _ what: String, _ world: XSSWorld) throws -> String {
        let type = response.headers[.contentType] ?? ""
        if type.hasPrefix("text/html") {
            XCTAssertEqual(XSSPayloads.problems(in: response.text, values: Array(world.values.values)), [], what)
        } else {
            XCTAssertTrue(type.hasPrefix("text/csv") || !world.values.values.contains(where: response.text.holds), "\(what): \(type)")
            XCTAssertEqual(response.headers[.init("X-Content-Type-Options")!], "nosniff", what)
        }
        return response.text
    }

    /// `uri` with every query parameter a page reads set to the payload.
    private static func withQuery(_ uri: String, _ world: XSSWorld) -> String {
        let query = world.values["query"]!
        let names = ["meting", "vorige", "wijk", "datum", "van", "naar", "by", "nieuw", "gecorrigeerd", "verwijderd", "uitgelogd",
                     "beoordeeld", "status"]
        return uri + (uri.contains("?") ? "&" : "?") + FormEncoding.encode(names.map { ($0, query) } + [("terug", world.values["terug"]!)])
    }

    /// Every string in a parsed JSON value.
    private static func strings(in value: Any) -> Set<String> {
        switch value {
        case let text as String: [text]
        case let array as [Any]: array.reduce(into: []) { $0.formUnion(strings(in: $1)) }
        case let object as [String: Any]: object.values.reduce(into: []) { $0.formUnion(strings(in: $1)) }
        default: []
        }
    }
}

/// A world with one payload in every text: the instrument, one gemeente with one wijk, an account
/// per role, a questionnaire in two metingen and an activity, both corrected with a reason, and a
/// verhaal rejected with a note. `values` says
/// what was put where; each is the payload with a marker of its field.
private struct XSSWorld {
    let store: Store
    let users: [Role: User]
    let response: Int64
    let activity: Int64
    let verhaal: Int64
    let values: [String: String]

    var app: some ApplicationProtocol { Application(router: WebApp.router(store: store)) }

    /// The form posted to every POST route: every field the payload, so nothing validates (the
    /// reason is too long), and what comes back is the form as typed.
    var form: [(String, String)] {
        let text = values["formulier"]!
        let fields = ["respondent", "wijk", "meting", "datum", "activiteit", "thema", "deelnemers", "uren", "vrijwilligers", "hulpbronnen",
                      "gebruiker", "wachtwoord", "titel", "tekst", "bevestiging", "besluit", "notitie"] + WebFixture.instrument.items.map(\.id)
        return fields.map { ($0, text) } + [("reden", text + String(repeating: " x", count: 250)), ("terug", values["formulier-terug"]!)]
    }

    func user(_ role: Role) -> User { users[role]! }

    func login(_ user: User) throws -> Account { Account(session: try store.startSession(for: user)) }

    static func make(_ payload: String) throws -> XSSWorld {
        let template = try template.get()
        let store = try Store()
        try template.copy(into: store)
        let noSpaces = payload.replacingOccurrences(of: " ", with: "/")
        let values = [
            "gemeente": payload + "~g", "wijk": payload + "~w", "meting": "m" + payload + "~m", "vorige": "v" + payload + "~v",
            "respondent": payload + "~r", "activiteit": payload + "~a", "thema": payload + "~t", "reden": payload + "~c",
            "veldwerker": noSpaces + "~u", "analist": noSpaces + "~n", "gemeente-account": noSpaces + "~e",
            "query": payload + "~q", "terug": "/" + noSpaces + "~q", "formulier": payload + "~f", "formulier-terug": "/" + noSpaces + "~f",
            "titel": payload + "~i", "construct": payload + "~k", "vraag": payload + "~x", "schaal": payload + "~s", "ontbreekt": payload + "~o",
            "verhaal-titel": payload + "~vt", "verhaal-tekst": payload + "~vx", "verhaal-notitie": payload + "~vn",
        ]
        try store.register(try Instrument(yaml: instrumentYAML(values)), source: instrumentYAML(values))
        let names: [Role: String] = [.veldwerker: values["veldwerker"]!, .analist: values["analist"]!, .gemeente: values["gemeente-account"]!]
        for (role, name) in names {
            try store.executeAsEarlierVersion("UPDATE user SET name = ? WHERE role = ?", arguments: [name, role.rawValue])
        }
        let users = Dictionary(uniqueKeysWithValues: try store.users().map { ($0.role, $0) })
        let quoted = { (text: String) in "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let gebieden = "code,naam\nGM0772,\(quoted(values["gemeente"]!))\nWK077201,\(quoted(values["wijk"]!))\n"
        _ = try store.importGebieden(from: CSVReader(bytes: Array(gebieden.utf8)), source: "gebieden.csv")
        try store.addTheme(values["thema"]!)

        let veldwerker = users[.veldwerker]!
        for meting in [values["vorige"]!, values["meting"]!] { try store.addMeting(meting, by: .command("test")) }
        var questionnaire = WebFixture.questionnaire(values["respondent"]!, meting: values["vorige"]!)
        _ = try store.enterResponse(questionnaire, by: veldwerker).get()
        questionnaire.meting = values["meting"]!
        questionnaire.datum = "2026-03-14"
        let response = try store.enterResponse(questionnaire, by: veldwerker).get().id
        questionnaire.answers["coh1"] = "5"
        _ = try store.correctResponse(id: response, questionnaire, reason: values["reden"]!, by: veldwerker).get()

        var activity = WebFixture.activity(values["activiteit"]!)
        activity.thema = values["thema"]!
        activity.datum = "2025-06-01"
        let activityID = try store.enterActivity(activity, by: veldwerker).get().id
        activity.deelnemers = "13"
        _ = try store.correctActivity(id: activityID, activity, reason: values["reden"]!, by: veldwerker).get()

        let verhaal = WebFixture.verhaal(values["verhaal-titel"]!, tekst: "Eerst dit.\n\n" + values["verhaal-tekst"]! + "\nEn dan dit.")
        let verhaalID = try store.enterVerhaal(verhaal, by: veldwerker).get().id
        try store.reviewVerhaal(id: verhaalID, .reject, note: values["verhaal-notitie"]!, by: Actor(users[.analist]!))
        return XSSWorld(store: store, users: users, response: response, activity: activityID, verhaal: verhaalID, values: values)
    }

    /// The default instrument with a title, a construct name, an item text, a scale label and the
    /// label of a missing answer from `values` (an analist writes instrument files).
    private static func instrumentYAML(_ values: [String: String]) -> String {
        let quoted = { (field: String) in "'" + values[field]!.replacingOccurrences(of: "'", with: "''") + "'" }
        var yaml = BundledInstruments.veerkrachtmeterV1
        for (line, replacement) in [("title: Veerkrachtmeter", "title: " + quoted("titel")),
                                    ("    name: Cohesie in straat en buurt", "    name: " + quoted("construct")),
                                    ("    text: Ik heb veel contact met mijn directe buren.", "    text: " + quoted("vraag")),
                                    ("      1: helemaal mee oneens", "      1: " + quoted("schaal")),
                                    ("missing_label: weet niet / wil niet zeggen", "missing_label: " + quoted("ontbreekt"))] {
            precondition(yaml.contains(line + "\n"), "the default instrument has \(line)")
            yaml = yaml.replacingOccurrences(of: line + "\n", with: replacement + "\n")
        }
        return yaml
    }

    /// An account per role, made once: bcrypt is slow.
    private static let template = Result { () throws -> Store in
        let store = try Store()
        for role in Role.allCases {
            try store.addUser(name: role.rawValue, role: role, gemeente: role == .gemeente ? GemeenteCode("GM0772") : nil,
                              password: "een lang wachtwoord")
        }
        return store
    }
}
