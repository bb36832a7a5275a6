import Foundation
import GRDB
import VeerkrachtCSV

extension Store {
    /// **PipelinedImport**, the import engine for responses, the files of up to millions of rows
    /// whose speed `BENCHMARKS.md` measures. Use it for nothing else: a new format goes through
    /// `importRows` (`RowImport`), which is simpler; `Import/README.md` says why there are two.
    ///
    /// The import's two halves run side by side: a thread reads the raw UTF-8 fields
    /// (`CSVReader.nextRow()`), validates, scores and encodes the rows in batches
    /// (`ResponsePreparer`) while this one writes the batches to the database (`ResponseWriter`,
    /// one INSERT bound through the SQLite C API). Each half is about half the work, so on two
    /// cores the import takes about as long as the longer half. A large file is written without
    /// the unique index of respondents, which is built after it (`RespondentIndex`). Issues from
    /// both are merged by line. All or nothing, in one transaction without per-row foreign key checks (the writer
    /// checks the references once, before the commit).
    func importPipelined(from reader: CSVReader, header: CSVRecord, source: String, preparer: ResponsePreparer,
                         progress: (@Sendable (ImportProgress) -> Void)?) throws -> ImportOutcome {
        try transactionWithoutForeignKeyChecks { db in
            try Self.pipeline(from: reader, header: header, source: source, preparer: preparer, progress: progress, db: db)
        }
    }

    private static func pipeline(from reader: CSVReader, header: CSVRecord, source: String, preparer: ResponsePreparer,
                                 progress: (@Sendable (ImportProgress) -> Void)?, db: Database) throws -> ImportOutcome {
        let warnings = preparer.columns.warnings
        var preparer = preparer
        preparer.rules = try entryRules(db)
        let batchID = try Batch.create(db, kind: "responses", source: source)
        var writer = ResponseWriter(instrument: preparer.instrument, columns: preparer.columns, batchID: batchID)
        let indexDropped = try RespondentIndex.dropForLargeImport(fileBytes: reader.totalBytes, db: db)
        let previousID = try Batch.lastResponseID(db)
        let channel = BatchChannel()
        let producer = UncheckedBox((reader, preparer))
        let thread = Thread {
            var (reader, preparer) = producer.value
            channel.finish(preparer.run(reader, channel: channel))
        }
        thread.stackSize = 1 << 20
        thread.start()
        var reported = 0
        do {
            while let batch = channel.take() {
                try writer.write(batch, db: db)
                if batch.rowsSoFar / ImportProgress.interval > reported / ImportProgress.interval {
                    progress?(ImportProgress(rows: batch.rowsSoFar, bytesRead: batch.bytesRead, totalBytes: reader.totalBytes))
                }
                reported = batch.rowsSoFar
            }
        } catch {
            channel.cancel()
            _ = channel.result()
            throw error
        }
        let result = channel.result()
        if indexDropped { try writer.restoreRespondentIndex(db) }
        var log = result.log
        log.merge(writer.log)
        if result.csvFailed { throw log.refusal(warnings: []) }
        if result.rows == 0 && log.isEmpty {
            log.add(.noDataRows(header: header.line))
        }
        guard log.isEmpty else { throw log.refusal(warnings: warnings) }
        try writer.checkReferences(db)
        try result.cells.renumbered(writer.metingIDs).write(db)
        try Batch.finish(db, id: batchID, rows: result.rows)
        try Batch.recordResponseIDs(db, id: batchID, after: previousID)
        progress?(ImportProgress(rows: result.rows, bytesRead: result.bytesRead, totalBytes: reader.totalBytes))
        return ImportOutcome(rows: result.rows, warnings: warnings + result.warnings, batchID: batchID)
    }

    /// Runs `body` in one write transaction with foreign key enforcement off for its duration (the
    /// pragma only changes outside a transaction; it is restored afterwards). For importers that
    /// insert or look up every parent row they refer to, and check them before committing: SQLite's
    /// per-row checks cost several B-tree lookups for every row.
    private func transactionWithoutForeignKeyChecks<T>(_ body: (Database) throws -> T) throws -> T {
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
}

/// Hands a value that is used by one thread at a time to another thread.
private final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
