import GRDB
import VeerkrachtCSV
import VeerkrachtCore
@testable import VeerkrachtStore
import VeerkrachtSurveys
import XCTest

/// Importing responses to Veerkrachtmeter v2, whose background questions (leeftijd, geslacht) are
/// optional columns: a file without them is complete, with them their values are checked like any
/// answer; answers to v1 and v2 are reported together.
final class BackgroundColumnsTests: XCTestCase {
    private static let v2 = try! Instrument(yaml: BundledInstruments.veerkrachtmeterV2)

    private func store(registering sources: [String] = [BundledInstruments.veerkrachtmeterV2]) throws -> Store {
        let store = try Store()
        for source in sources { try store.register(try Instrument(yaml: source), source: source) }
        return store
    }

    /// A v1 row (`Fixtures.row`) with the background columns appended when given.
    private func csv(_ rows: [(respondent: String, background: [String]?)], wijk: String = "WK077201", meting: String = "2025-voorjaar",
                     answer: (Int) -> String = { _ in "4" }) -> String {
        let header = Fixtures.header + (rows.first?.background == nil ? [] : ["leeftijd", "geslacht"])
        return Fixtures.csv([header] + rows.enumerated().map { index, row in
            Fixtures.row(row.respondent, wijk: wijk, meting: meting, answer: answer(index)) + (row.background ?? [])
        })
    }

    private func background(_ store: Store, _ respondent: String) throws -> [Int?] {
        let blob = try store.database.read { db in
            try Data.fetchOne(db, sql: "SELECT answers FROM response WHERE respondent = ?", arguments: [respondent])!
        }
        return Array(AnswerVector.decode(blob, count: Self.v2.items.count).suffix(2))
    }

    func testAFileWithoutTheBackgroundColumnsIsComplete() throws {
        let store = try store()
        let outcome = try store.importResponses(from: Fixtures.reader(csv([("r1", nil), ("r2", nil)])), source: "v1.csv")
        XCTAssertEqual(outcome.rows, 2)
        XCTAssertEqual(outcome.warnings, ["new meting '2025-voorjaar'",
                                          "1 new wijk: WK077201 (no gebieden list checks their codes; `veerkracht import gebieden FILE` does)"],
                       "no warning about the absent columns")
        XCTAssertEqual(try background(store, "r1"), [nil, nil])
        XCTAssertEqual(try Fixtures.scores(store, respondent: "r1").count, 9)
    }

    func testTheBackgroundColumnsAreStoredAsGiven() throws {
        let store = try store()
        let text = csv([("r1", ["16", "1"]), ("r2", ["98", "zeg ik liever niet"]), ("r3", ["", "Vrouw"]), ("r4", ["110", "98"]),
                        ("r5", ["NA", "anders"])])
        XCTAssertEqual(try store.importResponses(from: Fixtures.reader(text), source: "v2.csv").rows, 5)
        XCTAssertEqual(try ["r1", "r2", "r3", "r4", "r5"].map { try background(store, $0) },
                       [[16, 1], [98, nil], [nil, 2], [110, nil], [nil, 3]])
    }

    func testQuestionTextsAsHeaders() throws {
        let store = try store()
        let text = csv([("r1", ["45", "man"])]).replacingOccurrences(of: ",leeftijd,geslacht\n", with: ",Wat is uw leeftijd?,Wat is uw geslacht?\n")
        XCTAssertTrue(text.contains("Wat is uw geslacht?"))
        XCTAssertEqual(try store.importResponses(from: Fixtures.reader(text), source: "labels.csv").rows, 1)
        XCTAssertEqual(try background(store, "r1"), [45, 1])
    }

    func testInvalidBackgroundAnswersAreRefusedWithLineAndColumn() throws {
        let store = try store()
        let text = csv([("r1", ["12", "1"]), ("r2", ["5,5", "2"]), ("r3", [String(repeating: "9", count: 27), "2"]), ("r4", ["40", "4"]),
                        ("r5", ["40", "vrouwen"]), ("r6", ["111", "1"])])
        let refused = try XCTUnwrap(try Fixtures.refusal(store, text))
        XCTAssertEqual(refused.issues.map(\.description), [
            "line 2, column 37 (leeftijd): 12 is outside scale jaren (16–110)",
            "line 3, column 37 (leeftijd): '5,5' is not a whole number",
            "line 4, column 37 (leeftijd): '999999999999999999999999999' is not a whole number",
            "line 5, column 38 (geslacht): 4 is outside scale geslacht (1–3)",
            "line 6, column 38 (geslacht): 'vrouwen' is not an answer on scale geslacht: a number 1–3 or its words (man … anders)",
            "line 7, column 37 (leeftijd): 111 is outside scale jaren (16–110)",
        ])
        XCTAssertEqual(try Fixtures.count(store, "response"), 0, "all or nothing")
    }

    func testOneBackgroundColumnWithoutTheOther() throws {
        let store = try store()
        let text = Fixtures.csv([Fixtures.header + ["geslacht"], Fixtures.row("r1") + ["2"]])
        XCTAssertEqual(try store.importResponses(from: Fixtures.reader(text), source: "half.csv").rows, 1)
        XCTAssertEqual(try background(store, "r1"), [nil, 2])
    }

    /// Answers to v1 and to v2 in the same cell: the cell's n, mean, sd and Cronbach's α are those of
    /// all its respondents, exactly as when every answer came to one instrument.
    func testV1AndV2AnswersMergeIntoTheSameCells() throws {
        let answer: (Int) -> String = { index in String(1 + (index * 7 + index / 3) % 5) }
        let respondents = (1...24).map { "r\($0)" }
        let mixed = try store(registering: [BundledInstruments.veerkrachtmeterV1])
        _ = try mixed.importResponses(from: Fixtures.reader(csv(respondents.prefix(12).map { ($0, nil) }, answer: answer)), source: "v1.csv")
        try mixed.register(Self.v2, source: BundledInstruments.veerkrachtmeterV2)
        let v2Rows = csv(respondents.suffix(12).map { ($0, ["50", "2"]) }, answer: { answer($0 + 12) })
        _ = try mixed.importResponses(from: Fixtures.reader(v2Rows), source: "v2.csv")
        XCTAssertEqual(try mixed.database.read { db in try Int.fetchAll(db, sql: "SELECT DISTINCT instrument_id FROM response ORDER BY 1") }, [1, 2])

        let single = try store(registering: [BundledInstruments.veerkrachtmeterV1])
        _ = try single.importResponses(from: Fixtures.reader(csv(respondents.map { ($0, nil) }, answer: answer)), source: "all.csv")

        func cells(_ store: Store) throws -> [String: CellStatistics] {
            try store.database.read { db in
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT * FROM score_cell").map { ($0["construct"] as String, CellStatistics(row: $0)) })
            }
        }
        let merged = try cells(mixed), expected = try cells(single)
        XCTAssertEqual(Set(merged.keys), Set(Self.v2.constructs.map(\.id)))
        for (construct, cell) in expected {
            let other = try XCTUnwrap(merged[construct], construct)
            XCTAssertEqual(other.distribution.n, cell.distribution.n, construct)
            XCTAssertEqual(other.distribution.moments.mean, cell.distribution.moments.mean, accuracy: 1e-12, construct)
            XCTAssertEqual(other.distribution.moments.variance ?? 0, cell.distribution.moments.variance ?? 0, accuracy: 1e-12, construct)
            XCTAssertEqual(other.alpha?.respondents, cell.alpha?.respondents, construct)
            XCTAssertEqual(other.alpha?.items.count, cell.alpha?.items.count, construct)
            if let a = other.alpha?.alpha, let b = cell.alpha?.alpha { XCTAssertEqual(a, b, accuracy: 1e-12, construct) }
        }
        XCTAssertEqual(expected["cohesie"]?.alpha?.respondents, 24)
    }
}
