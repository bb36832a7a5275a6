import GRDBSQLite

/// Columns of a row stepped through the SQLite C API, read without copying.
enum SQLiteColumn {
    /// The blob in `column`, not copied: valid until the statement steps on.
    static func bytes(_ handle: OpaquePointer?, _ column: Int32) -> UnsafeRawBufferPointer {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let bytes = sqlite3_column_blob(handle, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: bytes, count: count)
    }
}
