import GRDB
import VeerkrachtCore

/// The raw text of one activity as a form sends it (the fields of an activities file).
public struct ActivityForm: Sendable, Hashable {
    /// `YYYY-MM-DD`.
    public var datum: String
    /// CBS wijk code.
    public var wijk: String
    /// The activity's name (`activiteit`).
    public var activiteit: String
    public var thema: String
    /// Participants, a whole number ≥ 0.
    public var deelnemers: String
    /// Hours, a number ≥ 0 with `.` or `,` as decimal mark.
    public var uren: String
    /// Volunteers, a whole number ≥ 0.
    public var vrijwilligers: String
    /// Hulpbron construct ids separated by `|`, as in an activities file.
    public var hulpbronnen: String

    /// A form's fields as sent, not yet validated.
    public init(datum: String, wijk: String, activiteit: String, thema: String, deelnemers: String, uren: String,
                vrijwilligers: String, hulpbronnen: String) {
        self.datum = datum
        self.wijk = wijk
        self.activiteit = activiteit
        self.thema = thema
        self.deelnemers = deelnemers
        self.uren = uren
        self.vrijwilligers = vrijwilligers
        self.hulpbronnen = hulpbronnen
    }
}

/// A stored activity with its id and who entered it.
public struct StoredActivity: Sendable, Hashable {
    /// The row id, stable for corrections and the audit log.
    public let id: Int64
    /// The validated activity as stored.
    public let activity: Activity
    /// The account that entered it; nil for imported files.
    public let enteredBy: Int64?
}

extension Store {
    /// Validates one activity with the same rules as the activities import (`ActivityValidator`,
    /// and no identical twin already stored), stores it and writes the audit log, in one transaction.
    ///
    /// ```swift
    /// let form = ActivityForm(datum: "2025-03-04", wijk: "WK077201", activiteit: "Taalcafé", thema: "Armoede & Meedoen",
    ///                         deelnemers: "12", uren: "1,5", vrijwilligers: "2", hulpbronnen: "cohesie")
    /// switch try store.enterActivity(form, by: user) { case .success(let stored): … case .failure(let problems): … }
    /// ```
    public func enterActivity(_ form: ActivityForm, by user: User) throws -> Result<StoredActivity, ActivityValidator.Problems> {
        let instrument = try currentInstrument()
        return try database.write { db in
            let activity: Activity
            switch try Self.validate(form, instrument: instrument, excluding: nil, db: db) {
            case .success(let valid): activity = valid
            case .failure(let problems): return .failure(problems)
            }
            let batchID = try Batch.create(db, kind: "activiteiten", source: "formulier (\(user.name))")
            try AreaRegistry.ensure(activity.wijk, db: db)
            try db.execute(sql: """
                INSERT INTO activiteit (datum, wijk, naam, thema, deelnemers, uren, vrijwilligers, hulpbronnen, batch_id, entered_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: Self.columns(activity) + [batchID, user.id])
            let id = db.lastInsertedRowID
            try Batch.finish(db, id: batchID, rows: 1)
            let entered = try Self.storedActivity(db, id: id)!
            try AuditLog.write(db, user: user, action: .create, entity: .activiteit, id: id, reason: nil, old: nil,
                               new: AuditLog.json(entered.activity))
            return .success(entered)
        }
    }

    /// Replaces a stored activity's values, with a reason; the audit log keeps old and new.
    /// Analisten may correct any activity, veldwerkers only those they entered.
    public func correctActivity(id: Int64, _ form: ActivityForm, reason: String, by user: User) throws -> Result<StoredActivity, ActivityValidator.Problems> {
        let reason = try Self.validReason(reason)
        let instrument = try currentInstrument()
        return try database.write { db in
            let old = try Self.ownedActivity(db, id: id, user: user)
            let activity: Activity
            switch try Self.validate(form, instrument: instrument, excluding: id, db: db) {
            case .success(let valid): activity = valid
            case .failure(let problems): return .failure(problems)
            }
            try AreaRegistry.ensure(activity.wijk, db: db)
            try db.execute(sql: """
                UPDATE activiteit SET datum = ?, wijk = ?, naam = ?, thema = ?, deelnemers = ?, uren = ?, vrijwilligers = ?, hulpbronnen = ?
                WHERE id = ?
                """, arguments: Self.columns(activity) + [id])
            let new = try Self.storedActivity(db, id: id)!
            try AuditLog.write(db, user: user, action: .correct, entity: .activiteit, id: id, reason: reason,
                               old: AuditLog.json(old.activity), new: AuditLog.json(new.activity))
            return .success(new)
        }
    }

    /// Deletes a stored activity, with a reason; the audit log keeps what was deleted.
    public func deleteActivity(id: Int64, reason: String, by user: User) throws {
        let reason = try Self.validReason(reason)
        try database.write { db in
            let old = try Self.ownedActivity(db, id: id, user: user)
            try db.execute(sql: "DELETE FROM activiteit WHERE id = ?", arguments: [id])
            try AuditLog.write(db, user: user, action: .delete, entity: .activiteit, id: id, reason: reason,
                               old: AuditLog.json(old.activity), new: nil)
        }
    }

    /// One stored activity, if it exists.
    public func storedActivity(id: Int64) throws -> StoredActivity? {
        try database.read { db in try Self.storedActivity(db, id: id) }
    }

    /// Activities entered through the app, newest first: by `user` only, or by everyone when nil.
    public func enteredActivities(by user: User?, limit: Int = 200) throws -> [StoredActivity] {
        try database.read { db in
            try Self.enteredIDs(db, table: .activiteit, by: user, limit: limit).compactMap { try Self.storedActivity(db, id: $0) }
        }
    }

    // MARK: Helpers

    /// The activity validated as the import does: field rules, then no identical activity stored
    /// (other than `excluding`, the one being corrected).
    private static func validate(_ form: ActivityForm, instrument: Instrument, excluding id: Int64?,
                                 db: Database) throws -> Result<Activity, ActivityValidator.Problems> {
        let result = ActivityValidator(instrument: instrument, themes: try themes(db)).validate(
            datum: form.datum, wijk: form.wijk, name: form.activiteit, thema: form.thema, participants: form.deelnemers,
            hours: form.uren, volunteers: form.vrijwilligers, hulpbronnen: form.hulpbronnen)
        guard case .success(let activity) = result else { return result }
        let twin = try Row.fetchOne(db, sql: """
            SELECT b.source, a.source_line FROM activiteit a JOIN batch b ON b.id = a.batch_id
            WHERE a.datum = ? AND a.wijk = ? AND a.naam = ? AND a.thema = ? AND a.deelnemers = ? AND a.uren = ?
              AND a.vrijwilligers = ? AND a.hulpbronnen = ? AND a.id IS NOT ?
            LIMIT 1
            """, arguments: columns(activity) + [id])
        guard let twin else { return .success(activity) }
        return .failure(ActivityValidator.Problems(list: [(.activiteit, .alreadyRegistered(source: twin["source"], line: twin["source_line"]))]))
    }

    /// datum, wijk, naam, thema, deelnemers, uren, vrijwilligers, hulpbronnen: the stored columns, as the importer writes them.
    private static func columns(_ activity: Activity) -> StatementArguments {
        [activity.datum, activity.wijk.rawValue, activity.name, activity.thema, activity.participants, activity.hours,
         activity.volunteers, activity.hulpbronnen.joined(separator: String(ActivityValidator.hulpbronSeparator))]
    }

    private static func storedActivity(_ db: Database, id: Int64) throws -> StoredActivity? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM activiteit WHERE id = ?", arguments: [id]) else { return nil }
        let hulpbronnen = (row["hulpbronnen"] as String).split(separator: ActivityValidator.hulpbronSeparator).map(String.init)
        let activity = Activity(datum: row["datum"], wijk: WijkCode(row["wijk"] as String)!, name: row["naam"], thema: row["thema"],
                                participants: row["deelnemers"], hours: row["uren"], volunteers: row["vrijwilligers"],
                                hulpbronnen: hulpbronnen)
        return StoredActivity(id: id, activity: activity, enteredBy: row["entered_by"])
    }

    /// The activity, if `user` may change it: analisten any, veldwerkers only their own.
    private static func ownedActivity(_ db: Database, id: Int64, user: User) throws -> StoredActivity {
        guard let stored = try storedActivity(db, id: id) else { throw EntryError.notFound }
        guard user.role == .analist || (user.role == .veldwerker && stored.enteredBy == user.id) else { throw EntryError.notYours }
        return stored
    }
}

extension AuditLog {
    /// An activity's values as JSON, by the column names of an activities file.
    static func json(_ activity: Activity) -> String {
        text(["datum": activity.datum, "wijk": activity.wijk.rawValue, "activiteit": activity.name, "thema": activity.thema,
              "deelnemers": activity.participants, "uren": activity.hours, "vrijwilligers": activity.volunteers,
              "hulpbronnen": activity.hulpbronnen.joined(separator: String(ActivityValidator.hulpbronSeparator))])
    }
}
