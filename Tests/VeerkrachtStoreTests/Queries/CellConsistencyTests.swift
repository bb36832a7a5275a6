import GRDB
import VeerkrachtCore
@testable import VeerkrachtStore
import XCTest

/// `score_cell` must always equal what the stored responses give when recomputed from scratch,
/// also after several imports into the same cells, and after form entries (each added to its
/// cells on its own) and corrections (which recompute their cells).
final class CellConsistencyTests: XCTestCase {
    func testCellsEqualRecomputationAfterSeveralImports() throws {
        let store = try Fixtures.store()
        let rows = PanelFixture.csv().split(separator: "\n").map(String.init)
        // Import the fixture in three parts: the later parts merge into cells the first created.
        for part in [rows[1..<9], rows[9..<20], rows[20...]] {
            _ = try store.importResponses(from: Fixtures.reader(([rows[0]] + part).joined(separator: "\n")), source: "part.csv")
        }
        try assertCellsEqualRecomputation(store)
    }

    func testCellsEqualRecomputationAfterFormEntriesAndCorrections() throws {
        let store = try Fixtures.store()
        let rows = PanelFixture.csv().split(separator: "\n").map(String.init)
        _ = try store.importResponses(from: Fixtures.reader(rows[0..<12].joined(separator: "\n")), source: "part.csv")
        let user = try store.addUser(name: "vera", role: .veldwerker, gemeente: nil, password: "vera-wachtwoord")
        var entered: [Int64] = []
        for number in 0..<24 {
            // Answers that differ per entry, some items missing, in the fixture's wijken and one new wijk.
            let overrides = Dictionary(uniqueKeysWithValues: Fixtures.itemIDs.enumerated().map { index, id in
                (id, (index + number) % 7 == 0 ? "" : id.hasPrefix("svt") ? "\((index * 3 + number) % 11)" : "\(1 + (index + number * 2) % 5)")
            })
            let row = Fixtures.row("form-\(number)", wijk: ["WK077201", "WK077202", "WK036301"][number % 3], overrides: overrides)
            let form = ResponseForm(respondent: row[0], wijk: row[1], datum: row[2], meting: row[3],
                                    answers: Dictionary(uniqueKeysWithValues: zip(Fixtures.itemIDs, row.dropFirst(4))))
            entered.append(try store.enterResponse(form, by: user).get().id)
        }
        let first = try XCTUnwrap(try store.storedResponse(id: entered[0]))
        var answers = Dictionary(uniqueKeysWithValues: Fixtures.itemIDs.map { ($0, "3") })
        answers["svt1"] = "9"
        _ = try store.correctResponse(id: entered[0], ResponseForm(respondent: first.response.respondent, wijk: "WK077202",
                                                                   datum: first.response.datum, meting: first.response.meting, answers: answers),
                                      reason: "verkeerde wijk", by: user).get()
        try assertCellsEqualRecomputation(store)
    }

    private func assertCellsEqualRecomputation(_ store: Store) throws {
        let scorer = Scorer(Fixtures.instrument)
        try store.database.read { db in
            var expected: [String: CellStatistics] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT meting_id, wijk, answers, scores FROM response") {
                let answers = try XCTUnwrap(StoreAudit.decodeAnswers(row["answers"]))
                for (index, score) in ScoreVector.decode(row["scores"]).enumerated() {
                    guard let score else { continue }
                    let key = "\(row["meting_id"] as Int64)/\(row["wijk"] as String)/\(Fixtures.instrument.constructs[index].id)"
                    var cell = expected[key] ?? CellStatistics()
                    cell.distribution.add(score, category: Fixtures.instrument.thresholds.category(of: score))
                    if let items = scorer.completeItemScores(answers, construct: index) {
                        if cell.alpha == nil { cell.alpha = CronbachAlpha(itemCount: items.count) }
                        cell.alpha!.add(items)
                    }
                    expected[key] = cell
                }
            }
            let stored = try Row.fetchAll(db, sql: "SELECT * FROM score_cell")
            XCTAssertEqual(stored.count, expected.count)
            for row in stored {
                let key = "\(row["meting_id"] as Int64)/\(row["wijk"] as String)/\(row["construct"] as String)"
                let cell = CellStatistics(row: row)
                let want = try XCTUnwrap(expected[key], key)
                XCTAssertEqual(cell.distribution.n, want.distribution.n, key)
                XCTAssertEqual(cell.distribution.laag, want.distribution.laag, key)
                XCTAssertEqual(cell.distribution.hoog, want.distribution.hoog, key)
                XCTAssertEqual(cell.distribution.moments.mean, want.distribution.moments.mean, accuracy: 1e-12, key)
                XCTAssertEqual(cell.distribution.moments.variance ?? 0, want.distribution.moments.variance ?? 0, accuracy: 1e-12, key)
                XCTAssertEqual(cell.alpha?.respondents, want.alpha?.respondents, key)
                if let a = cell.alpha?.alpha, let b = want.alpha?.alpha { XCTAssertEqual(a, b, accuracy: 1e-12, key) }
            }
        }
    }
}
