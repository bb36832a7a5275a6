import GRDB

/// Provenance rows: one per imported file or form submission.
enum Batch {
    /// The source of a form entry by `user`.
    static func formSource(_ user: User) -> String { "formulier (\(user.name))" }
    /// A LIKE pattern that matches the sources of form entries.
    static let formSourcePattern = "formulier (%"

    static func isForm(_ source: String) -> Bool { source.hasPrefix("formulier (") }

    static func create(_ db: Database, kind: String, source: String) throws -> Int64 {
        try db.execute(sql: "INSERT INTO batch (kind, source, created_at) VALUES (?, ?, ?)", arguments: [kind, source, Timestamp.now()])
        return db.lastInsertedRowID
    }

    static func finish(_ db: Database, id: Int64, rows: Int) throws {
        try db.execute(sql: "UPDATE batch SET rows = ? WHERE id = ?", arguments: [rows, id])
    }
}
