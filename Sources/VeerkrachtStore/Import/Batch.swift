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
}
