import Foundation
import GRDB
import VeerkrachtCore

/// One imported file as `veerkracht import list` shows it.
public struct ImportBatch: Sendable, Hashable {
    public let id: Int64
    /// `responses`, `activiteiten` or `gebieden`.
    public let kind: String
    /// The file name as given to the import.
    public let source: String
    public let rows: Int
    /// When it was imported (ISO 8601, UTC).
    public let createdAt: String
    /// When it was undone, if it was.
    public let undoneAt: String?
}

/// Why an import could not be undone.
public enum UndoError: Error, CustomStringConvertible, Sendable, Equatable {
    case unknown(Int64)
    case alreadyUndone(Int64, at: String)
    case notUndoable(Int64, kind: String)
    case closedMeting(Int64, meting: String)

    public var description: String {
        switch self {
        case .unknown(let id): "there is no import \(id) (see `veerkracht import list`)"
        case let .alreadyUndone(id, at): "import \(id) was already undone at \(at)"
        case let .notUndoable(id, kind):
            kind == "gebieden" ? "import \(id) holds names of gebieden, which cannot be undone; import the corrected names again"
                : "\(id) is not an imported file (\(kind)); correct or delete form entries in the web app"
        case let .closedMeting(id, meting):
            "import \(id) holds responses of meting '\(meting)', which is closed; reopen it first with `veerkracht metingen reopen '\(meting)'`"
        }
    }
}

extension Store {
    /// Imported files, newest first (form entries are not listed: they are corrected one by one).
    public func importBatches(limit: Int = 100) throws -> [ImportBatch] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, kind, source, rows, created_at, undone_at FROM batch WHERE source NOT LIKE ? ORDER BY id DESC LIMIT ?
                """, arguments: [Batch.formSourcePattern, limit]).map {
                ImportBatch(id: $0["id"], kind: $0["kind"], source: $0["source"], rows: $0["rows"], createdAt: $0["created_at"],
                            undoneAt: $0["undone_at"])
            }
        }
    }

    /// Removes exactly the rows of one imported file of responses or activities, recomputes the
    /// cells they were in and writes an audit line, in one transaction. Refused when the file holds
    /// responses of a closed meting. Returns the number of rows removed.
    @discardableResult
    public func undoImport(_ id: Int64, by actor: Actor) throws -> Int {
        try database.write { db in
            guard let batch = try Row.fetchOne(db, sql: "SELECT kind, source, undone_at FROM batch WHERE id = ?", arguments: [id]) else {
                throw UndoError.unknown(id)
            }
            let kind: String = batch["kind"], source: String = batch["source"]
            if let undone = batch["undone_at"] as String? { throw UndoError.alreadyUndone(id, at: undone) }
            guard ["responses", "activiteiten"].contains(kind), !Batch.isForm(source) else { throw UndoError.notUndoable(id, kind: kind) }
            let removed: Int
            if kind == "responses" {
                let cells = try Row.fetchAll(db, sql: """
                    SELECT DISTINCT r.meting_id, r.wijk, m.label, m.gesloten FROM response r JOIN meting m ON m.id = r.meting_id
                    WHERE r.batch_id = ?
                    """, arguments: [id])
                if let closed = cells.first(where: { $0["gesloten"] as Bool }) { throw UndoError.closedMeting(id, meting: closed["label"]) }
                try db.execute(sql: "DELETE FROM response WHERE batch_id = ?", arguments: [id])
                removed = db.changesCount
                for cell in cells { try Self.refreshCells(db, metingID: cell["meting_id"], wijk: cell["wijk"]) }
            } else {
                try db.execute(sql: "DELETE FROM activiteit WHERE batch_id = ?", arguments: [id])
                removed = db.changesCount
            }
            try db.execute(sql: "UPDATE batch SET undone_at = ? WHERE id = ?", arguments: [Timestamp.now(), id])
            try AuditLog.write(db, by: actor, action: .undo, entity: .batch, id: id, reason: nil, old: nil,
                               new: AuditLog.text(["kind": kind, "source": source, "rows_removed": removed]))
            return removed
        }
    }

    /// Whether the database holds demo data (from `veerkracht demo`) that was not undone.
    public func holdsDemoData() throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM batch WHERE source LIKE 'demo:%' AND undone_at IS NULL)") ?? false
        }
    }
}
