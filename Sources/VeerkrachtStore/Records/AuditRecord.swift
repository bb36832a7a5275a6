import GRDB

/// A row of the append-only `audit` log (the database refuses updates and deletes).
struct AuditRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "audit"

    var id: Int64?
    /// ISO 8601, UTC.
    var at: String
    /// The account; nil for a command.
    var userID: Int64?
    var userName: String
    var action: String
    var entity: String
    var entityID: Int64
    var reason: String?
    /// JSON.
    var oldValue: String?
    /// JSON.
    var newValue: String?

    enum CodingKeys: String, CodingKey {
        case id, at, userID = "user_id", userName = "user_name", action, entity, entityID = "entity_id", reason,
             oldValue = "old_value", newValue = "new_value"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let entity = Column(CodingKeys.entity)
        static let entityID = Column(CodingKeys.entityID)
    }

    /// The public form of this line.
    var entry: AuditEntry {
        AuditEntry(id: id ?? 0, at: at, userName: userName, action: action, entity: entity, entityID: entityID, reason: reason,
                   oldValue: oldValue, newValue: newValue)
    }
}
