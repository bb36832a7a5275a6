import Foundation
import GRDB
import VeerkrachtCore

/// A meting with what it holds, for the list of metingen.
public struct MetingSummary: Sendable, Hashable {
    public let meting: Meting
    public let responses: Int
    /// The first and last date answered; nil when empty.
    public let firstDate: String?
    public let lastDate: String?
}

/// Why a meting could not be managed as asked. The description states the fact; the command line
/// adds what to do.
public enum MetingError: Error, CustomStringConvertible, Sendable, Equatable {
    case unknown(String, known: [String])
    case exists(String)
    case invalid(String, FieldProblem)
    case notEmpty(String, responses: Int)
    case closed(String)
    case sharedRespondents(from: String, into: String, examples: [String], total: Int)
    case outsidePeriod(String, responses: Int, first: String, last: String)

    public var description: String {
        switch self {
        case let .unknown(label, known):
            "there is no meting '\(label)'" + (known.isEmpty ? " (the database has none yet)" : " (known: \(known.joined(separator: ", ")))")
        case .exists(let label): "there is already a meting '\(label)'"
        case let .invalid(text, problem): "meting '\(text)': \(problem)"
        case let .notEmpty(label, responses):
            "meting '\(label)' holds \(responses) response\(responses == 1 ? "" : "s"); only an empty meting can be removed"
        case .closed(let label): "meting '\(label)' is closed"
        case let .sharedRespondents(from, into, examples, total):
            "\(total) respondent\(total == 1 ? "" : "s") answered both '\(from)' and '\(into)' (e.g. \(examples.joined(separator: ", "))); "
                + "a respondent answers once per meting, so these metingen cannot be merged"
        case let .outsidePeriod(label, responses, first, last):
            "\(responses) response\(responses == 1 ? "" : "s") of meting '\(label)' (answered \(first) to \(last)) "
                + "would fall outside that period"
        }
    }
}

extension Store {
    /// Every meting with its responses, in time order (`Meting.chronological`).
    public func metingen() throws -> [MetingSummary] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.*,
                    (SELECT count(*) FROM response WHERE meting_id = m.id) AS n,
                    (SELECT min(datum) FROM response WHERE meting_id = m.id) AS first,
                    (SELECT max(datum) FROM response WHERE meting_id = m.id) AS last
                FROM meting m
                """).map { try MetingSummary(meting: MetingRecord(row: $0).meting, responses: $0["n"], firstDate: $0["first"], lastDate: $0["last"]) }
                .sorted { Meting.chronological($0.meting, $1.meting) }
        }
    }

    /// The metingen without what they hold (cheap), in the same order as `metingen()`.
    public func metingList() throws -> [Meting] {
        try database.read { db in try Self.metingList(db) }
    }

    /// Adds an open meting with an optional period.
    @discardableResult
    public func addMeting(_ label: String, from: String? = nil, to: String? = nil, by actor: Actor) throws -> Meting {
        let label = try Self.newLabel(label)
        let period = try Self.period(label, from: from, to: to)
        return try database.write { db in
            guard try Self.metingRow(db, label) == nil else { throw MetingError.exists(label) }
            let meting = Meting(label: label, from: period.from, to: period.to)
            var record = MetingRecord(meting)
            try record.insert(db)
            try AuditLog.write(db, by: actor, action: .add, entity: .meting, id: record.id!, reason: nil, old: nil, new: AuditLog.json(meting))
            return meting
        }
    }

    /// Gives a meting another label (to correct a typo); its responses stay with it.
    public func renameMeting(_ label: String, to newLabel: String, by actor: Actor) throws {
        let newLabel = try Self.newLabel(newLabel)
        try database.write { db in
            let (id, old) = try Self.existingMeting(db, label)
            guard try Self.metingRow(db, newLabel) == nil else { throw MetingError.exists(newLabel) }
            try MetingRecord.filter(key: id).updateAll(db, MetingRecord.Columns.label.set(to: newLabel))
            try AuditLog.write(db, by: actor, action: .rename, entity: .meting, id: id, reason: nil, old: AuditLog.json(old),
                               new: AuditLog.json(Meting(label: newLabel, from: old.from, to: old.to, isClosed: old.isClosed)))
        }
    }

    /// Moves every response of `label` into `target` and removes `label` (for a meting made by a
    /// typo). Refused when a respondent answered both, or a response falls outside the target's period.
    /// Returns the number of responses moved.
    @discardableResult
    public func mergeMeting(_ label: String, into target: String, by actor: Actor) throws -> Int {
        try database.write { db in
            let (fromID, from) = try Self.existingMeting(db, label)
            let (intoID, into) = try Self.existingMeting(db, target)
            guard fromID != intoID else { throw MetingError.exists(target) }
            for meting in [from, into] where meting.isClosed { throw MetingError.closed(meting.label) }
            let shared = try String.fetchAll(db, sql: """
                SELECT a.respondent FROM response a JOIN response b ON b.respondent = a.respondent AND b.meting_id = ?
                WHERE a.meting_id = ? ORDER BY a.respondent
                """, arguments: [intoID, fromID])
            guard shared.isEmpty else {
                throw MetingError.sharedRespondents(from: label, into: target, examples: Array(shared.prefix(5)), total: shared.count)
            }
            try Self.requireWithinPeriod(db, metingID: fromID, label: target, from: into.from, to: into.to)
            let moved = try ResponseRecord.filter(ResponseRecord.Columns.metingID == fromID)
                .updateAll(db, ResponseRecord.Columns.metingID.set(to: intoID))
            try db.execute(sql: "DELETE FROM score_cell WHERE meting_id IN (?, ?)", arguments: [fromID, intoID])
            for wijk in try String.fetchAll(db, sql: "SELECT DISTINCT wijk FROM response WHERE meting_id = ?", arguments: [intoID]) {
                try Self.refreshCells(db, metingID: intoID, wijk: wijk)
            }
            try MetingRecord.deleteOne(db, key: fromID)
            try AuditLog.write(db, by: actor, action: .merge, entity: .meting, id: fromID, reason: nil, old: AuditLog.json(from),
                               new: AuditLog.text(["merged_into": target, "responses": moved]))
            return moved
        }
    }

    /// Sets or clears a meting's period; every response it holds must fall inside the new one.
    public func setMetingPeriod(_ label: String, from: String?, to: String?, by actor: Actor) throws {
        try database.write { db in
            let (id, old) = try Self.existingMeting(db, label)
            guard !old.isClosed else { throw MetingError.closed(label) }
            let period = try Self.period(label, from: from, to: to)
            try Self.requireWithinPeriod(db, metingID: id, label: label, from: period.from, to: period.to)
            try MetingRecord.filter(key: id).updateAll(db, MetingRecord.Columns.van.set(to: period.from), MetingRecord.Columns.tot.set(to: period.to))
            try AuditLog.write(db, by: actor, action: .period, entity: .meting, id: id, reason: nil, old: AuditLog.json(old),
                               new: AuditLog.json(Meting(label: label, from: period.from, to: period.to)))
        }
    }

    /// Closes a meting: no new responses, corrections, deletions or imports; gemeente accounts see it.
    public func closeMeting(_ label: String, by actor: Actor) throws { try setClosed(label, true, action: .close, by: actor) }

    /// Opens a closed meting again (gemeente accounts no longer see it).
    public func reopenMeting(_ label: String, by actor: Actor) throws { try setClosed(label, false, action: .reopen, by: actor) }

    /// Removes an empty meting.
    public func removeMeting(_ label: String, by actor: Actor) throws {
        try database.write { db in
            let (id, old) = try Self.existingMeting(db, label)
            let responses = try ResponseRecord.filter(ResponseRecord.Columns.metingID == id).fetchCount(db)
            guard responses == 0 else { throw MetingError.notEmpty(label, responses: responses) }
            try db.execute(sql: "DELETE FROM score_cell WHERE meting_id = ?", arguments: [id])
            try MetingRecord.deleteOne(db, key: id)
            try AuditLog.write(db, by: actor, action: .remove, entity: .meting, id: id, reason: nil, old: AuditLog.json(old), new: nil)
        }
    }

    // MARK: Helpers

    private func setClosed(_ label: String, _ closed: Bool, action: AuditLog.Action, by actor: Actor) throws {
        try database.write { db in
            let (id, old) = try Self.existingMeting(db, label)
            guard old.isClosed != closed else { return }
            try MetingRecord.filter(key: id).updateAll(db, MetingRecord.Columns.gesloten.set(to: closed))
            try AuditLog.write(db, by: actor, action: action, entity: .meting, id: id, reason: nil, old: AuditLog.json(old),
                               new: AuditLog.json(Meting(label: old.label, from: old.from, to: old.to, isClosed: closed)))
        }
    }

    static func metingList(_ db: Database) throws -> [Meting] {
        try MetingRecord.inOrder(db).map(\.meting)
    }

    /// The rules for the meting and date of incoming responses, as the database stands.
    static func metingRules(_ db: Database) throws -> MetingRules {
        MetingRules(known: try metingList(db), today: Timestamp.today())
    }

    /// The row id and meting of `label` (in NFC, as stored), if the database has it.
    static func metingRow(_ db: Database, _ label: String) throws -> (id: Int64, meting: Meting)? {
        let label = (try? FieldParsing.label(label, maximum: .max).get()) ?? label
        guard let record = try MetingRecord.filter(MetingRecord.Columns.label == label).fetchOne(db) else { return nil }
        return (record.id!, record.meting)
    }

    private static func existingMeting(_ db: Database, _ label: String) throws -> (id: Int64, meting: Meting) {
        guard let found = try metingRow(db, label) else { throw MetingError.unknown(label, known: try metingList(db).map(\.label)) }
        return found
    }

    private static func newLabel(_ text: String) throws -> String {
        do { return try Meting.label(text).get() } catch let problem { throw MetingError.invalid(text, problem) }
    }

    private static func period(_ label: String, from: String?, to: String?) throws -> (from: String?, to: String?) {
        do { return try Meting.period(from: from, to: to).get() } catch let problem { throw MetingError.invalid(label, problem) }
    }

    private static func requireWithinPeriod(_ db: Database, metingID: Int64, label: String, from: String?, to: String?) throws {
        let row = try Row.fetchOne(db, sql: """
            SELECT count(*) AS n, min(datum) AS first, max(datum) AS last FROM response
            WHERE meting_id = ? AND (datum < coalesce(?, '0000-00-00') OR datum > coalesce(?, '9999-99-99'))
            """, arguments: [metingID, from, to])
        guard let row, let count = row["n"] as Int?, count > 0 else { return }
        throw MetingError.outsidePeriod(label, responses: count, first: row["first"], last: row["last"])
    }
}

extension AuditLog {
    /// A meting's label, period and state as JSON.
    static func json(_ meting: Meting) -> String {
        text(["label": meting.label, "van": meting.from ?? NSNull(), "tot": meting.to ?? NSNull(), "gesloten": meting.isClosed])
    }
}
