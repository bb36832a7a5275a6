import Foundation
import GRDB

/// One line of the append-only audit log.
public struct AuditEntry: Sendable, Hashable {
    public let id: Int64
    /// When (ISO 8601, UTC).
    public let at: String
    public let userName: String
    /// `create`, `correct`, `delete`, `undo`; for a meting `add`, `rename`, `merge`, `close`, `reopen`,
    /// `remove`, `period`; for a verhaal also `approve`, `reject`, `highlight`, `unhighlight`.
    public let action: String
    /// `response`, `activiteit`, `verhaal`, `batch` or `meting`.
    public let entity: String
    public let entityID: Int64
    public let reason: String?
    /// The values before and after, as JSON.
    public let oldValue: String?
    public let newValue: String?
}

/// Who changed something: an account of the web app, or a person running a command.
public struct Actor: Sendable, Hashable {
    /// The account's id; nil for a command.
    public let userID: Int64?
    /// The account's name, or the system user who ran the command (`command:NAME`).
    public let name: String

    /// An account of the web app.
    public init(_ user: User) {
        userID = user.id
        name = user.name
    }

    /// A person running a command as the system user `name`.
    public static func command(_ name: String) -> Actor { Actor(userID: nil, name: "command:\(name)") }

    private init(userID: Int64?, name: String) {
        self.userID = userID
        self.name = name
    }
}

/// Writing the audit log; the database refuses updates and deletes of it (triggers).
enum AuditLog {
    enum Action: String { case create, correct, delete, undo, add, rename, merge, close, reopen, remove, period, approve, reject, highlight, unhighlight }
    enum Entity: String { case response, activiteit, batch, meting, verhaal }

    static func write(_ db: Database, by actor: Actor, action: Action, entity: Entity, id: Int64, reason: String?,
                      old: String?, new: String?) throws {
        var line = AuditRecord(at: Timestamp.now(), userID: actor.userID, userName: actor.name, action: action.rawValue,
                               entity: entity.rawValue, entityID: id, reason: reason, oldValue: old, newValue: new)
        try line.insert(db)
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
            try AuditRecord.order(AuditRecord.Columns.id.desc).limit(limit).fetchAll(db).map(\.entry)
        }
    }
}
