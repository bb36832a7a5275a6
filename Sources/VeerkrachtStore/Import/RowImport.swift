import GRDB

/// One kind of row import (activities): validates and stores a row at a time, recording problems
/// in `log` instead of stopping. (Responses, the large files, have their own two-thread loop in
/// `ResponseImporter.swift` with the same all-or-nothing rules.)
protocol RowImporter {
    var log: IssueLog { get set }
    mutating func importRow(_ record: CSVRecord, batchID: Int64, db: Database) throws
    /// Called once every row is in and none was refused, inside the same transaction; returns
    /// warnings about the whole import.
    mutating func finish(_ db: Database) throws -> [String]
}

extension Store {
    /// The all-or-nothing import loop shared by every importer: one transaction, one batch row,
    /// every data row after `header` through the importer, progress every 10,000 rows, and a
    /// rollback with every problem listed when any row was refused.
    func importRows<Importer: RowImporter>(
        from reader: CSVReader, header: CSVRecord, kind: String, source: String, warnings: [String],
        progress: (@Sendable (ImportProgress) -> Void)?, makeImporter: (Database) throws -> Importer
    ) throws -> ImportOutcome {
        try database.write { db in
            var importer = try makeImporter(db)
            let batchID = try Batch.create(db, kind: kind, source: source)
            var rows = 0
            while let record = try Self.nextRecord(reader, log: &importer.log) {
                try importer.importRow(record, batchID: batchID, db: db)
                rows += 1
                if rows % 10_000 == 0 {
                    progress?(ImportProgress(rows: rows, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes))
                }
            }
            if rows == 0 && importer.log.isEmpty {
                importer.log.add(ImportIssue(line: header.line, reason: "the file has a header but no data rows"))
            }
            guard importer.log.isEmpty else { throw importer.log.refusal(warnings: warnings) }
            let closing = try importer.finish(db)
            try Batch.finish(db, id: batchID, rows: rows)
            progress?(ImportProgress(rows: rows, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes))
            return ImportOutcome(rows: rows, warnings: warnings + closing, batchID: batchID)
        }
    }

    /// Runs `body` in one write transaction with foreign key enforcement off for its duration (the
    /// pragma only changes outside a transaction; it is restored afterwards). For importers that
    /// insert or look up every parent row they refer to, and check them before committing: SQLite's
    /// per-row checks cost several B-tree lookups for every row.
    func transactionWithoutForeignKeyChecks<T>(_ body: (Database) throws -> T) throws -> T {
        try database.writeWithoutTransaction { db in
            let enforced = try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false
            if enforced { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
            defer { if enforced { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    /// The next record, turning a malformed file into a refusal at its line.
    static func nextRecord(_ reader: CSVReader) throws(ImportRefused) -> CSVRecord? {
        var log = IssueLog()
        let record = try nextRecord(reader, log: &log)
        guard log.isEmpty else { throw log.refusal(warnings: []) }
        return record
    }

    /// The next record; a CSV syntax error ends the file, recorded in `log`.
    static func nextRecord(_ reader: CSVReader, log: inout IssueLog) throws(ImportRefused) -> CSVRecord? {
        try nextRow(reader, log: &log)?.record
    }

    /// The next record as raw fields; a CSV syntax error ends the file, recorded in `log`.
    static func nextRow(_ reader: CSVReader, log: inout IssueLog) throws(ImportRefused) -> CSVRow? {
        do {
            return try reader.nextRow()
        } catch let error as CSVError {
            log.add(ImportIssue(line: error.line, reason: error.message))
            throw log.refusal(warnings: [])
        } catch {
            log.add(ImportIssue(line: 0, reason: "\(error)"))
            throw log.refusal(warnings: [])
        }
    }
}
