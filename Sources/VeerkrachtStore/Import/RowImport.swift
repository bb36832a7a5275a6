import GRDB

/// One kind of row import (responses, activities): validates and stores a row at a time,
/// recording problems in `log` instead of stopping.
protocol RowImporter {
    var log: IssueLog { get set }
    mutating func importRow(_ record: CSVRecord, batchID: Int64, db: Database) throws
    /// Called once every row is in and none was refused, inside the same transaction.
    mutating func finish(_ db: Database) throws
}

extension RowImporter {
    mutating func finish(_ db: Database) throws {}
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
            try importer.finish(db)
            try Batch.finish(db, id: batchID, rows: rows)
            progress?(ImportProgress(rows: rows, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes))
            return ImportOutcome(rows: rows, warnings: warnings, batchID: batchID)
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
        do {
            return try reader.next()
        } catch let error as CSVError {
            log.add(ImportIssue(line: error.line, reason: error.message))
            throw log.refusal(warnings: [])
        } catch {
            log.add(ImportIssue(line: 0, reason: "\(error)"))
            throw log.refusal(warnings: [])
        }
    }
}
