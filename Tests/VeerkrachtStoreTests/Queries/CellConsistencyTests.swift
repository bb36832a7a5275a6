import GRDB
import VeerkrachtCore
@testable import VeerkrachtStore
import XCTest

/// `score_cell` must always equal what the stored responses give when recomputed from scratch,
/// also after several imports into the same cells.
final class CellConsistencyTests: XCTestCase {
    func testCellsEqualRecomputationAfterSeveralImports() throws {
        let store = try Fixtures.store()
        let rows = PanelFixture.csv().split(separator: "\n").map(String.init)
        // Import the fixture in three parts: the later parts merge into cells the first created.
        for part in [rows[1..<9], rows[9..<20], rows[20...]] {
            _ = try store.importResponses(from: Fixtures.reader(([rows[0]] + part).joined(separator: "\n")), source: "part.csv")
        }
        let scorer = Scorer(Fixtures.instrument)
        try store.database.read { db in
            var expected: [String: CellStatistics] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT meting_id, wijk, answers, scores FROM response") {
                let json = try JSONSerialization.jsonObject(with: Data((row["answers"] as String).utf8)) as! [String: Any]
                let answers = Fixtures.itemIDs.map { (json[$0] as? NSNumber)?.intValue }
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
