import Foundation
import HummingbirdTesting
import VeerkrachtCore
import VeerkrachtStore
import VeerkrachtSurveys
import VeerkrachtWeb
import XCTest

/// The background questions of Veerkrachtmeter v2 in the entry form: optional, last, under "Over
/// uzelf"; leeftijd typed in, geslacht chosen, "zeg ik liever niet" stored as missing; checked by
/// the same rules as the import.
final class BackgroundQuestionsEntryTests: XCTestCase {
    private static let v2 = try! Instrument(yaml: BundledInstruments.veerkrachtmeterV2)

    /// The web fixture with Veerkrachtmeter v2 registered after v1: the current instrument.
    private func world() throws -> WebFixture {
        let world = try WebFixture.make()
        try world.store.register(Self.v2, source: BundledInstruments.veerkrachtmeterV2)
        return world
    }

    /// A v2 questionnaire as form fields: v1's answers plus `background`.
    private static func fields(_ respondent: String, _ background: [(String, String)]) -> [(String, String)] {
        FormEncoding.fields(WebFixture.questionnaire(respondent)) + background
    }

    func testTheFormAsksThemLastAndOptionally() async throws {
        let world = try world()
        let vera = try world.login(world.vera)
        try await world.app.test(.router) { client in
            let page = try await client.get("/invoer?wijk=WK077201&meting=2025-voorjaar", as: vera).text
            let section = try XCTUnwrap(page.range(of: "<legend>Over uzelf</legend>"), "the background questions are grouped")
            XCTAssertNotNil(page.range(of: "<legend>Community redzaamheid</legend>", range: page.startIndex..<section.lowerBound), "after the constructs")
            XCTAssertTrue(page.contains("Deze vragen zijn niet verplicht."))
            XCTAssertTrue(page.contains(#"<label class="question" for="leeftijd-invoer"><span class="number">33.</span>Wat is uw leeftijd?</label>"#), page)
            XCTAssertTrue(page.contains(#"type="number" id="leeftijd-invoer" name="leeftijd" value="" min="16" max="110" step="1" inputmode="numeric""#), page)
            XCTAssertTrue(page.contains(#"name="geslacht" value="2"/><span>vrouw</span>"#), page)
            XCTAssertTrue(page.contains(#"name="geslacht" value=""/><span>zeg ik liever niet</span>"#), "its own no-answer choice")
            XCTAssertFalse(page.contains(#"name="geslacht" value=""/><span>weet niet"#))
            XCTAssertFalse(page.contains(#"name="leeftijd" value="16""#), "no radio button per year")
        }
    }

    func testTheAnswersAreStoredAndZegIkLieverNietIsMissing() async throws {
        let world = try world()
        let vera = try world.login(world.vera)
        try await world.app.test(.router) { client in
            for (respondent, background) in [("r201", [("leeftijd", "98"), ("geslacht", "2")]), ("r202", [("leeftijd", ""), ("geslacht", "")]),
                                             ("r203", [])] {
                let response = try await client.post("/invoer", Self.fields(respondent, background), as: vera)
                XCTAssertEqual(response.status, .seeOther, "\(respondent): \(response.text.prefix(300))")
            }
        }
        let stored = try world.store.enteredResponses(by: nil)
        func answers(_ respondent: String) throws -> [Int?] {
            let entry = try XCTUnwrap(stored.first { $0.response.respondent == respondent }, respondent)
            XCTAssertEqual(entry.itemIDs.suffix(2), ["leeftijd", "geslacht"])
            return Array(entry.response.answers.suffix(2))
        }
        XCTAssertEqual(try answers("r201"), [98, 2], "98 is an age here")
        XCTAssertEqual(try answers("r202"), [nil, nil])
        XCTAssertEqual(try answers("r203"), [nil, nil], "a form without the fields is complete")
        let r201 = try XCTUnwrap(stored.first { $0.response.respondent == "r201" })
        let r203 = try XCTUnwrap(stored.first { $0.response.respondent == "r203" })
        XCTAssertEqual(r201.scores, r203.scores, "never scored")
    }

    func testARefusedAgeComesBackAsTypedNextToTheField() async throws {
        let world = try world()
        let vera = try world.login(world.vera)
        let before = try world.store.enteredResponses(by: nil).count
        try await world.app.test(.router) { client in
            let response = try await client.post("/invoer", Self.fields("r204", [("leeftijd", "5,5"), ("geslacht", "3")]), as: vera)
            XCTAssertEqual(response.status, .unprocessableContent)
            let page = response.text
            XCTAssertTrue(page.contains(#"type="text" id="leeftijd-invoer" name="leeftijd" value="5,5""#), "kept as typed, as text")
            XCTAssertTrue(page.contains(#"aria-describedby="leeftijd-schaal leeftijd-fout" aria-invalid="true""#), page)
            XCTAssertTrue(page.contains(##"<a href="#leeftijd">Vraag 33: "##), "the summary links to the question")
            XCTAssertTrue(page.contains(#"name="geslacht" value="3" checked"#), "other answers kept")
            let tooYoung = try await client.post("/invoer", Self.fields("r204", [("leeftijd", "12")]), as: vera).text
            XCTAssertTrue(tooYoung.contains("12 valt buiten de schaal (16 t/m 110)."), tooYoung)
        }
        XCTAssertEqual(try world.store.enteredResponses(by: nil).count, before, "nothing stored")
    }
}
