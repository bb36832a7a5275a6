import GRDB
import VeerkrachtCSV

/// One kind of file for `RowImport` (activities, gebieden): validates and stores a row at a time,
/// recording problems in `log` instead of stopping.
protocol RowImporter {
    /// Whether a file with a header and no data rows is refused: a data file without data was
    /// probably exported wrongly, while a list of names may be empty.
    static var needsDataRows: Bool { get }
    var log: IssueLog { get set }
    mutating func importRow(_ record: CSVRecord, batchID: Int64, db: Database) throws
    /// Called once every row is in and none was refused, inside the same transaction; returns
    /// warnings about the whole import.
    mutating func finish(_ db: Database) throws -> [String]
}

extension Store {
    /// **RowImport**, the import engine for every file but responses: one thread, one record at a
    /// time, each row checked and written through GRDB, SQLite checking foreign keys per row. Use
    /// it for a new import format: files of hundreds or thousands of rows, whose checks may query
    /// the database row by row. (Responses, files of up to millions of rows, have their own
    /// two-thread engine, `importPipelined`; `Import/README.md` says why.)
    ///
    /// All or nothing: one transaction, one batch row, every data row after `header` through the
    /// importer, progress every `ImportProgress.interval` rows, and a rollback with every problem
    /// listed when any row was refused.
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
                if rows % ImportProgress.interval == 0 {
                    progress?(ImportProgress(rows: rows, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes))
                }
            }
            if rows == 0 && importer.log.isEmpty && Importer.needsDataRows {
                importer.log.add(.noDataRows(header: header.line))
            }
            guard importer.log.isEmpty else { throw importer.log.refusal(warnings: warnings) }
            let closing = try importer.finish(db)
            try Batch.finish(db, id: batchID, rows: rows)
            progress?(ImportProgress(rows: rows, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes))
            return ImportOutcome(rows: rows, warnings: warnings + closing, batchID: batchID)
        }
    }
}
