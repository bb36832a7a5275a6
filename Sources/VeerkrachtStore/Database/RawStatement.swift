import GRDB
import GRDBSQLite

/// A prepared statement driven through the SQLite C API (`statement.sqliteStatement`) for bulk
/// writes: values are bound in place, without building `StatementArguments` and `DatabaseValue`s
/// for every row. Text and blobs are bound without a copy (`SQLITE_STATIC`), so the bytes must stay
/// valid until `step()` returns; `step()` resets the statement for the next row.
struct RawStatement {
    let statement: Statement
    private var handle: SQLiteStatement { statement.sqliteStatement }

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
    }

    @inline(__always)
    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    @inline(__always)
    func bind(_ index: Int32, _ value: Double) {
        sqlite3_bind_double(handle, index, value)
    }

    @inline(__always)
    func bindNull(_ index: Int32) {
        sqlite3_bind_null(handle, index)
    }

    /// Binds UTF-8 text without copying it.
    @inline(__always)
    func bind(_ index: Int32, text: UnsafeBufferPointer<UInt8>) {
        let base = text.baseAddress.map(UnsafeRawPointer.init) ?? emptyAddress
        sqlite3_bind_text(handle, index, base.assumingMemoryBound(to: CChar.self), Int32(text.count), nil)
    }

    /// Binds a blob without copying it.
    @inline(__always)
    func bind(_ index: Int32, blob: UnsafeBufferPointer<UInt8>) {
        let base = blob.baseAddress.map(UnsafeRawPointer.init) ?? emptyAddress
        sqlite3_bind_blob(handle, index, base, Int32(blob.count), nil)
    }

    /// Runs the statement and resets it. Returns false when it broke a UNIQUE constraint; throws
    /// any other error.
    @inline(__always)
    @discardableResult
    func step(_ db: Database) throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE || code == SQLITE_ROW {
            sqlite3_reset(handle)
            return true
        }
        let extended = ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection))
        let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
        sqlite3_reset(handle)
        if extended == .SQLITE_CONSTRAINT_UNIQUE { return false }
        throw DatabaseError(resultCode: extended, message: message, sql: statement.sql)
    }

    /// Drops the bound values (which point at memory the caller owns).
    func clearBindings() {
        sqlite3_clear_bindings(handle)
    }
}

/// SQLite treats a null pointer as NULL, so empty text and blobs point here.
nonisolated(unsafe) private let emptyAddress = UnsafeRawPointer(UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 1))
