import Foundation
import GRDB
import VeerkrachtCore

/// One imported file, as the list of imports shows it.
public struct ImportBatch: Sendable, Hashable {
    public let id: Int64
    /// `responses`, `activiteiten`, `verhalen` or `gebieden`.
    public let kind: String
    /// The file name as given to the import.
    public let source: String
    public let rows: Int
    /// When it was imported (ISO 8601, UTC).
    public let createdAt: String
    /// When it was undone, if it was.
    public let undoneAt: String?
}

/// Why an import could not be undone. The description states the fact; the command line adds
/// what to do.
public enum UndoError: Error, CustomStringConvertible, Sendable, Equatable {
    case unknown(Int64)
    case alreadyUndone(Int64, at: String)
    case notUndoable(Int64, kind: String)
    case closedMeting(Int64, meting: String)

    public var description: String {
        switch self {
        case .unknown(let id): "there is no import \(id)"
        case let .alreadyUndone(id, at): "import \(id) was already undone at \(at)"
        case let .notUndoable(id, kind):
            kind == "gebieden" ? "import \(id) holds names of gebieden, which cannot be undone; import the corrected names again"
                : "\(id) is not an imported file (\(kind)); correct or delete form entries in the web app"
        case let .closedMeting(id, meting):
            "import \(id) holds responses of meting '\(meting)', which is closed"
        }
    }
}

extension Store {
    /// Imported files, newest first (form entries are not listed: they are corrected one by one).
    public func importBatches(limit: Int = 100) throws -> [ImportBatch] {
        try database.read { db in
            try BatchRecord.filter(!BatchRecord.Columns.source.like(Batch.formSourcePattern)).order(BatchRecord.Columns.id.desc).limit(limit)
                .fetchAll(db).map {
                    ImportBatch(id: $0.id!, kind: $0.kind, source: $0.source, rows: $0.rows, createdAt: $0.createdAt, undoneAt: $0.undoneAt)
                }
        }
    }

    /// Removes exactly the rows of one imported file of responses, activities or verhalen, recomputes the
    /// cells they were in and writes an audit line, in one transaction. Refused when the file holds
    /// responses of a closed meting. Returns the number of rows removed.
    @discardableResult
    public func undoImport(_ id: Int64, by actor: Actor) throws -> Int {
        try database.write { db in
            guard var batch = try BatchRecord.fetchOne(db, key: id) else { throw UndoError.unknown(id) }
            let kind = batch.kind, source = batch.source
            if let undone = batch.undoneAt { throw UndoError.alreadyUndone(id, at: undone) }
            guard ["responses", "activiteiten", "verhalen"].contains(kind), !Batch.isForm(source) else { throw UndoError.notUndoable(id, kind: kind) }
            let removed: Int
            if kind == "responses" {
                // The batch's rows lie in its range of ids (`response` has no index on its batch).
                let ids: [DatabaseValueConvertible?] = [batch.firstResponseID, batch.lastResponseID, id]
                let cells = try Row.fetchAll(db, sql: """
                    SELECT DISTINCT r.meting_id, r.wijk, m.label, m.gesloten FROM response r JOIN meting m ON m.id = r.meting_id
                    WHERE r.id BETWEEN ? AND ? AND r.batch_id = ?
                    """, arguments: StatementArguments(ids))
                if let closed = cells.first(where: { $0["gesloten"] as Bool }) { throw UndoError.closedMeting(id, meting: closed["label"]) }
                try db.execute(sql: "DELETE FROM response WHERE id BETWEEN ? AND ? AND batch_id = ?", arguments: StatementArguments(ids))
                removed = db.changesCount
                for cell in cells { try Self.refreshCells(db, metingID: cell["meting_id"], wijk: cell["wijk"]) }
            } else if kind == "verhalen" {
                removed = try VerhaalRecord.filter(VerhaalRecord.Columns.batchID == id).deleteAll(db)
            } else {
                removed = try ActivityRecord.filter(ActivityRecord.Columns.batchID == id).deleteAll(db)
            }
            batch.undoneAt = Timestamp.now()
            try batch.update(db, columns: [BatchRecord.Columns.undoneAt])
            try AuditLog.write(db, by: actor, action: .undo, entity: .batch, id: id, reason: nil, old: nil,
                               new: AuditLog.text(["kind": kind, "source": source, "rows_removed": removed]))
            return removed
        }
    }

    /// Whether the database holds demo data (imports whose source starts with `demo:`) that was not undone.
    public func holdsDemoData() throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM batch WHERE source LIKE 'demo:%' AND undone_at IS NULL)") ?? false
        }
    }
}
