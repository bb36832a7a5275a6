import VeerkrachtCore
import GRDB

/// A kind of row that people enter, correct and delete one at a time through the app: a
/// questionnaire, an activity or a verhaal. `Store`'s audited-entry engine runs every such change the same
/// way (validate with the import's rules, store, keep derived figures in step, write the audit log,
/// all in one transaction), so a rule about entries lands once.
protocol EntryKind {
    /// The raw text of one entry as a form sends it.
    associatedtype Form
    /// A validated entry.
    associatedtype Value
    /// Every problem of a form.
    associatedtype Problems: Error
    /// An entry as stored, with its id and who entered it.
    associatedtype Stored: StoredEntry

    static var entity: AuditLog.Entity { get }
    /// The `kind` of the batch (provenance) row of an entry.
    static var batchKind: String { get }

    /// The form validated as the import validates a row, plus what only the database knows (a
    /// respondent answering twice, an identical activity, a closed meting). `excluding` is the
    /// entry being corrected.
    static func validate(_ form: Form, excluding id: Int64?, db: Database) throws -> Result<Value, Problems>
    /// Stores a new entry and returns its id.
    static func insert(_ value: Value, batchID: Int64, by user: User, db: Database) throws -> Int64
    /// Replaces the stored values of `old`, a change made by `user`.
    static func update(_ old: Stored, with value: Value, by user: User, db: Database) throws
    /// Removes `old`.
    static func delete(_ old: Stored, db: Database) throws
    /// Refuses any change to `old` that the data no longer allow (a closed meting).
    static func requireChangeable(_ old: Stored, db: Database) throws
    static func load(_ db: Database, id: Int64) throws -> Stored?
    /// Ids of entries made through the app, newest first: by `userID`, or by anyone when nil.
    static func enteredIDs(_ db: Database, by userID: Int64?, limit: Int) throws -> [Int64]
    /// The entry's values as JSON for the audit log, by the column names of its import file.
    static func json(_ stored: Stored) -> String
}

/// What every stored entry has.
protocol StoredEntry {
    var id: Int64 { get }
    /// The account that entered it; nil for imported files.
    var enteredBy: Int64? { get }
}

extension Store {
    /// Validates and stores a new entry, and writes the audit log, in one transaction.
    func enter<Kind: EntryKind>(_ kind: Kind.Type, _ form: Kind.Form, by user: User) throws -> Result<Kind.Stored, Kind.Problems> {
        try database.write { db in
            let value: Kind.Value
            switch try Kind.validate(form, excluding: nil, db: db) {
            case .success(let valid): value = valid
            case .failure(let problems): return .failure(problems)
            }
            let batchID = try Batch.create(db, kind: Kind.batchKind, source: Batch.formSource(user))
            let id = try Kind.insert(value, batchID: batchID, by: user, db: db)
            try Batch.finish(db, id: batchID, rows: 1)
            let stored = try Kind.load(db, id: id)!
            try AuditLog.write(db, by: Actor(user), action: .create, entity: Kind.entity, id: id, reason: nil, old: nil,
                               new: Kind.json(stored))
            return .success(stored)
        }
    }

    /// Replaces an entry's values, with a reason; the audit log keeps old and new. Analisten may
    /// correct any entry, veldwerkers only those they entered.
    func correct<Kind: EntryKind>(_ kind: Kind.Type, id: Int64, _ form: Kind.Form, reason: String,
                                  by user: User) throws -> Result<Kind.Stored, Kind.Problems> {
        let reason = try Self.validReason(reason)
        return try database.write { db in
            let old: Kind.Stored = try Self.changeable(Kind.self, id: id, by: user, db: db)
            let value: Kind.Value
            switch try Kind.validate(form, excluding: id, db: db) {
            case .success(let valid): value = valid
            case .failure(let problems): return .failure(problems)
            }
            try Kind.update(old, with: value, by: user, db: db)
            let new = try Kind.load(db, id: id)!
            try AuditLog.write(db, by: Actor(user), action: .correct, entity: Kind.entity, id: id, reason: reason,
                               old: Kind.json(old), new: Kind.json(new))
            return .success(new)
        }
    }

    /// Deletes an entry, with a reason; the audit log keeps what was deleted. Its id is never
    /// given to another entry.
    func delete<Kind: EntryKind>(_ kind: Kind.Type, id: Int64, reason: String, by user: User) throws {
        let reason = try Self.validReason(reason)
        try database.write { db in
            let old: Kind.Stored = try Self.changeable(Kind.self, id: id, by: user, db: db)
            try Kind.delete(old, db: db)
            try AuditLog.write(db, by: Actor(user), action: .delete, entity: Kind.entity, id: id, reason: reason,
                               old: Kind.json(old), new: nil)
        }
    }

    /// Entries made through the app, newest first: by `user` only, or by everyone when nil.
    func entered<Kind: EntryKind>(_ kind: Kind.Type, by user: User?, limit: Int) throws -> [Kind.Stored] {
        try database.read { db in
            try Kind.enteredIDs(db, by: user?.id, limit: limit).compactMap { try Kind.load(db, id: $0) }
        }
    }

    /// The entry, if `user` may change it now: analisten any, veldwerkers only their own (someone
    /// else's entry is reported as missing, so that ids tell nothing), and only while its data allow.
    private static func changeable<Kind: EntryKind>(_ kind: Kind.Type, id: Int64, by user: User, db: Database) throws -> Kind.Stored {
        guard let stored = try Kind.load(db, id: id) else { throw EntryError.notFound }
        guard user.may(change: stored.enteredBy) else { throw EntryError.notYours }
        try Kind.requireChangeable(stored, db: db)
        return stored
    }

    static func validReason(_ reason: String) throws -> String {
        guard case .success(let text) = FieldParsing.label(reason, maximum: 500) else { throw EntryError.reasonRequired }
        return text
    }
}

extension User {
    /// Whether this account may see and change an entry made by `enteredBy`: analisten every entry,
    /// veldwerkers only their own, gemeente accounts none.
    public func may(change enteredBy: Int64?) -> Bool {
        role == .analist || (role == .veldwerker && enteredBy == id)
    }
}

/// Why a correction or deletion was refused.
public enum EntryError: Error, Equatable, CustomStringConvertible, Sendable {
    case notFound
    case notYours
    case reasonRequired
    /// The entry belongs to a closed meting.
    case closedMeting(String)

    public var description: String {
        switch self {
        case .notFound: "there is no such entry"
        case .notYours: "you may only change entries you made yourself"
        case .reasonRequired: "give a reason for the change (up to 500 characters)"
        case .closedMeting(let label): "meting '\(label)' is closed; its responses cannot be changed"
        }
    }
}
