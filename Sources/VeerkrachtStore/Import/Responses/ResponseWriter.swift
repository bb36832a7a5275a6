import GRDB
import VeerkrachtCore

/// The writing half of a responses import: binds the prepared rows to INSERTs prepared once and
/// run through the SQLite C API (`ResponseRecord.importInsertSQL`), `rowsPerInsert` rows a
/// statement (each statement run costs SQLite as much again as a row: opening the table and its
/// indexes, the AUTOINCREMENT sequence read and written). A statement that breaks the unique
/// index is undone whole by SQLite and its rows inserted one by one, so the same rows are stored
/// under the same ids as row by row. Notes duplicate respondents (the unique index
/// `response_by_respondent` finds them, in the file or already stored, row by row or when it is
/// built after a large import: `RespondentIndex`).
struct ResponseWriter {
    /// Where each value is bound in the INSERT.
    private let at = (respondent: ResponseRecord.importPosition(.respondent), meting: ResponseRecord.importPosition(.metingID),
                      wijk: ResponseRecord.importPosition(.wijk), datum: ResponseRecord.importPosition(.datum),
                      instrument: ResponseRecord.importPosition(.instrumentID), answers: ResponseRecord.importPosition(.answers),
                      scores: ResponseRecord.importPosition(.scores), batch: ResponseRecord.importPosition(.batchID),
                      line: ResponseRecord.importPosition(.sourceLine))

    let instrument: StoredInstrument
    let columns: ResponseColumns
    let batchID: Int64
    var log = IssueLog()
    private(set) var metingIDs: [Int64] = []
    private var metingLabels: [String] = []
    private var wijken: [WijkCode] = []
    private var wijkBytes: [[UInt8]] = []
    private var areas = AreaRegistry()
    private var insert: RawStatement?
    private var insertMany: RawStatement?
    /// Rows bound to one statement (9 parameters each, well below SQLite's limit of 32,766).
    static let rowsPerInsert = 256

    init(instrument: StoredInstrument, columns: ResponseColumns, batchID: Int64) {
        self.instrument = instrument
        self.columns = columns
        self.batchID = batchID
    }

    mutating func write(_ batch: PreparedBatch, db: Database) throws {
        for label in batch.newMetingen {
            metingIDs.append(try MetingRecord.id(addingIfNew: label, db: db))
            metingLabels.append(label)
        }
        for wijk in batch.newWijken {
            try areas.ensure(wijk, db: db)
            wijken.append(wijk)
            wijkBytes.append(Array(wijk.rawValue.utf8))
        }
        let insert = try self.insert ?? RawStatement(db, sql: ResponseRecord.importInsertSQL)
        self.insert = insert
        let insertMany = try self.insertMany ?? RawStatement(db, sql: ResponseRecord.importInsertSQL(rows: Self.rowsPerInsert))
        self.insertMany = insertMany
        defer {
            insert.clearBindings()
            insertMany.clearBindings()
        }
        try batch.bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < batch.rows.count {
                let many = batch.rows.count - start >= Self.rowsPerInsert
                let rows = batch.rows[start..<start + (many ? Self.rowsPerInsert : 1)]
                start = rows.endIndex
                let statement = many ? insertMany : insert
                for (offset, row) in rows.enumerated() {
                    bind(row, at: Int32(offset * ResponseRecord.importColumns.count), to: statement, bytes: bytes)
                }
                if try statement.step(db) { continue }
                if many {
                    // Broke the unique index: nothing of it is stored; find the duplicates row by row.
                    for row in rows {
                        bind(row, at: 0, to: insert, bytes: bytes)
                        if try !insert.step(db) { try logDuplicate(row, bytes: bytes, db: db) }
                    }
                } else {
                    try logDuplicate(rows[rows.startIndex], bytes: bytes, db: db)
                }
            }
        }
    }

    /// Binds `row` to the parameters after `offset` of `statement`.
    @inline(__always)
    private func bind(_ row: PreparedBatch.Row, at offset: Int32, to statement: RawStatement, bytes: UnsafeBufferPointer<UInt8>) {
        wijkBytes[row.wijk].withUnsafeBufferPointer { wijk in
            statement.bind(offset + at.respondent, text: UnsafeBufferPointer(rebasing: bytes[row.respondent]))
            statement.bind(offset + at.meting, metingIDs[row.meting])
            statement.bind(offset + at.wijk, text: wijk)
            statement.bind(offset + at.datum, text: UnsafeBufferPointer(rebasing: bytes[row.datum]))
            statement.bind(offset + at.instrument, instrument.rowID)
            statement.bind(offset + at.answers, blob: UnsafeBufferPointer(rebasing: bytes[row.answers]))
            statement.bind(offset + at.scores, blob: UnsafeBufferPointer(rebasing: bytes[row.scores]))
            statement.bind(offset + at.batch, batchID)
            statement.bind(offset + at.line, Int64(row.line))
        }
    }

    private mutating func logDuplicate(_ row: PreparedBatch.Row, bytes: UnsafeBufferPointer<UInt8>, db: Database) throws {
        let respondent = String(decoding: UnsafeBufferPointer(rebasing: bytes[row.respondent]), as: UTF8.self)
        try log.add(duplicateIssue(respondent: respondent, meting: metingLabels[row.meting], metingID: metingIDs[row.meting],
                                   line: row.line, db: db))
    }

    /// Every meting, wijk and the instrument that the stored rows refer to exists: what the foreign
    /// keys of `response` would have checked row by row (they are off for the import, see
    /// `transactionWithoutForeignKeyChecks`). The batch row is this import's own.
    func checkReferences(_ db: Database) throws {
        // Cached statements: a region's import checks thousands of wijken here, and a query built
        // per key (`Record.exists(_:key:)`) cost as much as 4% of the whole import.
        func exists(_ sql: String, _ value: some DatabaseValueConvertible) throws -> Bool {
            try Bool.fetchOne(db.cachedStatement(sql: sql), arguments: [value]) ?? false
        }
        var missing: [String] = []
        if try !exists("SELECT EXISTS (SELECT 1 FROM instrument WHERE id = ?)", instrument.rowID) { missing.append("instrument \(instrument.rowID)") }
        for (label, id) in zip(metingLabels, metingIDs) where try !exists("SELECT EXISTS (SELECT 1 FROM meting WHERE id = ?)", id) {
            missing.append("meting \(label)")
        }
        for wijk in wijken where try !exists("SELECT EXISTS (SELECT 1 FROM wijk WHERE code = ?)", wijk.rawValue) {
            missing.append("wijk \(wijk)")
        }
        guard missing.isEmpty else {
            throw DatabaseError(resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY, message: "FOREIGN KEY constraint failed: \(missing.joined(separator: ", "))")
        }
    }

    private func duplicateIssue(respondent: String, meting: String, metingID: Int64, line: Int, db: Database) throws -> ImportIssue {
        let stored = try ResponseRecord.filter(ResponseRecord.Columns.metingID == metingID && ResponseRecord.Columns.respondent == respondent)
            .fetchOne(db)
        return duplicateIssue(respondent: respondent, meting: meting, line: line, stored: stored.map { ($0.batchID, $0.sourceLine) })
    }

    /// The issue of a row whose respondent already has the response `stored` in its meting.
    func duplicateIssue(respondent: String, meting: String, line: Int, stored: (batchID: Int64, sourceLine: Int?)?) -> ImportIssue {
        let previous: String = if let stored, stored.batchID == batchID, let first = stored.sourceLine {
            "appears twice for meting \(MessageText.quoted(meting)) (also on line \(first))"
        } else {
            "already has a response for meting \(MessageText.quoted(meting)) in the database"
        }
        return ImportIssue(line: line, column: columns.respondent + 1, columnName: "respondent",
                           reason: "respondent \(MessageText.quoted(respondent)) \(previous)")
    }
}
