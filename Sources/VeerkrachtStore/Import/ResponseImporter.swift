import Foundation
import GRDB
import VeerkrachtCore

extension Store {
    /// Imports a responses file (SPEC §6) all or nothing.
    ///
    /// Every row is validated with the instrument's rules and scored; rows are written inside one
    /// transaction while the file streams by, so the database itself detects duplicate respondents
    /// (in the file or already stored). When any error is found the transaction is rolled back and
    /// `ImportRefused` lists every error by line and column.
    ///
    /// - Parameters:
    ///   - reader: the file, positioned before its header row.
    ///   - source: file name recorded as provenance.
    ///   - meting: meting label for rows without one (`--meting`).
    ///   - instrument: the instrument answered; the most recently registered one by default.
    public func importResponses(from reader: CSVReader, source: String, meting: String? = nil,
                                instrument: StoredInstrument? = nil,
                                progress: (@Sendable (ImportProgress) -> Void)? = nil) throws -> ImportOutcome {
        let stored = try instrument ?? self.instrument()
        guard let header = try Self.nextRecord(reader) else {
            throw ImportRefused(issues: [ImportIssue(line: 1, reason: "the file is empty; expected a header row")], totalIssues: 1, warnings: [])
        }
        let columns = try ResponseColumns(header: header, instrument: stored.instrument, metingOption: meting)
        let preparer = ResponsePreparer(instrument: stored, columns: columns, metingOption: meting)
        return try transactionWithoutForeignKeyChecks { db in
            try Self.importPrepared(from: reader, header: header, source: source, preparer: preparer, progress: progress, db: db)
        }
    }

    /// The import's two halves run side by side: a thread reads, validates, scores and encodes the
    /// rows in batches (`ResponsePreparer`) while this one writes the batches to the database
    /// (`ResponseWriter`). Each half is about half the work, so on two cores the import takes about
    /// as long as the longer half. Issues from both are merged by line.
    private static func importPrepared(from reader: CSVReader, header: CSVRecord, source: String, preparer: ResponsePreparer,
                                       progress: (@Sendable (ImportProgress) -> Void)?, db: Database) throws -> ImportOutcome {
        let warnings = preparer.columns.warnings
        var preparer = preparer
        preparer.rules = try entryRules(db)
        let batchID = try Batch.create(db, kind: "responses", source: source)
        var writer = ResponseWriter(instrument: preparer.instrument, columns: preparer.columns, batchID: batchID)
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
                if batch.rowsSoFar / 10_000 > reported / 10_000 {
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
        var log = result.log
        log.merge(writer.log)
        if result.csvFailed { throw log.refusal(warnings: []) }
        if result.rows == 0 && log.isEmpty {
            log.add(ImportIssue(line: header.line, reason: "the file has a header but no data rows"))
        }
        guard log.isEmpty else { throw log.refusal(warnings: warnings) }
        try writer.checkReferences(db)
        try result.cells.renumbered(writer.metingIDs).write(db)
        try Batch.finish(db, id: batchID, rows: result.rows)
        progress?(ImportProgress(rows: result.rows, bytesRead: result.bytesRead, totalBytes: reader.totalBytes))
        return ImportOutcome(rows: result.rows, warnings: warnings + result.warnings, batchID: batchID)
    }
}

/// Hands a value that is used by one thread at a time to another thread.
private final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
