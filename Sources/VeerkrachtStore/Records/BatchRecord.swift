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
    /// The ids of an imported file's responses lie in `firstResponseID...lastResponseID` (with
    /// those of no other batch between them: one import is one transaction); nil when it stored
    /// none. Undo finds the rows by this range, so `response` needs no index on its batch.
    var firstResponseID: Int64?
    var lastResponseID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, kind, source, rows, createdAt = "created_at", undoneAt = "undone_at",
             firstResponseID = "first_response_id", lastResponseID = "last_response_id"
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
