import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtStore
import VeerkrachtWeb
import XCTest

/// Verhalen through the web app: a veldwerker registers one, an analist reviews it, the author sees
/// the review and changes the story; who may see, change and review what; the form's refusals.
final class VerhaalEntryTests: XCTestCase {
    func testAStoryGoesFromRegistrationThroughRejectionAndChangeToHighlighted() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera), anna = try world.login(world.anna)
        let form = VerhaalForm(wijk: "WK077201", datum: "2025-05-12", hulpbronnen: "binding|cohesie", titel: "De moestuin",
                               tekst: "Buren die elkaar niet kenden, wieden nu samen.\nOok op zondag.\n\nDe tuin heeft een sleutel voor iedereen.",
                               bevestiging: "ja")
        try await world.app.test(.router) { client in
            let registered = try await client.post("/verhalen/nieuw", FormEncoding.fields(form), as: vera)
            XCTAssertEqual(registered.status, .seeOther)
            let location = try XCTUnwrap(registered.location)
            let id = try XCTUnwrap(Int64(location.dropFirst("/verhalen/".count).prefix { $0.isNumber }))
            let stored = try XCTUnwrap(try world.store.storedVerhaal(id: id))
            XCTAssertEqual(stored.verhaal.hulpbronnen, ["cohesie", "binding"], "in instrument order")
            XCTAssertEqual(stored.status, .ingediend)
            XCTAssertEqual(stored.enteredBy, world.vera.id)
            let page = try await client.get(location, as: vera).text
            XCTAssertTrue(page.contains("Verhaal ingestuurd"))
            XCTAssertTrue(page.contains(">wacht op beoordeling</span>"))
            XCTAssertTrue(page.contains("<p>Buren die elkaar niet kenden, wieden nu samen.<br/>Ook op zondag.</p><p>De tuin heeft een sleutel voor iedereen.</p>"),
                          "lines and paragraphs as they will appear")
            XCTAssertFalse(page.contains("Beoordelen"), "a veldwerker does not review")

            // The analist sees it waiting, first, with the counts.
            let waiting = try await client.get("/verhalen", as: anna).text
            XCTAssertTrue(waiting.contains("Wacht op beoordeling<span class=\"count\">3</span>"), "vera's, victor's and this one")
            XCTAssertLessThan(try XCTUnwrap(waiting.range(of: ">De moestuin</a>")).lowerBound,
                              try XCTUnwrap(waiting.range(of: ">Samen de stoep op</a>")).lowerBound, "the newest waiting one first")
            let home = try await client.get("/", as: anna).text
            XCTAssertTrue(home.contains("3 verhalen wachten op beoordeling."))

            // Rejected: without a note refused, with a note stored.
            let review = "/verhalen/\(id)/beoordelen"
            let noNote = try await client.post(review, [("besluit", "reject"), ("notitie", " ")], as: anna)
            XCTAssertEqual(noNote.status, .unprocessableContent)
            XCTAssertTrue(noNote.text.contains("Schrijf waarom het verhaal is afgewezen, zodat de schrijver het kan aanpassen"))
            XCTAssertEqual(try world.store.storedVerhaal(id: id)?.status, .ingediend)
            let rejected = try await client.post(review, [("besluit", "reject"), ("notitie", "Noem de dag niet, dan is de tuin te herkennen.")],
                                                 as: anna)
            XCTAssertEqual(rejected.status, .seeOther)
            XCTAssertEqual(try world.store.storedVerhaal(id: id)?.status, .afgewezen)

            // The author sees the note, and changes the story: it waits again.
            let mine = try await client.get("/verhalen", as: vera).text
            XCTAssertTrue(mine.contains(">afgewezen</span>"))
            XCTAssertTrue(mine.contains("Noem de dag niet, dan is de tuin te herkennen."))
            XCTAssertTrue(mine.contains("Waarom het is afgewezen (anna)"))
            var changed = form
            changed.tekst = "Buren die elkaar niet kenden, wieden nu samen."
            let change = try await client.post("/verhalen/\(id)", FormEncoding.fields(changed) + [("reden", "dag weggehaald")], as: vera)
            XCTAssertEqual(change.status, .seeOther)
            XCTAssertEqual(try world.store.storedVerhaal(id: id)?.status, .ingediend)
            let changedPage = try await client.get(XCTUnwrap(change.location), as: vera).text
            XCTAssertTrue(changedPage.contains("Het verhaal wacht opnieuw op beoordeling."))

            // Approved, then highlighted.
            let approved = try await client.post(review, [("besluit", "approve"), ("notitie", "")], as: anna)
            XCTAssertEqual(approved.status, .seeOther)
            XCTAssertEqual(try world.store.storedVerhaal(id: id)?.status, .goedgekeurd)
            let highlighted = try await client.post(review, [("besluit", "highlight")], as: anna)
            XCTAssertEqual(highlighted.status, .seeOther)
            XCTAssertEqual(try world.store.storedVerhaal(id: id)?.uitgelicht, true)
            let again = try await client.post(review, [("besluit", "highlight")], as: anna)
            XCTAssertEqual(again.status, .unprocessableContent, "a decision that no longer applies comes back")
            XCTAssertTrue(again.text.contains("Dit past niet bij het verhaal zoals het nu is"))
            let final = try await client.get("/verhalen/\(id)", as: vera).text
            XCTAssertTrue(final.contains(">goedgekeurd en uitgelicht</span>"))
            XCTAssertTrue(final.contains("<strong>afgewezen</strong> door anna"))
            XCTAssertTrue(final.contains("‘Noem de dag niet, dan is de tuin te herkennen.’"))

            let approvedList = try await client.get("/verhalen?status=goedgekeurd", as: anna).text
            XCTAssertTrue(approvedList.contains(">De moestuin</a>"))
            XCTAssertFalse(approvedList.contains(">Samen de stoep op</a>"), "the filter shows one status")
            let audit = try await client.get("/audit", as: anna).text
            XCTAssertTrue(audit.contains("<a href=\"/verhalen/\(id)\">Verhaal \(id)</a> uitgelicht"))
            XCTAssertTrue(audit.contains("<a href=\"/verhalen/\(id)\">Verhaal \(id)</a> afgewezen"))
            XCTAssertTrue(audit.contains("uitgelicht: <span class=\"old\">nee</span> → ja"), "the highlight in words")
            XCTAssertTrue(audit.contains("status: <span class=\"old\">ingediend</span> → afgewezen"))
            // Lines of the command line name what they are about, without a link to a page that does not exist.
            XCTAssertTrue(audit.contains("<td>Meting 2025-voorjaar toegevoegd</td>"), audit)
            XCTAssertFalse(audit.contains(" add<") || audit.contains(" close<"), "every action in Dutch")

            // An analist's edit is part of the review: the story stays approved.
            var edited = changed
            edited.titel = "De moestuin van de buurt"
            let edit = try await client.post("/verhalen/\(id)", FormEncoding.fields(edited) + [("reden", "titel verduidelijkt")], as: anna)
            XCTAssertEqual(edit.status, .seeOther)
            XCTAssertEqual(try world.store.storedVerhaal(id: id)?.status, .goedgekeurd)
            XCTAssertEqual(try world.store.storedVerhaal(id: id)?.uitgelicht, true)
        }
        let id = try XCTUnwrap(try world.store.verhalen().first { $0.verhaal.titel == "De moestuin van de buurt" }).id
        let history = try world.store.verhaalHistory(id: id)
        XCTAssertEqual(history.map(\.action), ["create", "reject", "correct", "approve", "highlight", "correct"])
        XCTAssertEqual(history.map(\.userName), ["vera", "anna", "vera", "anna", "anna", "anna"])
        XCTAssertEqual(history[1].reason, "Noem de dag niet, dan is de tuin te herkennen.")
        XCTAssertEqual(history[2].reason, "dag weggehaald")
    }

    func testVeldwerkersSeeAndChangeOnlyTheirOwnStoriesAndNeverReview() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera), anna = try world.login(world.anna), eindhoven = try world.login(world.eindhoven)
        let file = "wijk,datum,hulpbronnen,titel,tekst,bevestiging\nWK077201,2025-03-01,binding,Uit een bestand,Een verhaal uit een bestand.,ja\n"
        _ = try world.store.importVerhalen(from: CSVReader(bytes: Array(file.utf8)), source: "verhalen.csv")
        try await world.app.test(.router) { client in
            let review = try await client.post("/verhalen/\(world.veraVerhaal)/beoordelen", [("besluit", "approve")], as: vera)
            XCTAssertEqual(review.status, .forbidden, "a veldwerker cannot review, not even their own story")
            XCTAssertEqual(try world.store.storedVerhaal(id: world.veraVerhaal)?.status, .ingediend)
            let others = "/verhalen/\(world.victorVerhaal)"
            let open = try await client.get(others, as: vera)
            XCTAssertEqual(open.status, .notFound, "someone else's story answers as a missing one")
            XCTAssertFalse(open.text.contains("Een taalmaatje"))
            var form = WebFixture.verhaal("Overgenomen")
            form.bevestiging = "ja"
            let change = try await client.post(others, FormEncoding.fields(form) + [("reden", "poging")], as: vera)
            XCTAssertEqual(change.status, .notFound)
            let delete = try await client.post("\(others)/verwijderen", [("reden", "weg")], as: vera)
            XCTAssertEqual(delete.status, .notFound)
            XCTAssertEqual(try world.store.storedVerhaal(id: world.victorVerhaal)?.verhaal.titel, "Een taalmaatje")

            let mine = try await client.get("/verhalen", as: vera).text
            XCTAssertTrue(mine.contains(">Samen de stoep op</a>"))
            XCTAssertFalse(mine.contains("Een taalmaatje"))
            XCTAssertFalse(mine.contains("Uit een bestand"))
            let everyone = try await client.get("/verhalen", as: anna).text
            for title in ["Samen de stoep op", "Een taalmaatje", "Uit een bestand"] { XCTAssertTrue(everyone.contains(">\(title)</a>"), title) }
            XCTAssertTrue(everyone.contains("vastgelegd door bestand (import)"))
            let asAnalist = try await client.get(others, as: anna)
            XCTAssertEqual(asAnalist.status, .ok, "an analist opens every story")

            for uri in ["/verhalen", "/verhalen/nieuw", others] {
                let response = try await client.get(uri, as: eindhoven)
                XCTAssertEqual(response.status, .forbidden, "\(uri) is not for a gemeente account")
            }

            let deleted = try await client.post("/verhalen/\(world.veraVerhaal)/verwijderen", [("reden", "dubbel")], as: vera)
            XCTAssertEqual(deleted.status, .seeOther)
            XCTAssertNil(try world.store.storedVerhaal(id: world.veraVerhaal))
        }
    }

    func testTheConfirmationIsRequiredAndNothingTypedIsLost() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        var form = WebFixture.verhaal("Koffie & een praatje", tekst: "Eerste regel.\nTweede regel.")
        form.hulpbronnen = "binding"
        form.bevestiging = ""
        let before = try world.store.verhalen()
        try await world.app.test(.router) { [form] client in
            let response = try await client.post("/verhalen/nieuw", FormEncoding.fields(form), as: vera)
            XCTAssertEqual(response.status, .unprocessableContent)
            let page = response.text
            XCTAssertTrue(page.contains("<a href=\"#bevestiging\">Niet herkenbaar: Bevestig dat het verhaal geen namen of andere details bevat "
                                        + "waaraan een bewoner te herkennen is.</a>"))
            XCTAssertTrue(page.contains("name=\"titel\" value=\"Koffie &amp; een praatje\""))
            XCTAssertTrue(page.contains(">Eerste regel.\nTweede regel.</textarea>"))
            XCTAssertTrue(page.contains("name=\"hulpbronnen\" value=\"binding\" checked"))
            XCTAssertTrue(page.contains("<option value=\"WK077201\" selected>"))
            XCTAssertTrue(page.contains("maxlength=\"1000\""))
            XCTAssertTrue(page.contains("Hoogstens 1.000 tekens."))
            XCTAssertTrue(page.contains("name=\"bevestiging\" value=\"ja\" required"), "the box is not ticked for the author")

            let noHulpbron = try await client.post("/verhalen/nieuw", [("wijk", "WK077201"), ("datum", "2025-04-02"), ("titel", "Titel"),
                                                                       ("tekst", "Tekst."), ("bevestiging", "ja")], as: vera)
            XCTAssertEqual(noHulpbron.status, .unprocessableContent)
            XCTAssertTrue(noHulpbron.text.contains("Kies minstens één hulpbron waar het verhaal over gaat."))
        }
        XCTAssertEqual(try world.store.verhalen(), before)
    }

    func testAnIdentifyingDetailIsRefusedInDutch() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        let phone = WebFixture.verhaal("Hulp bij de boodschappen", tekst: "Wie mee wil, belt de buurvrouw op 06-12345678.")
        let address = WebFixture.verhaal("Feest op Kastanjelaan 12a")
        try await world.app.test(.router) { client in
            let refused = try await client.post("/verhalen/nieuw", FormEncoding.fields(phone), as: vera)
            XCTAssertEqual(refused.status, .unprocessableContent)
            XCTAssertTrue(refused.text.contains("Hier staat iets dat lijkt op een telefoonnummer (‘06-12345678’); haal het weg, "
                                                + "want een verhaal mag geen bewoner herkenbaar maken."))
            XCTAssertTrue(refused.text.contains("id=\"tekst-fout\""))
            let inTitle = try await client.post("/verhalen/nieuw", FormEncoding.fields(address), as: vera)
            XCTAssertEqual(inTitle.status, .unprocessableContent)
            XCTAssertTrue(inTitle.text.contains("<a href=\"#titel\">Titel: Hier staat iets dat lijkt op een straat met huisnummer (‘Kastanjelaan 12a’)"))

            // The same rule for a change.
            let change = try await client.post("/verhalen/\(world.veraVerhaal)", FormEncoding.fields(phone) + [("reden", "aangevuld")], as: vera)
            XCTAssertEqual(change.status, .unprocessableContent)
            XCTAssertTrue(change.text.contains("lijkt op een telefoonnummer"))
            XCTAssertTrue(change.text.contains("<details class=\"panel\" open>"), "the change panel comes back open")
        }
        XCTAssertEqual(try world.store.storedVerhaal(id: world.veraVerhaal)?.verhaal.titel, "Samen de stoep op")
    }
}
