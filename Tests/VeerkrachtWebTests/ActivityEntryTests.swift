import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtStore
import VeerkrachtWeb
import XCTest

/// Registering, correcting and deleting activities through the forms, with the rules of the activities import.
final class ActivityEntryTests: XCTestCase {
    func testAValidActivityIsStoredAndAudited() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        let form = ActivityForm(datum: "2025-04-01", wijk: "WK077201", activiteit: "Taalcafé", thema: "opvoeding & gezin", deelnemers: "8",
                                uren: "2,25", vrijwilligers: "1", hulpbronnen: "sociaal_vertrouwen|cohesie")
        try await world.app.test(.router) { client in
            let response = try await client.post("/activiteiten/nieuw", FormEncoding.fields(form), as: vera)
            XCTAssertEqual(response.status, .seeOther)
            let location = try XCTUnwrap(response.location)
            let id = try XCTUnwrap(Int64(location.dropFirst("/activiteiten/".count).prefix { $0.isNumber }))
            let stored = try XCTUnwrap(try world.store.storedActivity(id: id))
            XCTAssertEqual(stored.activity.thema, "Opvoeding & Gezin", "the thema in its configured spelling")
            XCTAssertEqual(stored.activity.hours, 2.25)
            XCTAssertEqual(stored.activity.hulpbronnen, ["cohesie", "sociaal_vertrouwen"], "in instrument order")
            XCTAssertEqual(stored.enteredBy, world.vera.id)
            let page = try await client.get(location, as: vera).text
            XCTAssertTrue(page.contains("Opgeslagen"))
            XCTAssertTrue(page.contains("<dd>2,25</dd>"))
            XCTAssertTrue(page.contains("href=\"/activiteiten/nieuw?wijk=WK077201&amp;datum=2025-04-01\">Nog een activiteit"))
            let list = try await client.get("/activiteiten", as: vera).text
            XCTAssertTrue(list.contains(">Taalcafé</a>"))
        }
        let entry = try XCTUnwrap(try world.store.auditLog().first)
        XCTAssertEqual(entry.action, "create")
        XCTAssertEqual(entry.entity, "activiteit")
        XCTAssertTrue(try XCTUnwrap(entry.newValue).contains("\"activiteit\":\"Taalcafé\""))
    }

    func testProblemsComeBackNextToTheFieldsWithEverythingKept() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        let form = ActivityForm(datum: "2025-04-01", wijk: "WK077201", activiteit: "Taalcafé", thema: "Sport", deelnemers: "-3", uren: "anderhalf",
                                vrijwilligers: "2", hulpbronnen: "binding")
        let before = try world.store.enteredActivities(by: nil)
        try await world.app.test(.router) { client in
            let response = try await client.post("/activiteiten/nieuw", FormEncoding.fields(form), as: vera)
            XCTAssertEqual(response.status, .unprocessableContent)
            let page = response.text
            XCTAssertTrue(page.contains("‘Sport’ is geen thema (kies uit: Armoede &amp; Meedoen"))
            XCTAssertTrue(page.contains("‘-3’ is negatief; vul 0 of meer in."))
            XCTAssertTrue(page.contains("‘anderhalf’ is geen getal."))
            XCTAssertTrue(page.contains("name=\"activiteit\" value=\"Taalcafé\""))
            XCTAssertTrue(page.contains("name=\"deelnemers\" value=\"-3\""))
            XCTAssertTrue(page.contains("name=\"uren\" value=\"anderhalf\""))
            XCTAssertTrue(page.contains("<option value=\"Sport\" selected>Sport</option>"), "the unknown thema is kept")
            XCTAssertTrue(page.contains("name=\"hulpbronnen\" value=\"binding\" checked"))
            XCTAssertTrue(page.contains("<a href=\"#deelnemers\">Deelnemers: ‘-3’ is negatief; vul 0 of meer in.</a>"))
        }
        XCTAssertEqual(try world.store.enteredActivities(by: nil), before)
    }

    func testTheSameActivityTwiceIsRefusedAsTheImportDoes() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        try await world.app.test(.router) { client in
            let twin = try await client.post("/activiteiten/nieuw", FormEncoding.fields(WebFixture.activity("Buurtkoffie")), as: vera)
            XCTAssertEqual(twin.status, .unprocessableContent)
            XCTAssertTrue(twin.text.contains("Deze activiteit is al geregistreerd"))
            XCTAssertTrue(twin.text.contains("vastgelegd via formulier (victor)"))
        }
    }

    func testCorrectionsAndDeletionsNeedAReasonAndTheOwner() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        let victor = try world.login(world.victor)
        var form = WebFixture.activity(WebFixture.scriptName)
        form.deelnemers = "21"
        try await world.app.test(.router) { [form] client in
            let uri = "/activiteiten/\(world.veraActivity)"
            let notYours = try await client.post(uri, FormEncoding.fields(form) + [("reden", "poging")], as: victor)
            XCTAssertEqual(notYours.status, .notFound, "someone else's entry answers as a missing one")
            let noReason = try await client.post(uri, FormEncoding.fields(form), as: vera)
            XCTAssertEqual(noReason.status, .unprocessableContent)
            XCTAssertTrue(noReason.text.contains("name=\"deelnemers\" value=\"21\""))
            let corrected = try await client.post(uri, FormEncoding.fields(form) + [("reden", "21 in plaats van 12")], as: vera)
            XCTAssertEqual(corrected.status, .seeOther)
            XCTAssertEqual(try world.store.storedActivity(id: world.veraActivity)?.activity.participants, 21)
            let audit = try world.store.auditLog().first
            XCTAssertEqual(audit?.reason, "21 in plaats van 12")
            XCTAssertTrue(audit?.oldValue?.contains("\"deelnemers\":12") ?? false)
            XCTAssertTrue(audit?.newValue?.contains("\"deelnemers\":21") ?? false)

            let deleteOther = try await client.post("/activiteiten/\(world.victorActivity)/verwijderen", [("reden", "weg")], as: vera)
            XCTAssertEqual(deleteOther.status, .notFound)
            let deleted = try await client.post("\(uri)/verwijderen", [("reden", "dubbel")], as: vera)
            XCTAssertEqual(deleted.status, .seeOther)
            XCTAssertNil(try world.store.storedActivity(id: world.veraActivity))
            XCTAssertNotNil(try world.store.storedActivity(id: world.victorActivity))
        }
    }
}
