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

extension Store {
    /// Validates one questionnaire with the same rules as the CSV import, stores and scores it,
    /// updates the wijk's cells and writes the audit log, all in one transaction.
    public func enterResponse(_ form: ResponseForm, by user: User) throws -> Result<StoredResponse, ResponseValidator.Problems> {
        let stored = try instrument()
        return try database.write { db in
            let response: Response
            switch Self.validate(form, instrument: stored.instrument, excluding: nil, db: db) {
            case .success(let valid): response = valid
            case .failure(let problems): return .failure(problems)
            }
            let batchID = try Batch.create(db, kind: "responses", source: "formulier (\(user.name))")
            let id = try Self.insert(response, instrument: stored, batchID: batchID, user: user, db: db)
            try Batch.finish(db, id: batchID, rows: 1)
            try Self.addToCells(response, instrument: stored.instrument, db: db)
            let entered = try Self.storedResponse(db, id: id)!
            try AuditLog.write(db, user: user, action: .create, entity: .response, id: id, reason: nil, old: nil, new: AuditLog.json(entered))
            return .success(entered)
        }
    }

    /// Replaces a stored response's values, with a reason; the audit log keeps old and new.
    public func correctResponse(id: Int64, _ form: ResponseForm, reason: String, by user: User) throws -> Result<StoredResponse, ResponseValidator.Problems> {
        let reason = try Self.validReason(reason)
        return try database.write { db in
            let old = try Self.ownedResponse(db, id: id, user: user)
            let instrument = try Self.instrument(db, rowID: Self.instrumentID(db, responseID: id))
            let response: Response
            switch Self.validate(form, instrument: instrument.instrument, excluding: id, db: db) {
            case .success(let valid): response = valid
            case .failure(let problems): return .failure(problems)
            }
            let scores = Scorer(instrument.instrument).scores(response.answers)
            try AreaRegistry.ensure(response.wijk, db: db)
            try db.execute(sql: """
                UPDATE response SET respondent = ?, meting_id = ?, wijk = ?, datum = ?, answers = ?, scores = ? WHERE id = ?
                """, arguments: [response.respondent, try Self.metingID(creating: response.meting, db: db), response.wijk.rawValue,
                                 response.datum, AnswerVector.encode(response.answers),
                                 ScoreVector.encode(scores), id])
            try Self.refreshCells(db, meting: old.response.meting, wijk: old.response.wijk.rawValue)
            try Self.refreshCells(db, meting: response.meting, wijk: response.wijk.rawValue)
            let new = try Self.storedResponse(db, id: id)!
            try AuditLog.write(db, user: user, action: .correct, entity: .response, id: id, reason: reason,
                               old: AuditLog.json(old), new: AuditLog.json(new))
            return .success(new)
        }
    }

    /// Deletes a stored response, with a reason; the audit log keeps what was deleted.
    public func deleteResponse(id: Int64, reason: String, by user: User) throws {
        let reason = try Self.validReason(reason)
        try database.write { db in
            let old = try Self.ownedResponse(db, id: id, user: user)
            try db.execute(sql: "DELETE FROM response WHERE id = ?", arguments: [id])
            try Self.refreshCells(db, meting: old.response.meting, wijk: old.response.wijk.rawValue)
            try AuditLog.write(db, user: user, action: .delete, entity: .response, id: id, reason: reason, old: AuditLog.json(old), new: nil)
        }
    }

    /// One stored response, if it exists.
    public func storedResponse(id: Int64) throws -> StoredResponse? {
        try database.read { db in try Self.storedResponse(db, id: id) }
    }

    /// Responses entered through the app, newest first: by `user` only, or by everyone when nil.
    public func enteredResponses(by user: User?, limit: Int = 200) throws -> [StoredResponse] {
        try database.read { db in
            try Self.enteredIDs(db, table: .response, by: user, limit: limit).compactMap { try Self.storedResponse(db, id: $0) }
        }
    }

    // MARK: Helpers

    static func validate(_ form: ResponseForm, instrument: Instrument, excluding id: Int64?, db: Database) -> Result<Response, ResponseValidator.Problems> {
        let result = ResponseValidator(instrument: instrument).validate(
            respondent: form.respondent, wijk: form.wijk, datum: form.datum, meting: form.meting,
            answers: instrument.items.map { form.answers[$0.id] ?? "" })
        guard case .success(let response) = result else { return result }
        let taken = (try? Int64.fetchOne(db, sql: """
            SELECT r.id FROM response r JOIN meting m ON m.id = r.meting_id WHERE m.label = ? AND r.respondent = ? AND r.id IS NOT ?
            """, arguments: [response.meting, response.respondent, id])) ?? nil
        guard taken == nil else {
            return .failure(ResponseValidator.Problems(list: [(.respondent, .alreadyAnswered(respondent: response.respondent, meting: response.meting))]))
        }
        return .success(response)
    }

    private static func insert(_ response: Response, instrument: StoredInstrument, batchID: Int64, user: User, db: Database) throws -> Int64 {
        try AreaRegistry.ensure(response.wijk, db: db)
        try db.execute(sql: """
            INSERT INTO response (respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id, entered_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [response.respondent, try metingID(creating: response.meting, db: db), response.wijk.rawValue, response.datum,
                             instrument.rowID, AnswerVector.encode(response.answers),
                             ScoreVector.encode(Scorer(instrument.instrument).scores(response.answers)), batchID, user.id])
        return db.lastInsertedRowID
    }

    static func storedResponse(_ db: Database, id: Int64) throws -> StoredResponse? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT r.*, m.label FROM response r JOIN meting m ON m.id = r.meting_id WHERE r.id = ?
            """, arguments: [id]) else { return nil }
        let instrument = try instrument(db, rowID: row["instrument_id"]).instrument
        let response = Response(respondent: row["respondent"], wijk: WijkCode(row["wijk"] as String)!, datum: row["datum"],
                                meting: row["label"], answers: AnswerVector.decode(row["answers"], count: instrument.items.count))
        var scores: [String: Double] = [:]
        for (construct, score) in zip(instrument.constructs, ScoreVector.decode(row["scores"])) { scores[construct.id] = score }
        return StoredResponse(id: id, response: response, scores: scores, enteredBy: row["entered_by"],
                              itemIDs: instrument.items.map(\.id))
    }

    /// The response, if `user` may change it: analisten any, veldwerkers only their own.
    private static func ownedResponse(_ db: Database, id: Int64, user: User) throws -> StoredResponse {
        guard let stored = try storedResponse(db, id: id) else { throw EntryError.notFound }
        guard user.role == .analist || (user.role == .veldwerker && stored.enteredBy == user.id) else { throw EntryError.notYours }
        return stored
    }

    private static func instrumentID(_ db: Database, responseID: Int64) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT instrument_id FROM response WHERE id = ?", arguments: [responseID]) ?? 0
    }

    static func instrument(_ db: Database, rowID: Int64) throws -> StoredInstrument {
        guard let source = try String.fetchOne(db, sql: "SELECT definition FROM instrument WHERE id = ?", arguments: [rowID]) else {
            throw StoreError.noInstrument
        }
        return StoredInstrument(rowID: rowID, instrument: try ParsedInstruments.instrument(source))
    }

    static func metingID(creating label: String, db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO meting (label) VALUES (?) ON CONFLICT (label) DO NOTHING", arguments: [label])
        return try metingID(label, db: db)
    }

    static func validReason(_ reason: String) throws -> String {
        guard case .success(let text) = FieldParsing.label(reason, maximum: 500) else { throw EntryError.reasonRequired }
        return text
    }
}

/// Why a correction or deletion was refused.
public enum EntryError: Error, Equatable, CustomStringConvertible, Sendable {
    case notFound
    case notYours
    case reasonRequired

    public var description: String {
        switch self {
        case .notFound: "there is no such entry"
        case .notYours: "you may only change entries you made yourself"
        case .reasonRequired: "give a reason for the change (up to 500 characters)"
        }
    }
}
