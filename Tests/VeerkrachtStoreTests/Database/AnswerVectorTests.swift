import Foundation
import GRDB
import VeerkrachtCore
@testable import VeerkrachtStore
import VeerkrachtSurveys
import XCTest

final class AnswerVectorTests: XCTestCase {
    func testEncodingIsOneBytePerSmallAnswer() {
        let data = AnswerVector.encode([4, nil, 0, 10, -1, 62, -63])
        XCTAssertEqual([UInt8](data), [9, 0, 1, 21, 2, 125, 126])
    }

    func testRoundTripOfMissingNegativeAndLargeValues() {
        let answers: [Int?] = [nil, 0, 1, -1, 63, 64, -64, 127, 128, 300, 99_999, 999_999_999_999_999_999, -999_999_999_999_999_999, nil]
        let data = AnswerVector.encode(answers)
        XCTAssertEqual(AnswerVector.decode(data, count: answers.count), answers)
        XCTAssertEqual(StoreAudit.decodeAnswers(data)!, answers, "the independent decoder of the fuzz tests agrees")
    }

    func testRandomRoundTrips() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let answers: [Int?] = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Bool.random(using: &generator) ? nil : Int.random(in: -1_000_000...1_000_000, using: &generator)
            }
            XCTAssertEqual(AnswerVector.decode(AnswerVector.encode(answers), count: answers.count), answers)
        }
    }

    func testDecodingPadsToTheInstrumentsItemCount() {
        XCTAssertEqual(AnswerVector.decode(AnswerVector.encode([3, 4]), count: 4), [3, 4, nil, nil])
        XCTAssertEqual(AnswerVector.decode(AnswerVector.encode([3, 4, 5]), count: 2), [3, 4])
        XCTAssertEqual(AnswerVector.decode(Data(), count: 2), [nil, nil])
    }

    /// A database from before v6 (answers as JSON) is rebuilt with the answers as vectors, every
    /// other column, the constraints and the indexes as they were.
    func testMigrationConvertsStoredJSONAnswers() throws {
        let queue = try DatabaseQueue(configuration: SQLiteSetup.configuration())
        try Schema.migrator.migrate(queue, upTo: "v5: failed logins per name and per client")
        let items = Fixtures.instrument.items.map(\.id)
        func json(_ values: [Int?]) -> String {
            "{" + zip(items, values).map { "\"\($0)\":\($1.map(String.init) ?? "null")" }.joined(separator: ",") + "}"
        }
        let first: [Int?] = items.indices.map { $0 % 7 == 0 ? nil : 1 + $0 % 5 }
        var second: [Int?] = items.indices.map { _ in 4 }
        second[items.firstIndex(of: "sr4")!] = 12
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO instrument (id, name, version, definition, registered_at) VALUES (1, 'veerkrachtmeter', 1, ?, '2025-01-01');
                INSERT INTO gemeente (code) VALUES ('GM0772');
                INSERT INTO wijk (code, gemeente) VALUES ('WK077201', 'GM0772');
                INSERT INTO meting (id, label) VALUES (1, '2025-voorjaar');
                INSERT INTO batch (id, kind, source, rows, created_at) VALUES (1, 'responses', 'a.csv', 2, '2025-01-01');
                INSERT INTO user (id, name, role, password_hash, created_at) VALUES (1, 'anna', 'veldwerker', 'x', '2025-01-01');
                INSERT INTO response (id, respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id, source_line, entered_by)
                VALUES (7, 'r1', 1, 'WK077201', '2025-03-14', 1, ?, x'0102', 1, 2, NULL),
                       (9, 'r2', 1, 'WK077201', '2025-03-15', 1, ?, x'0304', 1, NULL, 1);
                """, arguments: [BundledInstruments.veerkrachtmeterV1, json(first), json(second)])
        }
        try Schema.migrator.migrate(queue, upTo: "v10: wijkkaart")  // v12 renames the unique index (ResponseIndexMigrationTests)
        try queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM response ORDER BY id")
            XCTAssertEqual(rows.map { $0["id"] as Int64 }, [7, 9])
            XCTAssertEqual(AnswerVector.decode(rows[0]["answers"], count: items.count), first)
            XCTAssertEqual(AnswerVector.decode(rows[1]["answers"], count: items.count), second)
            XCTAssertEqual(rows[0]["scores"] as Data, Data([1, 2]))
            XCTAssertEqual(rows[1]["entered_by"] as Int64?, 1)
            XCTAssertEqual(rows[0]["source_line"] as Int?, 2)
            XCTAssertEqual(rows[1]["datum"] as String, "2025-03-15")
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'response' ORDER BY name")
            XCTAssertEqual(indexes, ["response_by_area", "response_by_batch", "response_by_user", "sqlite_autoindex_response_1"])
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, 0)
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA integrity_check"), "ok")
        }
        try queue.write { db in
            XCTAssertThrowsError(try db.execute(sql: """
                INSERT INTO response (respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id)
                VALUES ('r1', 1, 'WK077201', '2025-03-14', 1, x'01', x'01', 1)
                """), "one response per respondent and meting, as before")
            XCTAssertThrowsError(try db.execute(sql: """
                INSERT INTO response (respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id)
                VALUES ('r3', 1, 'WK077201', '2025-03-14', 1, '{"coh1":4}', x'01', 1)
                """), "answers are a blob now (STRICT)")
        }
    }
}
