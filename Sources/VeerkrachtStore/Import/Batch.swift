import GRDB

/// Provenance rows: one per imported file or form submission.
enum Batch {
    static func create(_ db: Database, kind: String, source: String) throws -> Int64 {
        try db.execute(sql: "INSERT INTO batch (kind, source, created_at) VALUES (?, ?, ?)", arguments: [kind, source, Timestamp.now()])
        return db.lastInsertedRowID
    }

    static func finish(_ db: Database, id: Int64, rows: Int) throws {
        try db.execute(sql: "UPDATE batch SET rows = ? WHERE id = ?", arguments: [rows, id])
    }
}
