import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtStore
import VeerkrachtSurveys
import VeerkrachtWeb
import XCTest

/// A small world for the web tests: the default instrument, two gemeenten with named wijken (one
/// named like a script), an account per role (two veldwerkers, two gemeenten), and a questionnaire,
/// an activity and a verhaal entered by each veldwerker.
///
/// bcrypt makes accounts slow to create, so the world is built once and every test gets its own
/// in-memory copy (SQLite's backup), with sessions started directly in the store.
struct WebFixture: Sendable {
    static let instrument = try! Instrument(yaml: BundledInstruments.veerkrachtmeterV1)
    static let passwords = ["vera": "vera-wachtwoord", "victor": "victor-wachtwoord", "anna": "anna-wachtwoord",
                            "eindhoven": "eindhoven-wachtwoord", "enschede": "enschede-wachtwoord"]
    static let scriptName = "<script>alert(1)</script>"

    let store: Store
    let vera: User, victor: User, anna: User, eindhoven: User, enschede: User
    let veraResponse: Int64, victorResponse: Int64, veraActivity: Int64, victorActivity: Int64
    let veraVerhaal: Int64, victorVerhaal: Int64

    /// A fresh copy of the world.
    static func make() throws -> WebFixture {
        let template = try template.get()
        let store = try Store()
        try template.store.copy(into: store)
        return WebFixture(store: store, vera: template.vera, victor: template.victor, anna: template.anna, eindhoven: template.eindhoven,
                          enschede: template.enschede, veraResponse: template.veraResponse, victorResponse: template.victorResponse,
                          veraActivity: template.veraActivity, victorActivity: template.victorActivity,
                          veraVerhaal: template.veraVerhaal, victorVerhaal: template.victorVerhaal)
    }

    private static let template = Result { try build() }

    private static func build() throws -> WebFixture {
        let store = try Store()
        try store.register(instrument, source: BundledInstruments.veerkrachtmeterV1)
        let gebieden = "code,naam\nGM0772,Eindhoven\nWK077201,Centrum\nWK077202,\"\(scriptName)\"\nGM0153,Enschede\nWK015301,Roombeek\n"
        _ = try store.importGebieden(from: CSVReader(bytes: Array(gebieden.utf8)), source: "gebieden.csv")
        func add(_ name: String, _ role: Role, _ gemeente: String? = nil) throws -> User {
            try store.addUser(name: name, role: role, gemeente: gemeente.flatMap(GemeenteCode.init), password: passwords[name]!)
        }
        let vera = try add("vera", .veldwerker), victor = try add("victor", .veldwerker), anna = try add("anna", .analist)
        let eindhoven = try add("eindhoven", .gemeente, "GM0772"), enschede = try add("enschede", .gemeente, "GM0153")
        for meting in ["2025-voorjaar", "2026-voorjaar"] { try store.addMeting(meting, by: .command("test")) }
        try importClosedMetingen(store)
        let veraResponse = try store.enterResponse(questionnaire("r001", meting: "2025-voorjaar"), by: vera).get().id
        let victorResponse = try store.enterResponse(questionnaire("r002", meting: "2026-voorjaar"), by: victor).get().id
        let veraActivity = try store.enterActivity(activity(scriptName), by: vera).get().id
        let victorActivity = try store.enterActivity(activity("Buurtkoffie"), by: victor).get().id
        let veraVerhaal = try store.enterVerhaal(verhaal("Samen de stoep op"), by: vera).get().id
        let victorVerhaal = try store.enterVerhaal(verhaal("Een taalmaatje"), by: victor).get().id
        return WebFixture(store: store, vera: vera, victor: victor, anna: anna, eindhoven: eindhoven, enschede: enschede,
                          veraResponse: veraResponse, victorResponse: victorResponse, veraActivity: veraActivity, victorActivity: victorActivity,
                          veraVerhaal: veraVerhaal, victorVerhaal: victorVerhaal)
    }

    /// The closed metingen a gemeente account sees: 12 residents of Centrum answered both.
    static let closedMetingen = (vorige: "2024-voorjaar", meting: "2024-najaar")

    private static func importClosedMetingen(_ store: Store) throws {
        let items = instrument.items.map(\.id)
        var lines = [(["respondent", "wijk", "datum", "meting"] + items).joined(separator: ",")]
        for (meting, datum) in [(closedMetingen.vorige, "2024-03-14"), (closedMetingen.meting, "2024-10-14")] {
            for number in 1...12 {
                let answers = answers()
                lines.append((["h\(number)", "WK077201", datum, meting] + items.map { answers[$0]! }).joined(separator: ","))
            }
        }
        _ = try store.importResponses(from: CSVReader(bytes: Array(lines.joined(separator: "\n").utf8)), source: "eerder.csv")
        for meting in [closedMetingen.vorige, closedMetingen.meting] { try store.closeMeting(meting, by: .command("test")) }
    }

    /// Every eens5 and kans5 item 4, freq5 4, svt items 7, sr4 3.
    static func answers() -> [String: String] {
        var answers: [String: String] = [:]
        for item in instrument.items {
            answers[item.id] = item.id.hasPrefix("svt") ? "7" : item.id == "sr4" ? "3" : "4"
        }
        return answers
    }

    static func questionnaire(_ respondent: String, meting: String = "2025-voorjaar", wijk: String = "WK077201") -> ResponseForm {
        ResponseForm(respondent: respondent, wijk: wijk, datum: "2025-03-14", meting: meting, answers: answers())
    }

    static func activity(_ name: String) -> ActivityForm {
        ActivityForm(datum: "2025-03-04", wijk: "WK077201", activiteit: name, thema: "Armoede & Meedoen", deelnemers: "12", uren: "1,5",
                     vrijwilligers: "2", hulpbronnen: "cohesie|binding")
    }

    static func verhaal(_ titel: String, tekst: String = "Na de straatbarbecue ruimen buren nu samen op.") -> VerhaalForm {
        VerhaalForm(wijk: "WK077201", datum: "2025-04-02", hulpbronnen: "cohesie", titel: titel, tekst: tekst, bevestiging: "ja")
    }

    /// A logged-in account: its session started directly in the store (no bcrypt).
    func login(_ user: User) throws -> Account { Account(session: try store.startSession(for: user)) }

    /// The application over this world's store.
    var app: some ApplicationProtocol { Application(router: WebApp.router(store: store)) }
}

/// A session to send requests with.
struct Account: Sendable {
    let session: Session
    var cookie: String { "veerkracht_sessie=\(session.token)" }
    var csrf: String { session.csrf }
}

/// How a test POST treats the CSRF field.
enum CSRFField {
    case valid, missing, forged
}

extension TestClientProtocol {
    /// GET `uri`, logged in as `account` (nil: anonymous).
    func get(_ uri: String, as account: Account?, headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        if let account { headers[.cookie] = account.cookie }
        return try await execute(uri: uri, method: .get, headers: headers)
    }

    /// POST a form to `uri`, logged in as `account`, with the session's CSRF token unless told otherwise.
    func post(_ uri: String, _ fields: [(String, String)], as account: Account?, csrf: CSRFField = .valid,
              headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let account { headers[.cookie] = account.cookie }
        var fields = fields
        switch csrf {
        case .valid: if let account { fields.append(("csrf", account.csrf)) }
        case .missing: break
        case .forged: fields.append(("csrf", String(repeating: "0", count: 64)))
        }
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: FormEncoding.encode(fields)))
    }
}

enum FormEncoding {
    static func encode(_ fields: [(String, String)]) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        return fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    /// A questionnaire as form fields.
    static func fields(_ form: ResponseForm) -> [(String, String)] {
        [("respondent", form.respondent), ("wijk", form.wijk), ("meting", form.meting), ("datum", form.datum)]
            + WebFixture.instrument.items.compactMap { item in form.answers[item.id].map { (item.id, $0) } }
    }

    /// An activity as form fields.
    static func fields(_ form: ActivityForm) -> [(String, String)] {
        [("datum", form.datum), ("wijk", form.wijk), ("activiteit", form.activiteit), ("thema", form.thema), ("deelnemers", form.deelnemers),
         ("uren", form.uren), ("vrijwilligers", form.vrijwilligers)]
            + form.hulpbronnen.split(separator: "|").map { ("hulpbronnen", String($0)) }
    }

    /// A story as form fields; the confirmation box ticked when the form confirms.
    static func fields(_ form: VerhaalForm) -> [(String, String)] {
        [("wijk", form.wijk), ("datum", form.datum), ("titel", form.titel), ("tekst", form.tekst)]
            + form.hulpbronnen.split(separator: "|").map { ("hulpbronnen", String($0)) }
            + (form.bevestiging.isEmpty ? [] : [("bevestiging", form.bevestiging)])
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The `Location` header.
    var location: String? { headers[.location] }
}
