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

extension StoredActivity: StoredEntry {}

extension Store {
    /// Validates one activity with the same rules as the activities import (`ActivityValidator`, a
    /// date not in the future, a wijk of the gebieden, and no identical twin already stored), stores
    /// it and writes the audit log, in one transaction.
    ///
    /// ```swift
    /// let form = ActivityForm(datum: "2025-03-04", wijk: "WK077201", activiteit: "Taalcafé", thema: "Armoede & Meedoen",
    ///                         deelnemers: "12", uren: "1,5", vrijwilligers: "2", hulpbronnen: "cohesie")
    /// switch try store.enterActivity(form, by: user) { case .success(let stored): … case .failure(let problems): … }
    /// ```
    public func enterActivity(_ form: ActivityForm, by user: User) throws -> Result<StoredActivity, ActivityValidator.Problems> {
        try enter(ActivityEntry.self, form, by: user)
    }

    /// Replaces a stored activity's values, with a reason; the audit log keeps old and new.
    /// Analisten may correct any activity, veldwerkers only those they entered.
    public func correctActivity(id: Int64, _ form: ActivityForm, reason: String, by user: User) throws -> Result<StoredActivity, ActivityValidator.Problems> {
        try correct(ActivityEntry.self, id: id, form, reason: reason, by: user)
    }

    /// Deletes a stored activity, with a reason; the audit log keeps what was deleted.
    public func deleteActivity(id: Int64, reason: String, by user: User) throws {
        try delete(ActivityEntry.self, id: id, reason: reason, by: user)
    }

    /// One stored activity, if it exists.
    public func storedActivity(id: Int64) throws -> StoredActivity? {
        try database.read { db in try ActivityEntry.load(db, id: id) }
    }

    /// Activities entered through the app, newest first: by `user` only, or by everyone when nil.
    public func enteredActivities(by user: User?, limit: Int = 200) throws -> [StoredActivity] {
        try entered(ActivityEntry.self, by: user, limit: limit)
    }
}

/// Activities as audited entries.
enum ActivityEntry: EntryKind {
    static let entity = AuditLog.Entity.activiteit
    static let batchKind = "activiteiten"

    /// The activity validated as the import does: field rules, date and wijk rules, then no
    /// identical activity stored (other than `excluding`, the one being corrected).
    static func validate(_ form: ActivityForm, excluding id: Int64?, db: Database) throws -> Result<Activity, ActivityValidator.Problems> {
        let validator = ActivityValidator(instrument: try Store.instrument(db).instrument, themes: try Store.themes(db))
        let result = validator.validate(
            datum: form.datum, wijk: form.wijk, name: form.activiteit, thema: form.thema, participants: form.deelnemers,
            hours: form.uren, volunteers: form.vrijwilligers, hulpbronnen: form.hulpbronnen)
        guard case .success(let activity) = result else { return result }
        let problems = try Store.entryRules(db).problems(of: activity)
        guard problems.isEmpty else { return .failure(ActivityValidator.Problems(list: problems)) }
        guard let twin = try ActivityRecord.storedTwin(of: activity, excluding: .entry(id), db: db) else { return .success(activity) }
        return .failure(ActivityValidator.Problems(list: [(.activiteit, .alreadyRegistered(source: twin.source, line: twin.line))]))
    }

    static func insert(_ activity: Activity, batchID: Int64, by user: User, db: Database) throws -> Int64 {
        try AreaRegistry.ensure(activity.wijk, db: db)
        var record = ActivityRecord(activity, batchID: batchID, sourceLine: nil, enteredBy: user.id)
        try record.insertRow(db)
        return record.id!
    }

    static func update(_ old: StoredActivity, with activity: Activity, by user: User, db: Database) throws {
        try AreaRegistry.ensure(activity.wijk, db: db)
        guard var record = try ActivityRecord.fetchOne(db, key: old.id) else { return }
        record.set(activity)
        try record.update(db)
    }

    static func delete(_ old: StoredActivity, db: Database) throws {
        try ActivityRecord.deleteOne(db, key: old.id)
    }

    static func requireChangeable(_ old: StoredActivity, db: Database) throws {}

    static func load(_ db: Database, id: Int64) throws -> StoredActivity? {
        try ActivityRecord.fetchOne(db, key: id).map { StoredActivity(id: id, activity: $0.activity, enteredBy: $0.enteredBy) }
    }

    static func enteredIDs(_ db: Database, by userID: Int64?, limit: Int) throws -> [Int64] {
        // Both queries use the partial index on `entered_by`, which holds only web entries.
        let entered = userID.map { ActivityRecord.Columns.enteredBy == $0 } ?? (ActivityRecord.Columns.enteredBy != nil)
        return try ActivityRecord.filter(entered).order(ActivityRecord.Columns.id.desc).limit(limit)
            .select(ActivityRecord.Columns.id, as: Int64.self).fetchAll(db)
    }

    /// The activity's values by the column names of an activities file.
    static func json(_ stored: StoredActivity) -> String {
        let activity = stored.activity
        return AuditLog.text(["datum": activity.datum, "wijk": activity.wijk.rawValue, "activiteit": activity.name, "thema": activity.thema,
                              "deelnemers": activity.participants, "uren": activity.hours, "vrijwilligers": activity.volunteers,
                              "hulpbronnen": HulpbronList.joined(activity.hulpbronnen)])
    }
}
