import GRDB
import GRDBSQLite

/// Columns of a row stepped through the SQLite C API, read without copying.
enum SQLiteColumn {
    /// The blob in `column`, not copied: valid until the statement steps on.
    static func bytes(_ handle: OpaquePointer?, _ column: Int32) -> UnsafeRawBufferPointer {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let bytes = sqlite3_column_blob(handle, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: bytes, count: count)
    }

    /// Steps `statement` through its rows, handing `body` the C handle positioned on each.
    static func forEachRow(_ statement: Statement, _ body: (OpaquePointer?) throws -> Void) throws {
        let handle = statement.sqliteStatement
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), sql: statement.sql) }
            try body(handle)
        }
    }
}

/// The text of one column over rows that come ordered by it (a wijk code), made into a `String`
/// only when it differs from the row before: one per wijk, not one per row.
struct OrderedTextColumn {
    private(set) var value = ""

    /// Reads `column` of the current row; true when its text differs from the previous row's.
    mutating func read(_ handle: OpaquePointer?, _ column: Int32) -> Bool {
        let bytes = UnsafeBufferPointer(start: sqlite3_column_text(handle, column), count: Int(sqlite3_column_bytes(handle, column)))
        guard !value.utf8.elementsEqual(bytes) else { return false }
        value = String(decoding: bytes, as: UTF8.self)
        return true
    }
}
