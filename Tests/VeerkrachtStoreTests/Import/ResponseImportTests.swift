import GRDB
import VeerkrachtCore
@testable import VeerkrachtStore
import XCTest

final class ResponseImportTests: XCTestCase {
    func testImportsValidFileAndStoresAnswersAndScores() throws {
        let store = try Fixtures.store()
        let text = Fixtures.csv([Fixtures.header, Fixtures.row("r1"), Fixtures.row("r2", overrides: ["coh1": "NA", "coh2": ""])])
        let outcome = try store.importResponses(from: Fixtures.reader(text), source: "test.csv")
        XCTAssertEqual(outcome.rows, 2)
        XCTAssertEqual(try Fixtures.count(store, "response"), 2)
        // Two missing cohesie items leave 3 of 5 answered (< 4): no cohesie score for r2.
        XCTAssertEqual(try Fixtures.scores(store, respondent: "r1").count, 9)
        XCTAssertEqual(try Fixtures.scores(store, respondent: "r2").count, 8)
        XCTAssertNil(try Fixtures.scores(store, respondent: "r2")["cohesie"])
        let answers = try Fixtures.answers(store, respondent: "r2")
        XCTAssertEqual(answers["coh1"], .some(nil))
        XCTAssertEqual(answers["coh2"], .some(nil))
        XCTAssertEqual(answers["coh3"], 4)
        let cohesie = try Fixtures.scores(store, respondent: "r1")["cohesie"]
        // coh1–3, coh5 = 4 → 7.5; coh4 = 4 reversed → 2 → 2.5; mean of (7.5·4 + 2.5)/5 = 6.5
        XCTAssertEqual(cohesie, 6.5)
    }

    func testSemicolonBOMAndCRLF() throws {
        let store = try Fixtures.store()
        let text = "\u{FEFF}" + Fixtures.csv([Fixtures.header, Fixtures.row("r1"), Fixtures.row("r2")], delimiter: ";", newline: "\r\n")
        XCTAssertEqual(try store.importResponses(from: Fixtures.reader(text), source: "t.csv").rows, 2)
        let meting = try store.metingLabels()
        XCTAssertEqual(meting, ["2025-voorjaar"], "no stray CR in the last column")
    }

    func testShuffledColumnsAndIgnoredExtraColumnWithQuotedDelimiter() throws {
        let store = try Fixtures.store()
        let header = Fixtures.header
        let order = Array(header.indices.reversed())
        let rows = [header, Fixtures.row("r1", overrides: ["zr1": "5"])].map { row in order.map { row[$0] } + ["x"] }
        var table = rows
        table[0][table[0].count - 1] = "Starttijd"
        table[1][table[1].count - 1] = "14-3-2025, 10:02"
        let outcome = try store.importResponses(from: Fixtures.reader(Fixtures.csv(table)), source: "t.csv")
        XCTAssertEqual(outcome.rows, 1)
        XCTAssertEqual(outcome.warnings.count, 3, "\(outcome.warnings)")
        XCTAssertTrue(outcome.warnings[0].contains("starttijd"), outcome.warnings[0])
        XCTAssertEqual(outcome.warnings[1], "new meting '2025-voorjaar'")
        XCTAssertEqual(outcome.warnings[2], "1 new wijk: WK077201 (no gebieden list checks their codes; `veerkracht import gebieden FILE` does)")
        XCTAssertEqual(try Fixtures.answers(store, respondent: "r1")["zr1"], 5)
    }

    func testMetingOption() throws {
        let store = try Fixtures.store()
        let header = Fixtures.header.filter { $0 != "meting" }
        let row = Fixtures.row("r1").enumerated().filter { $0.offset != 3 }.map(\.element)
        XCTAssertNotNil(try Fixtures.refusal(store, Fixtures.csv([header, row])), "no meting anywhere")
        _ = try store.importResponses(from: Fixtures.reader(Fixtures.csv([header, row])), source: "t.csv", meting: "2026-najaar")
        XCTAssertEqual(try store.metingLabels(), ["2026-najaar"])
        let conflict = try XCTUnwrap(Fixtures.refusal(store, Fixtures.csv([Fixtures.header, Fixtures.row("r9")]), meting: "2026-najaar"))
        XCTAssertTrue(conflict.issues[0].reason.contains("differs from --meting"), conflict.description)
    }

    func testEveryErrorIsReportedWithLineAndColumnAndNothingIsStored() throws {
        let store = try Fixtures.store()
        _ = try store.importResponses(from: Fixtures.reader(Fixtures.csv([Fixtures.header, Fixtures.row("stored")])), source: "first.csv")
        let before = try ["response", "score_cell", "meting", "wijk", "gemeente", "batch"].map { try Fixtures.count(store, $0) }
        let text = Fixtures.csv([
            Fixtures.header,
            Fixtures.row("ok1", wijk: "WK077202"),                                 // line 2: valid, new wijk
            Fixtures.row("r2", overrides: ["coh1": "6"]),                          // line 3: outside eens5
            Fixtures.row("r3", wijk: "WK77201"),                                   // line 4: bad wijk code
            Fixtures.row("r4", datum: "2025-02-30"),                               // line 5: no such date
            Fixtures.row("ok1"),                                                   // line 6: duplicate of line 2
            Fixtures.row("stored"),                                                // line 7: already in the database
            Fixtures.row("r7", overrides: ["svt1": "3.5", "sr4": "-1"]),           // line 8: two errors
            Array(Fixtures.row("r8").dropLast()),                                  // line 9: a field short
        ])
        let refused = try XCTUnwrap(try Fixtures.refusal(store, text))
        let described = refused.issues.map(\.description)
        let coh1 = Fixtures.header.firstIndex(of: "coh1")! + 1
        let svt1 = Fixtures.header.firstIndex(of: "svt1")! + 1
        XCTAssertEqual(described, [
            "line 3, column \(coh1) (coh1): 6 is outside scale eens5 (1–5)",
            "line 4, column 2 (wijk): 'WK77201' is not a CBS wijk code (WK + 6 characters, e.g. WK077201)",
            "line 5, column 3 (datum): '2025-02-30' is not a valid date in the form YYYY-MM-DD",
            "line 6, column 1 (respondent): respondent 'ok1' appears twice for meting '2025-voorjaar' (also on line 2)",
            "line 7, column 1 (respondent): respondent 'stored' already has a response for meting '2025-voorjaar' in the database",
            "line 8, column \(svt1) (svt1): '3.5' is not a whole number",
            "line 8, column \(Fixtures.header.firstIndex(of: "sr4")! + 1) (sr4): -1 is not allowed on scale aantal (whole numbers from 0 to 9999)",
            "line 9: expected \(Fixtures.header.count) fields, found \(Fixtures.header.count - 1)",
        ])
        XCTAssertEqual(refused.totalIssues, 8)
        let after = try ["response", "score_cell", "meting", "wijk", "gemeente", "batch"].map { try Fixtures.count(store, $0) }
        XCTAssertEqual(after, before, "a refused file changes nothing")
    }

    func testQuotedMultilineFieldKeepsLineNumbers() throws {
        let store = try Fixtures.store()
        var header = Fixtures.header
        header.append("opmerking")
        let text = Fixtures.csv([header, Fixtures.row("r1") + ["twee\nregels, met komma"], Fixtures.row("r2", overrides: ["bin1": "9"]) + [""]])
        let refused = try XCTUnwrap(try Fixtures.refusal(store, text))
        XCTAssertEqual(refused.issues.map(\.line), [4])
    }

    func testHeaderProblems() throws {
        let store = try Fixtures.store()
        let header = Fixtures.header.filter { $0 != "vb2" } + ["wijk"]
        let refused = try XCTUnwrap(try Fixtures.refusal(store, Fixtures.csv([header])))
        let reasons = refused.issues.map(\.reason)
        XCTAssertTrue(reasons.contains { $0.contains("'wijk' appears twice") }, reasons.description)
        XCTAssertTrue(reasons.contains { $0 == "the header has no column for item vb2 of veerkrachtmeter v1" }, reasons.description)
        XCTAssertNotNil(try Fixtures.refusal(store, ""), "empty file")
        XCTAssertEqual(try Fixtures.refusal(store, Fixtures.csv([Fixtures.header]))?.issues.first?.reason, "the file has a header but no data rows")
    }

    func testUnterminatedQuoteIsRefused() throws {
        let store = try Fixtures.store()
        let text = Fixtures.csv([Fixtures.header, Fixtures.row("r1")]) + "\"r2,WK077201\n"
        let refused = try XCTUnwrap(try Fixtures.refusal(store, text))
        XCTAssertEqual(refused.issues.first?.line, 3)
        XCTAssertEqual(try Fixtures.count(store, "response"), 0)
    }

    func testOpenScaleAcceptsLargeCountsAndScoresThemCapped() throws {
        let store = try Fixtures.store()
        let text = Fixtures.csv([Fixtures.header, Fixtures.row("r1", overrides: ["sr4": "12"])])
        _ = try store.importResponses(from: Fixtures.reader(text), source: "t.csv")
        XCTAssertEqual(try Fixtures.answers(store, respondent: "r1")["sr4"], 12, "raw answers are stored as given")
        let samen = try Fixtures.scores(store, respondent: "r1")["samenredzaamheid"]
        // sr1, sr2 = 4 → 7.5; sr3 = 4 reversed → 2.5; sr4 = 12 capped at 5 → 10. Mean 27.5 / 4.
        XCTAssertEqual(samen, 27.5 / 4)
    }
}
