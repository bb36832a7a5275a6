import GRDB

/// A row of `batch`: where data came from (an imported file or a form submission), how many rows
/// it brought, and when it was imported and undone.
struct BatchRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "batch"

    var id: Int64?
    /// `responses`, `activiteiten` or `gebieden`.
    var kind: String
    /// The file name, or `formulier (NAME)` for a form entry.
    var source: String
    var rows: Int
    var createdAt: String
    var undoneAt: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, source, rows, createdAt = "created_at", undoneAt = "undone_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let source = Column(CodingKeys.source)
        static let rows = Column(CodingKeys.rows)
        static let undoneAt = Column(CodingKeys.undoneAt)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
