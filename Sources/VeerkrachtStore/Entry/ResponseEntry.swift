import Foundation
import GRDB
import VeerkrachtCore

/// The raw text of one questionnaire as a form sends it.
public struct ResponseForm: Sendable, Hashable {
    public var respondent: String
    public var wijk: String
    public var datum: String
    public var meting: String
    /// Answer text by item id; a missing item is a missing answer.
    public var answers: [String: String]

    public init(respondent: String, wijk: String, datum: String, meting: String, answers: [String: String]) {
        self.respondent = respondent
        self.wijk = wijk
        self.datum = datum
        self.meting = meting
        self.answers = answers
    }
}

/// A stored response with its id, scores and who entered it.
public struct StoredResponse: Sendable, Hashable {
    public let id: Int64
    public let response: Response
    /// Construct scores by construct id (only those with a score).
    public let scores: [String: Double]
    /// The account that entered it; nil for imported files.
    public let enteredBy: Int64?
    /// The ids of the instrument's items, in the order of `response.answers`.
    public let itemIDs: [String]
}

extension StoredResponse: StoredEntry {}

extension Store {
    /// Validates one questionnaire with the same rules as the CSV import (and an open meting of the
    /// database, a date not in the future and inside its period, a wijk of the gebieden), stores and
    /// scores it, updates the wijk's cells and writes the audit log, all in one transaction.
    public func enterResponse(_ form: ResponseForm, by user: User) throws -> Result<StoredResponse, ResponseValidator.Problems> {
        try enter(ResponseEntry.self, form, by: user)
    }

    /// Replaces a stored response's values, with a reason; the audit log keeps old and new.
    public func correctResponse(id: Int64, _ form: ResponseForm, reason: String, by user: User) throws -> Result<StoredResponse, ResponseValidator.Problems> {
        try correct(ResponseEntry.self, id: id, form, reason: reason, by: user)
    }

    /// Deletes a stored response, with a reason; the audit log keeps what was deleted.
    public func deleteResponse(id: Int64, reason: String, by user: User) throws {
        try delete(ResponseEntry.self, id: id, reason: reason, by: user)
    }

    /// One stored response, if it exists.
    public func storedResponse(id: Int64) throws -> StoredResponse? {
        try database.read { db in try ResponseEntry.load(db, id: id) }
    }

    /// Responses entered through the app, newest first: by `user` only, or by everyone when nil.
    public func enteredResponses(by user: User?, limit: Int = 200) throws -> [StoredResponse] {
        try entered(ResponseEntry.self, by: user, limit: limit)
    }

    /// The rules for incoming responses as the database stands: its metingen, wijken and today.
    static func entryRules(_ db: Database) throws -> EntryRules {
        EntryRules(metingen: try metingRules(db), wijken: try wijkRules(db))
    }
}

/// Questionnaires as audited entries. A new one answers the current instrument; a correction is
/// judged by the instrument it answered.
enum ResponseEntry: EntryKind {
    static let entity = AuditLog.Entity.response
    static let batchKind = "responses"

    static func validate(_ form: ResponseForm, excluding id: Int64?, db: Database) throws -> Result<Response, ResponseValidator.Problems> {
        let corrected = try id.flatMap { try ResponseRecord.fetchOne(db, key: $0) }
        let instrument = try corrected.map { try Store.instrument(db, rowID: $0.instrumentID) } ?? Store.instrument(db)
        let result = ResponseValidator(instrument: instrument.instrument).validate(
            respondent: form.respondent, wijk: form.wijk, datum: form.datum, meting: form.meting,
            answers: instrument.instrument.items.map { form.answers[$0.id] ?? "" })
        guard case .success(let response) = result else { return result }
        var problems = try Store.entryRules(db).problems(of: response, allowingNewMeting: false)
        if problems.isEmpty, let meting = try Store.metingRow(db, response.meting),
           try ResponseRecord.exists(respondent: response.respondent, metingID: meting.id, excluding: id, db: db) {
            problems.append((.respondent, .alreadyAnswered(respondent: response.respondent, meting: response.meting)))
        }
        return problems.isEmpty ? .success(response) : .failure(ResponseValidator.Problems(list: problems))
    }

    static func insert(_ response: Response, batchID: Int64, by user: User, db: Database) throws -> Int64 {
        let instrument = try Store.instrument(db)
        try AreaRegistry.ensure(response.wijk, db: db)
        var record = ResponseRecord(response, metingID: try Store.metingID(response.meting, db: db), instrument: instrument,
                                    batchID: batchID, enteredBy: user.id)
        try record.insert(db)
        try Store.addToCells(response, instrument: instrument.instrument, db: db)
        return record.id!
    }

    static func update(_ old: StoredResponse, with response: Response, by user: User, db: Database) throws {
        guard var record = try ResponseRecord.fetchOne(db, key: old.id) else { return }
        let instrument = try Store.instrument(db, rowID: record.instrumentID)
        try AreaRegistry.ensure(response.wijk, db: db)
        record.set(response, metingID: try Store.metingID(response.meting, db: db), scorer: Scorer(instrument.instrument))
        try record.update(db)
        try Store.refreshCells(db, meting: old.response.meting, wijk: old.response.wijk.rawValue)
        try Store.refreshCells(db, meting: response.meting, wijk: response.wijk.rawValue)
    }

    static func delete(_ old: StoredResponse, db: Database) throws {
        try ResponseRecord.deleteOne(db, key: old.id)
        try Store.refreshCells(db, meting: old.response.meting, wijk: old.response.wijk.rawValue)
    }

    static func requireChangeable(_ old: StoredResponse, db: Database) throws {
        if try Store.metingRow(db, old.response.meting)?.meting.isClosed == true { throw EntryError.closedMeting(old.response.meting) }
    }

    static func load(_ db: Database, id: Int64) throws -> StoredResponse? {
        guard let record = try ResponseRecord.fetchOne(db, key: id), let meting = try MetingRecord.fetchOne(db, key: record.metingID)
        else { return nil }
        let instrument = try Store.instrument(db, rowID: record.instrumentID).instrument
        let response = Response(respondent: record.respondent, wijk: WijkCode(record.wijk)!, datum: record.datum, meting: meting.label,
                                answers: AnswerVector.decode(record.answers, count: instrument.items.count))
        var scores: [String: Double] = [:]
        for (construct, score) in zip(instrument.constructs, ScoreVector.decode(record.scores)) { scores[construct.id] = score }
        return StoredResponse(id: id, response: response, scores: scores, enteredBy: record.enteredBy, itemIDs: instrument.items.map(\.id))
    }

    static func enteredIDs(_ db: Database, by userID: Int64?, limit: Int) throws -> [Int64] {
        // Both queries use the partial index on `entered_by`, which holds only web entries.
        let entered = userID.map { ResponseRecord.Columns.enteredBy == $0 } ?? (ResponseRecord.Columns.enteredBy != nil)
        return try ResponseRecord.filter(entered).order(ResponseRecord.Columns.id.desc).limit(limit)
            .select(ResponseRecord.Columns.id, as: Int64.self).fetchAll(db)
    }

    /// Respondent, wijk, datum, meting and the answers by item id.
    static func json(_ stored: StoredResponse) -> String {
        var answers: [String: Any] = [:]
        for (item, answer) in zip(stored.itemIDs, stored.response.answers) { answers[item] = answer ?? NSNull() }
        return AuditLog.text(["respondent": stored.response.respondent, "wijk": stored.response.wijk.rawValue,
                              "datum": stored.response.datum, "meting": stored.response.meting, "antwoorden": answers])
    }
}

