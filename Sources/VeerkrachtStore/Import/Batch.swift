import GRDB

/// Provenance rows: one per imported file or form submission.
enum Batch {
    /// The source of a form entry by `user`.
    static func formSource(_ user: User) -> String { "formulier (\(user.name))" }
    /// A LIKE pattern that matches the sources of form entries.
    static let formSourcePattern = "formulier (%"

    static func isForm(_ source: String) -> Bool { source.hasPrefix("formulier (") }

    static func create(_ db: Database, kind: String, source: String) throws -> Int64 {
        var batch = BatchRecord(kind: kind, source: source, rows: 0, createdAt: Timestamp.now())
        try batch.insert(db)
        return batch.id!
    }

    static func finish(_ db: Database, id: Int64, rows: Int) throws {
        try BatchRecord.filter(key: id).updateAll(db, BatchRecord.Columns.rows.set(to: rows))
    }

    /// The last id `response` has given out (its AUTOINCREMENT sequence; 0 before the first).
    static func lastResponseID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'response'") ?? 0
    }

    /// Records the ids of the responses that batch `id` stored, all given out after `previous`
    /// (`lastResponseID` before its first row), for `Store.undoImport`.
    static func recordResponseIDs(_ db: Database, id: Int64, after previous: Int64) throws {
        let last = try lastResponseID(db)
        guard last > previous else { return }
        try db.execute(sql: "UPDATE batch SET first_response_id = ?, last_response_id = ? WHERE id = ?", arguments: [previous + 1, last, id])
    }
}
