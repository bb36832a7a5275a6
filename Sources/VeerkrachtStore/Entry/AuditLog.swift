import Foundation
import GRDB

/// One line of the append-only audit log.
public struct AuditEntry: Sendable, Hashable {
    public let id: Int64
    /// When (ISO 8601, UTC).
    public let at: String
    public let userName: String
    /// `create`, `correct` or `delete`.
    public let action: String
    /// `response` or `activiteit`.
    public let entity: String
    public let entityID: Int64
    public let reason: String?
    /// The values before and after, as JSON.
    public let oldValue: String?
    public let newValue: String?
}

/// Writing the audit log; the database refuses updates and deletes of it (triggers).
enum AuditLog {
    enum Action: String { case create, correct, delete }
    enum Entity: String { case response, activiteit }

    static func write(_ db: Database, user: User, action: Action, entity: Entity, id: Int64, reason: String?, old: String?, new: String?) throws {
        try db.execute(sql: """
            INSERT INTO audit (at, user_id, user_name, action, entity, entity_id, reason, old_value, new_value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [Timestamp.now(), user.id, user.name, action.rawValue, entity.rawValue, id, reason, old, new])
    }

    /// A response's values as JSON: respondent, wijk, datum, meting and the answers by item id.
    static func json(_ stored: StoredResponse) -> String {
        var answers: [String: Any] = [:]
        for (item, answer) in zip(stored.itemIDs, stored.response.answers) { answers[item] = answer ?? NSNull() }
        return text(["respondent": stored.response.respondent, "wijk": stored.response.wijk.rawValue,
                     "datum": stored.response.datum, "meting": stored.response.meting, "antwoorden": answers])
    }

    static func text(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

extension Store {
    /// The newest `limit` lines of the audit log, newest first.
    public func auditLog(limit: Int = 500) throws -> [AuditEntry] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                AuditEntry(id: row["id"], at: row["at"], userName: row["user_name"], action: row["action"], entity: row["entity"],
                           entityID: row["entity_id"], reason: row["reason"], oldValue: row["old_value"], newValue: row["new_value"])
            }
        }
    }
}
