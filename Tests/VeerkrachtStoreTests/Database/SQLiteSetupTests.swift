import GRDB
import GRDBSQLite
@testable import VeerkrachtStore
import XCTest

/// The store's connections run in SQLite's multi-thread mode (no per-connection mutex) and
/// without memory statistics (no process-wide mutex per allocation).
final class SQLiteSetupTests: XCTestCase {
    func testConnectionsHaveNoMutexOfTheirOwn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-mutex-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("v.sqlite").path)
        // sqlite3_db_mutex is NULL unless the connection is in serialized mode.
        XCTAssertTrue(try store.database.read { db in sqlite3_db_mutex(db.sqliteConnection) == nil }, "a reader")
        XCTAssertTrue(try store.database.write { db in sqlite3_db_mutex(db.sqliteConnection) == nil }, "the writer")
        XCTAssertTrue(try Store().database.read { db in sqlite3_db_mutex(db.sqliteConnection) == nil }, "in memory")
        // With memory statistics off, SQLite does not count what it allocates.
        XCTAssertEqual(sqlite3_memory_used(), 0)
    }
}
