import Foundation
import VeerkrachtCore
@testable import VeerkrachtStore
import VeerkrachtSurveys
import XCTest

/// `Store.scanResponses`: every stored response once, in (meting, wijk, respondent) order, with
/// its answers and scores decoded in the instrument's order.
final class ResponseScanTests: XCTestCase {
    private var store: Store!
    private let cohesion = Fixtures.itemIDs.filter { $0.hasPrefix("coh") }

    override func setUpWithError() throws {
        store = try Fixtures.store()
        // Out of order on purpose; r3 answers nothing on cohesie (no score) and "weet niet" (98) on bin1.
        let rows = [
            Fixtures.row("r2", wijk: "WK077202", meting: "2026-voorjaar", answer: "2"),
            Fixtures.row("r9", wijk: "WK077201", meting: "2026-voorjaar", answer: "5"),
            Fixtures.row("r3", wijk: "WK077202", meting: "2025-voorjaar",
                         overrides: Dictionary(uniqueKeysWithValues: cohesion.map { ($0, "") }).merging(["bin1": "98"]) { $1 }),
            Fixtures.row("r1", wijk: "WK077202", meting: "2025-voorjaar", answer: "3"),
            Fixtures.row("r1", wijk: "WK077201", meting: "2026-voorjaar", answer: "1"),
            Fixtures.row("r7", wijk: "WK077201", datum: "2025-03-02", meting: "2025-voorjaar"),
        ]
        _ = try store.importResponses(from: Fixtures.reader(Fixtures.csv([Fixtures.header] + rows)), source: "test.csv")
    }

    private func scan(meting: String? = nil) throws -> (count: Int, rows: [ResponseRow]) {
        try store.scanResponses(meting: meting) { scan in
            var rows: [ResponseRow] = []
            try scan.forEach { rows.append($0) }
            return (scan.count, rows)
        }
    }

    func testEveryResponseInMetingWijkRespondentOrder() throws {
        let (count, rows) = try scan()
        XCTAssertEqual(count, 6)
        XCTAssertEqual(rows.map { "\($0.meting) \($0.wijk) \($0.respondent)" }, [
            "2025-voorjaar WK077201 r7", "2025-voorjaar WK077202 r1", "2025-voorjaar WK077202 r3",
            "2026-voorjaar WK077201 r1", "2026-voorjaar WK077201 r9", "2026-voorjaar WK077202 r2",
        ])
        XCTAssertEqual(Set(rows.map(\.gemeente)), ["GM0772"])
        XCTAssertEqual(rows[0].datum, "2025-03-02")
        XCTAssertEqual(rows[1].datum, "2025-03-14")
    }

    func testAnswersAndScoresAreTheStoredOnesInTheInstrumentsOrder() throws {
        let rows = try scan(meting: "2025-voorjaar").rows
        let instrument = Fixtures.instrument
        for row in rows {
            XCTAssertEqual(row.answers.count, instrument.items.count)
            XCTAssertEqual(row.scores.count, instrument.constructs.count)
            let answers = try Fixtures.answers(store, respondent: row.respondent)
            let scores = try Fixtures.scores(store, respondent: row.respondent)
            // r1 answered twice; its 2025 answers are all 3 (svt 7).
            if row.respondent != "r1" {
                XCTAssertEqual(Dictionary(uniqueKeysWithValues: zip(instrument.items.map(\.id), row.answers)), answers)
                XCTAssertEqual(Dictionary(uniqueKeysWithValues: zip(instrument.constructs.map(\.id), row.scores)).compactMapValues { $0 }, scores)
            }
        }
        let r3 = try XCTUnwrap(rows.first { $0.respondent == "r3" })
        for item in cohesion { XCTAssertNil(r3.answers[instrument.itemIndex(item)!], item) }
        XCTAssertNil(r3.answers[instrument.itemIndex("bin1")!])
        XCTAssertEqual(r3.answers[instrument.itemIndex("bin2")!], 4)
        XCTAssertNil(r3.scores[instrument.constructIndex("cohesie")!])
        XCTAssertNotNil(r3.scores[instrument.constructIndex("binding")!])
        let r1 = try XCTUnwrap(rows.first { $0.respondent == "r1" })
        XCTAssertEqual(r1.answers[instrument.itemIndex("coh1")!], 3)
        XCTAssertEqual(r1.answers[instrument.itemIndex("svt1")!], 7)
    }

    func testAMetingFilterAndTheWidthsAnExportNeeds() throws {
        let (count, rows) = try scan(meting: "2026-voorjaar")
        XCTAssertEqual(count, 3)
        XCTAssertEqual(rows.map(\.respondent), ["r1", "r9", "r2"])
        XCTAssertEqual(Set(rows.map(\.meting)), ["2026-voorjaar"])
        try store.scanResponses { scan in
            XCTAssertEqual(scan.respondentWidth, 2)
            XCTAssertEqual(scan.metingWidth, 13)
            XCTAssertEqual(scan.instrument, Fixtures.instrument)
        }
    }

    func testAnUnknownMetingIsTheUsualError() throws {
        XCTAssertThrowsError(try scan(meting: "2027-voorjaar")) { error in
            XCTAssertEqual(error as? MetingError, .unknown("2027-voorjaar", known: ["2025-voorjaar", "2026-voorjaar"]))
        }
    }

    func testAnEmptyDatabaseHasNoRows() throws {
        let (count, rows) = try Fixtures.store().scanResponses { scan in
            var rows: [ResponseRow] = []
            try scan.forEach { rows.append($0) }
            return (scan.count, rows)
        }
        XCTAssertEqual(count, 0)
        XCTAssertEqual(rows, [])
    }
}

/// Responses to an earlier instrument are listed under the latest one's items and constructs, by id.
final class ResponseScanInstrumentTests: XCTestCase {
    func testAnswersOfAnEarlierInstrumentFollowTheLatestOnesItems() throws {
        let store = try Fixtures.store()
        _ = try store.importResponses(from: Fixtures.reader(Fixtures.csv([Fixtures.header, Fixtures.row("old", answer: "2", overrides: ["coh3": "5"])])),
                                      source: "v1.csv")
        // Version 2 drops coh2, so every later item moves up one place.
        let source = BundledInstruments.veerkrachtmeterV1
        let coh2 = try XCTUnwrap(source.range(of: "  - id: coh2\n"))
        let coh3 = try XCTUnwrap(source.range(of: "  - id: coh3\n"))
        let v2Source = source.replacingCharacters(in: coh2.lowerBound..<coh3.lowerBound, with: "")
            .replacingOccurrences(of: "\nversion: 1\n", with: "\nversion: 2\n")
        let v2 = try Instrument(yaml: v2Source)
        try store.register(v2, source: v2Source)
        let header = ["respondent", "wijk", "datum", "meting"] + v2.items.map(\.id)
        _ = try store.importResponses(from: Fixtures.reader(Fixtures.csv([header, ["new", "WK077201", "2025-03-14", "2025-voorjaar"]
                                                                           + v2.items.map { $0.id == "coh3" ? "1" : "4" }])),
                                      source: "v2.csv")
        let rows = try store.scanResponses { scan in
            XCTAssertEqual(scan.instrument, v2)
            var rows: [ResponseRow] = []
            try scan.forEach { rows.append($0) }
            return rows
        }
        XCTAssertEqual(rows.map(\.respondent), ["new", "old"])
        for row in rows {
            XCTAssertEqual(row.answers.count, v2.items.count)
            XCTAssertEqual(row.scores.count, v2.constructs.count)
        }
        let coh3Index = try XCTUnwrap(v2.itemIndex("coh3"))
        XCTAssertEqual(coh3Index, 1)
        XCTAssertEqual(rows[0].answers[coh3Index], 1)
        XCTAssertEqual(rows[1].answers[coh3Index], 5)
        XCTAssertEqual(rows[1].answers[v2.itemIndex("coh1")!], 2)
        XCTAssertEqual(rows[1].answers[v2.itemIndex("svt1")!], 7)
        // The old response keeps the scores it was given under version 1, by construct id.
        let stored = try Fixtures.scores(store, respondent: "old")
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: zip(v2.constructs.map(\.id), rows[1].scores)).compactMapValues { $0 }, stored)
    }
}
