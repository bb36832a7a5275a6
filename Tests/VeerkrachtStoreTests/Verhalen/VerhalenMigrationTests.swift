import GRDB
@testable import VeerkrachtStore
import TestSupport
import XCTest

/// Migration v11 rebuilds the audit log to take the review actions of a verhaal: every line and id
/// kept, still append-only, and new ids above the old ones.
final class VerhalenMigrationTests: FolderTestCase {
    func testTheAuditLogKeepsEveryLineAndStaysAppendOnly() throws {
        let path = folder.appendingPathComponent("v10.sqlite").path
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: "v10: wijkkaart")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO audit (id, at, user_name, action, entity, entity_id, reason) VALUES (41, '2025-01-01T00:00:00Z', 'command:a', 'add', 'meting', 1, NULL);
                INSERT INTO audit (id, at, user_name, action, entity, entity_id, reason) VALUES (42, '2025-01-02T00:00:00Z', 'command:a', 'undo', 'batch', 3, 'fout');
                """)
        }
        try old.close()
        let store = try Store(path: path)
        let lines = try store.auditLog()
        XCTAssertEqual(lines.map(\.id), [42, 41])
        XCTAssertEqual(lines.map(\.reason), ["fout", nil])
        try store.database.write { db in
            try db.execute(sql: "INSERT INTO audit (at, user_name, action, entity, entity_id) VALUES ('x', 'an', 'approve', 'verhaal', 1)")
        }
        XCTAssertEqual(try store.auditLog().first?.id, 43)
        XCTAssertThrowsError(try store.database.write { db in try db.execute(sql: "DELETE FROM audit") }, "append-only")
        XCTAssertThrowsError(try store.database.write { db in try db.execute(sql: "UPDATE audit SET reason = 'x'") }, "append-only")
        XCTAssertThrowsError(try store.database.write { db in
            try db.execute(sql: "INSERT INTO audit (at, user_name, action, entity, entity_id) VALUES ('x', 'an', 'publish', 'verhaal', 1)")
        }, "the actions are still checked")
    }
}
