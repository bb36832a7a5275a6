import Foundation
import GRDB
@testable import VeerkrachtStore
import TestSupport
import VeerkrachtSurveys
import XCTest

/// Migration v12 names the unique index of respondents and replaces `response_by_batch` by each
/// batch's range of response ids: rows, ids and the AUTOINCREMENT sequence are kept, and an import
/// from before the migration is still undone exactly.
final class ResponseIndexMigrationTests: FolderTestCase {
    func testResponsesKeepTheirIdsAndImportsStayUndoable() throws {
        let path = folder.appendingPathComponent("v10.sqlite").path
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: "v10: wijkkaart")
        let answers = AnswerVector.encode(Fixtures.itemIDs.map { _ in 4 })
        let scores = ScoreVector.encode(Fixtures.instrument.constructs.map { _ in 4.0 })
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO instrument (id, name, version, definition, registered_at) VALUES (1, 'veerkrachtmeter', 1, :definition, '');
                INSERT INTO gemeente (code) VALUES ('GM0772');
                INSERT INTO wijk (code, gemeente) VALUES ('WK077201', 'GM0772');
                INSERT INTO meting (id, label) VALUES (1, '2025-voorjaar');
                INSERT INTO batch (id, kind, source, rows, created_at) VALUES (1, 'responses', 'a.csv', 2, ''), (2, 'responses', 'b.csv', 2, '');
                INSERT INTO response (id, respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id, source_line)
                VALUES (3, 'r1', 1, 'WK077201', '2025-03-14', 1, :a, :s, 1, 2),
                       (4, 'r2', 1, 'WK077201', '2025-03-14', 1, :a, :s, 1, 3),
                       (5, 'r3', 1, 'WK077201', '2025-03-14', 1, :a, :s, 2, 2),
                       (6, 'r4', 1, 'WK077201', '2025-03-14', 1, :a, :s, 2, 3),
                       (9, 'r5', 1, 'WK077201', '2025-03-14', 1, :a, :s, 2, 4);
                DELETE FROM response WHERE id = 9;
                """, arguments: ["definition": BundledInstruments.veerkrachtmeterV1, "a": answers, "s": scores])
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'response'"), 9)
        }
        try old.close()
        let store = try Store(path: path)
        try store.database.read { db in
            XCTAssertEqual(try Int64.fetchAll(db, sql: "SELECT id FROM response ORDER BY id"), [3, 4, 5, 6])
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'response'"), 9, "id 9 is not given out again")
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'response' ORDER BY name")
            XCTAssertEqual(indexes, ["response_by_area", "response_by_respondent", "response_by_user"])
            let ranges = try Row.fetchAll(db, sql: "SELECT first_response_id, last_response_id FROM batch ORDER BY id").map { [$0[0], $0[1]] as [Int64] }
            XCTAssertEqual(ranges, [[3, 4], [5, 6]])
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, 0)
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA integrity_check"), "ok")
        }
        XCTAssertEqual(try store.undoImport(1, by: .command("test")), 2)
        try store.database.write { db in
            XCTAssertEqual(try Int64.fetchAll(db, sql: "SELECT id FROM response ORDER BY id"), [5, 6])
            XCTAssertThrowsError(try db.execute(sql: """
                INSERT INTO response (respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id)
                VALUES ('r3', 1, 'WK077201', '2025-03-14', 1, x'01', x'01', 2)
                """), "one response per respondent and meting, as before")
        }
    }
}
