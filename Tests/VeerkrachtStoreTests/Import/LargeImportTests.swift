import GRDB
import VeerkrachtCore
@testable import VeerkrachtStore
import XCTest

/// A file with more rows than the database holds is written without the unique index of
/// respondents, which is built after its rows (`RespondentIndex`): the same rows are stored, the
/// same duplicates refused with the same issues as row by row, and undo still removes the import.
/// Rows are inserted many a statement (`ResponseWriter.rowsPerInsert`): in the order of the file,
/// and a statement that breaks the unique index is run again row by row.
final class LargeImportTests: XCTestCase {
    private let actor = Actor.command("test")
    /// Enough rows (of about 120 bytes) for `RespondentIndex` to drop the index.
    private let largeRows = 50_000

    private func rows(_ count: Int) -> [[String]] {
        (1...count).map { Fixtures.row(String(format: "respondent-%06d", $0), wijk: $0 % 2 == 0 ? "WK077201" : "WK077202") }
    }

    private func importRows(_ store: Store, _ rows: [[String]]) throws -> ImportOutcome {
        try store.importResponses(from: Fixtures.reader(Fixtures.csv([Fixtures.header] + rows)), source: "groot.csv")
    }

    private func respondentIndexes(_ store: Store) throws -> [String] {
        try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'response_by_respondent'")
        }
    }

    func testALargeImportStoresEveryRowAndKeepsTheIndexAndItsUndo() throws {
        let store = try Fixtures.store()
        let outcome = try importRows(store, rows(largeRows))
        XCTAssertEqual(outcome.rows, largeRows)
        XCTAssertEqual(try Fixtures.count(store, "response"), largeRows)
        XCTAssertEqual(try respondentIndexes(store), ["response_by_respondent"], "built again before the commit")
        XCTAssertThrowsError(try importRows(store, [Fixtures.row("respondent-000001")]), "one response per respondent and meting")
        XCTAssertEqual(try store.undoImport(outcome.batchID, by: actor), largeRows)
        XCTAssertEqual(try Fixtures.count(store, "response"), 0)
    }

    func testDuplicatesInALargeFileAreTheIssuesOfARowByRowImport() throws {
        var file = rows(largeRows)
        file[8][0] = file[1][0]    // line 10 repeats line 3
        file[18][0] = file[1][0]   // line 20 too
        file[28][0] = "eerder"     // line 30: stored by an earlier import
        func issues(_ rows: [[String]]) throws -> [String] {
            let store = try Fixtures.store()
            _ = try importRows(store, [Fixtures.row("eerder")])
            do {
                _ = try importRows(store, rows)
                XCTFail("duplicates are refused")
                return []
            } catch let refused as ImportRefused {
                XCTAssertEqual(try respondentIndexes(store), ["response_by_respondent"], "restored by the rollback")
                XCTAssertEqual(try Fixtures.count(store, "response"), 1)
                return refused.issues.map(\.description)
            }
        }
        let large = try issues(file)
        let rowByRow = try issues(Array(file.prefix(40)))
        XCTAssertEqual(large.count, 3)
        XCTAssertEqual(large, rowByRow)
        XCTAssertTrue(large[0].hasPrefix("line 10, column 1"), large[0])
        XCTAssertTrue(large[0].contains("also on line 3"), large[0])
        XCTAssertTrue(large[1].contains("also on line 3"), large[1])
        XCTAssertTrue(large[2].contains("in the database"), large[2])
    }

    func testRowsInsertedManyAStatementKeepTheirOrderAndTheirDuplicatesAreFoundRowByRow() throws {
        let store = try Fixtures.store()
        _ = try importRows(store, [Fixtures.row("eerder")])
        var file = rows(600)   // not large: the index stays, the rows go in 256 a statement
        file[298][0] = file[1][0]   // line 300 repeats line 3
        file[548][0] = "eerder"     // line 550
        XCTAssertThrowsError(try importRows(store, file)) { error in
            let issues = (error as? ImportRefused)?.issues.map(\.description) ?? []
            XCTAssertEqual(issues.count, 2)
            XCTAssertTrue(issues.first?.hasPrefix("line 300, column 1") ?? false, "\(issues)")
            XCTAssertTrue(issues.first?.contains("also on line 3") ?? false, "\(issues)")
            XCTAssertTrue(issues.last?.hasPrefix("line 550, column 1") ?? false, "\(issues)")
            XCTAssertTrue(issues.last?.contains("in the database") ?? false, "\(issues)")
        }
        XCTAssertEqual(try Fixtures.count(store, "response"), 1)
        _ = try importRows(store, rows(600))
        let lines = try store.database.read { db in
            try Int.fetchAll(db, sql: "SELECT source_line FROM response WHERE batch_id = (SELECT max(id) FROM batch) ORDER BY id")
        }
        XCTAssertEqual(lines, Array(2...601), "ids in the order of the file")
    }
}
