import GRDB
import VeerkrachtCore

/// What an analist decides about a story.
public enum VerhaalDecision: String, Sendable, CaseIterable {
    /// Shown in reports from now on.
    case approve
    /// Not shown; the note tells the author why.
    case reject
    /// Also shown in the gemeente summary (an approved story only).
    case highlight
    /// No longer in the gemeente summary.
    case unhighlight
}

/// Why a review decision was refused.
public enum VerhaalReviewError: Error, Equatable, CustomStringConvertible, Sendable {
    case notFound
    /// A rejection needs a note for the author (up to 500 characters).
    case noteRequired
    /// The decision does not apply to a story with this status and highlight.
    case notApplicable(VerhaalDecision, VerhaalStatus, uitgelicht: Bool)

    public var description: String {
        switch self {
        case .notFound: "there is no such story"
        case .noteRequired: "say why the story is rejected (up to 500 characters), so that its author can change it"
        case let .notApplicable(decision, status, uitgelicht):
            "cannot \(decision.rawValue) a story that is \(status.rawValue)\(uitgelicht ? " and highlighted" : "")"
        }
    }
}

extension Store {
    /// Records an analist's decision about a story, with the audit log, in one transaction (the
    /// web app lets only analisten review; a command is run by one). Approving takes a waiting or
    /// rejected story; rejecting (with a note) a waiting or approved one, which also ends its
    /// highlight; highlighting an approved one.
    @discardableResult
    public func reviewVerhaal(id: Int64, _ decision: VerhaalDecision, note: String, by actor: Actor) throws -> StoredVerhaal {
        let note = FieldParsing.trimmed(note).isEmpty ? nil : try Self.validReason(note)
        if decision == .reject && note == nil { throw VerhaalReviewError.noteRequired }
        return try database.write { db in
            guard var record = try VerhaalRecord.fetchOne(db, key: id) else { throw VerhaalReviewError.notFound }
            let old = record.stored
            let approved = old.status == .goedgekeurd
            switch decision {
            case .approve where !approved: record.status = VerhaalStatus.goedgekeurd.rawValue
            case .reject where old.status != .afgewezen: (record.status, record.uitgelicht) = (VerhaalStatus.afgewezen.rawValue, false)
            case .highlight where approved && !old.uitgelicht: record.uitgelicht = true
            case .unhighlight where old.uitgelicht: record.uitgelicht = false
            default: throw VerhaalReviewError.notApplicable(decision, old.status, uitgelicht: old.uitgelicht)
            }
            if decision == .approve || decision == .reject { (record.beoordeling, record.beoordeeldDoor) = (note, actor.name) }
            try record.update(db)
            let new = record.stored
            try AuditLog.write(db, by: actor, action: AuditLog.Action(decision), entity: .verhaal, id: id, reason: note,
                               old: VerhaalEntry.json(old), new: VerhaalEntry.json(new))
            return new
        }
    }

    /// Stories for review, of every source (form or file): those with `status`, or all when nil;
    /// waiting ones first, then the newest.
    public func verhalen(status: VerhaalStatus? = nil, limit: Int = 500) throws -> [StoredVerhaal] {
        try database.read { db in
            var request = VerhaalRecord.all()
            if let status { request = request.filter(VerhaalRecord.Columns.status == status.rawValue) }
            let waitingFirst = SQL("CASE status WHEN 'ingediend' THEN 0 ELSE 1 END").sqlExpression
            return try request.order(waitingFirst, VerhaalRecord.Columns.id.desc).limit(limit).fetchAll(db).map(\.stored)
        }
    }

    /// The number of stories with each status.
    public func verhaalCounts() throws -> [VerhaalStatus: Int] {
        try database.read { db in
            var counts: [VerhaalStatus: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, count(*) FROM verhaal GROUP BY status") {
                if let status = VerhaalStatus(rawValue: row[0]) { counts[status] = row[1] }
            }
            return counts
        }
    }

    /// The audit log's lines about one story, oldest first: its entry, changes and reviews.
    public func verhaalHistory(id: Int64) throws -> [AuditEntry] {
        try database.read { db in
            try AuditRecord.filter(AuditRecord.Columns.entity == AuditLog.Entity.verhaal.rawValue && AuditRecord.Columns.entityID == id)
                .order(AuditRecord.Columns.id).fetchAll(db).map(\.entry)
        }
    }

    /// The approved stories of `wijken` dated from `from` through `through` (either open), in date
    /// order: what a report may show once it has checked the wijk's figures are not withheld.
    public func approvedVerhalen(wijken: [WijkCode], from: String?, through: String?) throws -> [ApprovedVerhaal] {
        guard !wijken.isEmpty else { return [] }
        return try database.read { db in
            let columns = VerhaalRecord.Columns.self
            var request = VerhaalRecord.filter(columns.status == VerhaalStatus.goedgekeurd.rawValue)
                .filter(wijken.map(\.rawValue).contains(columns.wijk))
            if let from { request = request.filter(columns.datum >= from) }
            if let through { request = request.filter(columns.datum <= through) }
            return try request.order(columns.datum, columns.id).fetchAll(db).map {
                ApprovedVerhaal(id: $0.id!, verhaal: $0.verhaal, uitgelicht: $0.uitgelicht)
            }
        }
    }
}

private extension AuditLog.Action {
    init(_ decision: VerhaalDecision) {
        self = switch decision {
        case .approve: .approve
        case .reject: .reject
        case .highlight: .highlight
        case .unhighlight: .unhighlight
        }
    }
}
