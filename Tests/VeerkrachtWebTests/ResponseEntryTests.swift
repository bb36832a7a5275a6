import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtStore
import VeerkrachtWeb
import XCTest

/// Entering, correcting and deleting questionnaires through the forms.
final class ResponseEntryTests: XCTestCase {
    /// The HTML of the element with `id` up to the end of its fieldset: where a field's message must stand.
    private static func fieldset(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "id=\"\(id)\""), let end = html.range(of: "</fieldset>", range: start.upperBound..<html.endIndex) else {
            return nil
        }
        return String(html[start.lowerBound..<end.upperBound])
    }

    func testTheFormIsRenderedFromTheInstrument() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        try await world.app.test(.router) { client in
            let page = try await client.get("/invoer?wijk=WK077201&meting=2025-voorjaar", as: vera).text
            for item in WebFixture.instrument.items {
                XCTAssertTrue(page.contains("name=\"\(item.id)\" value=\"\""), "\(item.id) has a weet-niet answer")
                XCTAssertTrue(page.contains(">\(item.text.replacingOccurrences(of: "'", with: "&#39;"))<"), "\(item.id) shows its text")
            }
            for construct in WebFixture.instrument.constructs where construct.kind != .composite {
                XCTAssertTrue(page.contains("<legend>\(construct.name)</legend>"), "\(construct.id) is a group")
            }
            XCTAssertTrue(page.contains(">helemaal mee eens<"), "answer labels as choices")
            XCTAssertTrue(page.contains("<option value=\"WK077201\" selected>Centrum (WK077201)</option>"), "known wijken by name, prefilled")
            XCTAssertTrue(page.contains("<option value=\"2025-voorjaar\" selected>2025-voorjaar</option>"), "the meting asked for, prefilled")
            XCTAssertTrue(page.contains("<option value=\"2026-voorjaar\">2026-voorjaar</option>"), "open metingen to choose from")
            XCTAssertFalse(page.contains("2024-najaar"), "a closed meting is not offered")
            XCTAssertFalse(page.contains("name=\"meting\" value="), "never free text")
            XCTAssertTrue(page.contains("type=\"date\" id=\"datum\" name=\"datum\""))
            for field in ["respondent", "wijk", "meting", "datum"] { XCTAssertTrue(page.contains("<label for=\"\(field)\">"), "\(field) has a label") }
        }
    }

    func testAnOutOfRangeAnswerComesBackWithEverythingKept() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        var form = WebFixture.questionnaire("r100")
        form.answers["coh1"] = "6"
        form.answers["coh2"] = "2"
        form.answers["svt1"] = ""
        let before = try world.store.enteredResponses(by: nil).count
        try await world.app.test(.router) { [form] client in
            let response = try await client.post("/invoer", FormEncoding.fields(form), as: vera)
            XCTAssertEqual(response.status, .unprocessableContent)
            let page = response.text
            XCTAssertTrue(page.contains("<title>Fout: "), "the title says the form came back")
            XCTAssertTrue(page.contains("name=\"respondent\" value=\"r100\""))
            XCTAssertTrue(page.contains("<option value=\"WK077201\" selected>"))
            XCTAssertTrue(page.contains("<option value=\"2025-voorjaar\" selected>"))
            XCTAssertTrue(page.contains("name=\"datum\" value=\"2025-03-14\""))
            XCTAssertTrue(page.contains("name=\"coh2\" value=\"2\" checked"), "other answers kept")
            XCTAssertTrue(page.contains("name=\"svt1\" value=\"\" checked"), "weet niet kept")
            XCTAssertTrue(page.contains("name=\"coh1\" value=\"6\" checked"), "the refused value kept")
            let coh1 = try XCTUnwrap(Self.fieldset("coh1", in: page))
            XCTAssertTrue(coh1.contains("6 valt buiten de schaal (1 t/m 5)."), "the problem next to the field")
            XCTAssertTrue(coh1.contains("aria-describedby=\"coh1-fout\""))
            XCTAssertTrue(page.contains("<a href=\"#coh1\">Vraag 1: 6 valt buiten de schaal (1 t/m 5).</a>"), "the summary links to the field")
        }
        XCTAssertEqual(try world.store.enteredResponses(by: nil).count, before, "nothing stored")
    }

    func testTheSameRulesAsTheImport() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        let duplicateForm = WebFixture.questionnaire("r001")   // r001 already answered 2025-voorjaar
        var form = duplicateForm
        form.wijk = "WK07720"
        form.datum = "2025-02-30"
        try await world.app.test(.router) { [form] client in
            let page = try await client.post("/invoer", FormEncoding.fields(form), as: vera).text
            XCTAssertTrue(page.contains("‘WK07720’ is geen CBS-wijkcode"))
            XCTAssertTrue(page.contains("‘2025-02-30’ is geen geldige datum"))
            XCTAssertTrue(page.contains("type=\"text\" id=\"datum\" name=\"datum\" value=\"2025-02-30\""), "the wrong date stays visible")
            let duplicate = try await client.post("/invoer", FormEncoding.fields(duplicateForm), as: vera)
            XCTAssertEqual(duplicate.status, .unprocessableContent)
            XCTAssertTrue(duplicate.text.contains("Respondent ‘r001’ heeft voor meting ‘2025-voorjaar’ al een vragenlijst"))
        }
    }

    func testAValidEntryIsStoredWithItsScores() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        var form = WebFixture.questionnaire("r200")
        form.answers["dig1"] = ""   // weet niet
        try await world.app.test(.router) { [form] client in
            let response = try await client.post("/invoer", FormEncoding.fields(form), as: vera)
            XCTAssertEqual(response.status, .seeOther)
            let location = try XCTUnwrap(response.location)
            XCTAssertTrue(location.hasSuffix("?nieuw=1"))
            let id = try XCTUnwrap(Int64(location.dropFirst("/invoer/".count).prefix { $0.isNumber }))
            let stored = try XCTUnwrap(try world.store.storedResponse(id: id))
            XCTAssertEqual(stored.enteredBy, world.vera.id)
            XCTAssertEqual(stored.response.respondent, "r200")
            XCTAssertNil(stored.response.answers[WebFixture.instrument.itemIndex("dig1")!])
            // cohesie: four items 4 → 7.5, coh4 reversed 4 → 2 → 2.5: (4 · 7.5 + 2.5) / 5 = 6.5
            XCTAssertEqual(try XCTUnwrap(stored.scores["cohesie"]), 6.5, accuracy: 1e-12)
            // samenredzaamheid: 7.5, 7.5, sr3 reversed 2.5, sr4 3 of 0–5 → 6: 23.5 / 4 = 5.875
            XCTAssertEqual(try XCTUnwrap(stored.scores["samenredzaamheid"]), 5.875, accuracy: 1e-12)
            XCTAssertEqual(try XCTUnwrap(stored.scores["sociaal_vertrouwen"]), 7, accuracy: 1e-12)

            let page = try await client.get(location, as: vera).text
            XCTAssertTrue(page.contains("Opgeslagen"))
            XCTAssertTrue(page.contains("Cohesie in straat en buurt</th><td class=\"num\">6,5</td>"))
            XCTAssertTrue(page.contains("Samenredzaamheid</th><td class=\"num\">5,9</td>"), "one decimal, Dutch comma")
            XCTAssertTrue(page.contains("href=\"/invoer?wijk=WK077201&amp;meting=2025-voorjaar&amp;datum=2025-03-14\">Volgende vragenlijst"),
                          "the next questionnaire keeps wijk, meting and date")
        }
    }

    func testACorrectionWithAReasonIsAudited() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        var form = WebFixture.questionnaire("r001")
        form.answers["coh1"] = "2"
        try await world.app.test(.router) { [form] client in
            let uri = "/invoer/\(world.veraResponse)"
            let noReason = try await client.post(uri, FormEncoding.fields(form) + [("reden", " ")], as: vera)
            XCTAssertEqual(noReason.status, .unprocessableContent)
            XCTAssertTrue(noReason.text.contains("Geef een reden op"))
            XCTAssertTrue(noReason.text.contains("name=\"coh1\" value=\"2\" checked"), "the correction is kept")
            XCTAssertTrue(noReason.text.contains("<details class=\"panel\" open><summary>Corrigeren"))
            XCTAssertEqual(try world.store.storedResponse(id: world.veraResponse)?.response.answers[0], 4, "not changed yet")

            let corrected = try await client.post(uri, FormEncoding.fields(form) + [("reden", "Overtikfout bij vraag 1")], as: vera)
            XCTAssertEqual(corrected.status, .seeOther)
            XCTAssertEqual(corrected.location, "\(uri)?gecorrigeerd=1")
            XCTAssertEqual(try world.store.storedResponse(id: world.veraResponse)?.response.answers[0], 2)

            let entry = try XCTUnwrap(try world.store.auditLog().first)
            XCTAssertEqual(entry.action, "correct")
            XCTAssertEqual(entry.entity, "response")
            XCTAssertEqual(entry.entityID, world.veraResponse)
            XCTAssertEqual(entry.userName, "vera")
            XCTAssertEqual(entry.reason, "Overtikfout bij vraag 1")
            XCTAssertTrue(try XCTUnwrap(entry.oldValue).contains("\"coh1\":4"))
            XCTAssertTrue(try XCTUnwrap(entry.newValue).contains("\"coh1\":2"))

            let audit = try await client.get("/audit", as: try world.login(world.anna))
            XCTAssertEqual(audit.status, .ok)
            XCTAssertTrue(audit.text.contains("Overtikfout bij vraag 1"))
            XCTAssertTrue(audit.text.contains("<li>coh1: <span class=\"old\">4</span> → 2</li>"), "old and new value")
        }
    }

    func testAVeldwerkerCannotTouchAnothersEntry() async throws {
        let world = try WebFixture.make()
        let victor = try world.login(world.victor)
        let before = try world.store.storedResponse(id: world.veraResponse)
        var form = WebFixture.questionnaire("r001")
        form.answers["coh1"] = "1"
        try await world.app.test(.router) { [form] client in
            let uri = "/invoer/\(world.veraResponse)"
            let view = try await client.get(uri, as: victor)
            let missing = try await client.get("/invoer/999999", as: victor)
            XCTAssertEqual(view.status, .notFound, "someone else's entry answers as a missing one")
            XCTAssertEqual(view.text, missing.text, "word for word: the answer tells nothing about which ids exist")
            XCTAssertFalse(view.text.contains("r001"), "nothing of the entry is shown")
            let correct = try await client.post(uri, FormEncoding.fields(form) + [("reden", "poging")], as: victor)
            XCTAssertEqual(correct.status, .notFound)
            let noReason = try await client.post(uri, [("reden", " ")], as: victor)
            XCTAssertEqual(noReason.status, .notFound, "not even the 422 page")
            let delete = try await client.post("\(uri)/verwijderen", [("reden", "poging")], as: victor)
            XCTAssertEqual(delete.status, .notFound)
            let list = try await client.get("/mijn-invoer", as: victor).text
            XCTAssertTrue(list.contains("r002"))
            XCTAssertFalse(list.contains("r001"), "only their own entries are listed")
            // An analist may correct anyone's entry.
            let analist = try await client.post(uri, FormEncoding.fields(form) + [("reden", "controle")], as: try world.login(world.anna))
            XCTAssertEqual(analist.status, .seeOther)
        }
        XCTAssertNotEqual(try world.store.storedResponse(id: world.veraResponse), before)
        XCTAssertEqual(try world.store.auditLog().first?.userName, "anna")
    }

    func testDeletingNeedsAReasonAndIsAudited() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        try await world.app.test(.router) { client in
            let uri = "/invoer/\(world.veraResponse)/verwijderen"
            let noReason = try await client.post(uri, [("reden", "")], as: vera)
            XCTAssertEqual(noReason.status, .unprocessableContent)
            XCTAssertTrue(noReason.text.contains("<a href=\"#verwijder-reden\">"))
            XCTAssertNotNil(try world.store.storedResponse(id: world.veraResponse))
            let deleted = try await client.post(uri, [("reden", "Dubbel ingevoerd")], as: vera)
            XCTAssertEqual(deleted.status, .seeOther)
            XCTAssertEqual(deleted.location, "/mijn-invoer?verwijderd=1")
            XCTAssertNil(try world.store.storedResponse(id: world.veraResponse))
            let gone = try await client.get("/invoer/\(world.veraResponse)", as: vera)
            XCTAssertEqual(gone.status, .notFound)
        }
        let entry = try XCTUnwrap(try world.store.auditLog().first)
        XCTAssertEqual(entry.action, "delete")
        XCTAssertEqual(entry.reason, "Dubbel ingevoerd")
        XCTAssertTrue(try XCTUnwrap(entry.oldValue).contains("\"respondent\":\"r001\""))
        XCTAssertNil(entry.newValue)
    }
}
