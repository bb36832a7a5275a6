import GRDB
import VeerkrachtCore

/// The raw text of one story as the form sends it (the fields of a verhalen file).
public struct VerhaalForm: Sendable, Hashable {
    /// CBS wijk code.
    public var wijk: String
    /// `YYYY-MM-DD`.
    public var datum: String
    /// Hulpbron construct ids separated by `|`.
    public var hulpbronnen: String
    public var titel: String
    public var tekst: String
    /// `ja` when the author confirms the story holds no names or details that identify a resident.
    public var bevestiging: String

    /// A form's fields as sent, not yet validated.
    public init(wijk: String, datum: String, hulpbronnen: String, titel: String, tekst: String, bevestiging: String) {
        self.wijk = wijk
        self.datum = datum
        self.hulpbronnen = hulpbronnen
        self.titel = titel
        self.tekst = tekst
        self.bevestiging = bevestiging
    }
}

/// A stored story with its review.
public struct StoredVerhaal: Sendable, Hashable {
    /// The row id, stable for corrections, reviews and the audit log.
    public let id: Int64
    public let verhaal: Verhaal
    public let status: VerhaalStatus
    /// Marked by an analist to appear in the gemeente summary (only an approved story).
    public let uitgelicht: Bool
    /// The analist's note with the last decision (why it was rejected, what was edited).
    public let beoordeling: String?
    /// The analist who made the last decision.
    public let beoordeeldDoor: String?
    /// The account that entered it; nil for imported files.
    public let enteredBy: Int64?
}

extension StoredVerhaal: StoredEntry {}

extension Store {
    /// Validates one story with the same rules as `import verhalen` (`VerhaalValidator`, a date not in
    /// the future, a wijk of the gebieden), stores it for review and writes the audit log, in one
    /// transaction.
    public func enterVerhaal(_ form: VerhaalForm, by user: User) throws -> Result<StoredVerhaal, VerhaalValidator.Problems> {
        try enter(VerhaalEntry.self, form, by: user)
    }

    /// Replaces a story's values, with a reason; the audit log keeps old and new. Analisten may
    /// change any story (an edit in their review: it keeps its status); veldwerkers only their own,
    /// which then waits for review again.
    public func correctVerhaal(id: Int64, _ form: VerhaalForm, reason: String, by user: User) throws -> Result<StoredVerhaal, VerhaalValidator.Problems> {
        try correct(VerhaalEntry.self, id: id, form, reason: reason, by: user)
    }

    /// Deletes a story, with a reason; the audit log keeps what was deleted.
    public func deleteVerhaal(id: Int64, reason: String, by user: User) throws {
        try delete(VerhaalEntry.self, id: id, reason: reason, by: user)
    }

    /// One stored story, if it exists.
    public func storedVerhaal(id: Int64) throws -> StoredVerhaal? {
        try database.read { db in try VerhaalEntry.load(db, id: id) }
    }

    /// Stories entered through the app, newest first: by `user` only, or by everyone when nil.
    public func enteredVerhalen(by user: User?, limit: Int = 200) throws -> [StoredVerhaal] {
        try entered(VerhaalEntry.self, by: user, limit: limit)
    }
}

/// Stories as audited entries.
enum VerhaalEntry: EntryKind {
    static let entity = AuditLog.Entity.verhaal
    static let batchKind = "verhalen"

    static func validate(_ form: VerhaalForm, excluding id: Int64?, db: Database) throws -> Result<Verhaal, VerhaalValidator.Problems> {
        let validator = VerhaalValidator(instrument: try Store.instrument(db).instrument)
        let result = validator.validate(wijk: form.wijk, datum: form.datum, hulpbronnen: form.hulpbronnen, titel: form.titel,
                                        tekst: form.tekst, bevestiging: form.bevestiging)
        guard case .success(let verhaal) = result else { return result }
        let problems = try Store.entryRules(db).problems(of: verhaal)
        return problems.isEmpty ? .success(verhaal) : .failure(VerhaalValidator.Problems(list: problems))
    }

    static func insert(_ verhaal: Verhaal, batchID: Int64, by user: User, db: Database) throws -> Int64 {
        try AreaRegistry.ensure(verhaal.wijk, db: db)
        var record = VerhaalRecord(verhaal, batchID: batchID, sourceLine: nil, enteredBy: user.id)
        try record.insert(db)
        return record.id!
    }

    /// A change by an analist is part of the review and keeps the status; any other change makes
    /// the story wait for review again, no longer highlighted.
    static func update(_ old: StoredVerhaal, with verhaal: Verhaal, by user: User, db: Database) throws {
        try AreaRegistry.ensure(verhaal.wijk, db: db)
        guard var record = try VerhaalRecord.fetchOne(db, key: old.id) else { return }
        record.set(verhaal)
        if user.role != .analist {
            record.status = VerhaalStatus.ingediend.rawValue
            record.uitgelicht = false
        }
        try record.update(db)
    }

    static func delete(_ old: StoredVerhaal, db: Database) throws {
        try VerhaalRecord.deleteOne(db, key: old.id)
    }

    static func requireChangeable(_ old: StoredVerhaal, db: Database) throws {}

    static func load(_ db: Database, id: Int64) throws -> StoredVerhaal? {
        try VerhaalRecord.fetchOne(db, key: id)?.stored
    }

    static func enteredIDs(_ db: Database, by userID: Int64?, limit: Int) throws -> [Int64] {
        // Both queries use the partial index on `entered_by`, which holds only web entries.
        let entered = userID.map { VerhaalRecord.Columns.enteredBy == $0 } ?? (VerhaalRecord.Columns.enteredBy != nil)
        return try VerhaalRecord.filter(entered).order(VerhaalRecord.Columns.id.desc).limit(limit)
            .select(VerhaalRecord.Columns.id, as: Int64.self).fetchAll(db)
    }

    /// The story's values by the column names of a verhalen file, with its review.
    static func json(_ stored: StoredVerhaal) -> String {
        let verhaal = stored.verhaal
        return AuditLog.text(["wijk": verhaal.wijk.rawValue, "datum": verhaal.datum, "hulpbronnen": HulpbronList.joined(verhaal.hulpbronnen),
                              "titel": verhaal.titel, "tekst": verhaal.tekst, "status": stored.status.rawValue,
                              "uitgelicht": stored.uitgelicht])
    }
}
