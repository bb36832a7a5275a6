import GRDB

/// Hooks for tests of what the app does when the database fails or holds data that today's
/// validation refuses; the app never uses them. Tests import them with
/// `@_spi(Testing) import VeerkrachtStore`.
///
/// ```swift
/// try store.refuseWrites(true)          // as a read-only file would
/// try store.executeAsEarlierVersion("UPDATE activiteit SET uren = 1e300")
/// ```
@_spi(Testing)
extension Store {
    /// Makes the writing connection refuse, or again accept, every write, as a read-only database
    /// file does (`PRAGMA query_only`; making the file read-only would not stop root).
    public func refuseWrites(_ refuse: Bool) throws {
        try database.writeWithoutTransaction { db in try db.execute(sql: refuse ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF") }
    }

    /// Lets the database grow no further than the pages it has, as a full disk does: a write that
    /// needs a new page fails with `SQLITE_FULL` (`PRAGMA max_page_count` on the writing
    /// connection, which SQLite raises to the present size).
    public func refuseGrowth() throws {
        try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1") }
    }

    /// Runs `sql` in one transaction, bypassing the store's validation, as an earlier version that
    /// accepted such values could have written it.
    public func executeAsEarlierVersion(_ sql: String, arguments: StatementArguments = []) throws {
        try database.write { db in try db.execute(sql: sql, arguments: arguments) }
    }

    /// The first row of a query, for facts that no method of the store reports (such as the
    /// largest value stored in a column).
    public func fetchOneRow(_ sql: String) throws -> Row? {
        try database.read { db in try Row.fetchOne(db, sql: sql) }
    }
}
