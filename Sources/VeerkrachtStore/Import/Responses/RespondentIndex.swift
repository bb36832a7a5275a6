import GRDB

/// `response_by_respondent`, the unique index that allows one response per respondent and meting.
///
/// Rows inserted one by one put their keys all over this index (respondent ids come in no useful
/// order), which cost a third of the writing of a large import; built once after the rows, it is
/// one sort. So an import that is large next to the responses already stored drops the index in
/// its transaction and builds it again before the commit (`ResponseWriter.restoreRespondentIndex`),
/// finding the duplicate respondents then; a smaller import keeps it and finds them row by row.
/// Either way the same rows are stored and the same issues reported.
enum RespondentIndex {
    static let createSQL = "CREATE UNIQUE INDEX response_by_respondent ON response (meting_id, respondent)"

    /// Fewer bytes than a responses file has per row (32 answers, respondent, wijk and datum).
    private static let bytesPerRow = 100
    /// Below this many rows a file is imported with the index in place.
    private static let minimumRows = 50_000

    /// Drops the index when a file of `fileBytes` holds more rows than `response` does; returns
    /// whether it did. The caller must build it again in the same transaction.
    static func dropForLargeImport(fileBytes: Int?, db: Database) throws -> Bool {
        guard let fileBytes, fileBytes / bytesPerRow >= minimumRows else { return false }
        let stored = try Int.fetchOne(db, sql: "SELECT count(*) FROM response") ?? 0
        guard fileBytes / bytesPerRow > stored else { return false }
        try db.execute(sql: "DROP INDEX response_by_respondent")
        return true
    }
}

extension ResponseWriter {
    /// Builds the unique index dropped by `RespondentIndex.dropForLargeImport` over every stored
    /// row. When it cannot be built, logs every row of this import that repeats an earlier
    /// response of its respondent in its meting, in the order of the rows, as the row by row
    /// insert would have (the transaction is then rolled back, with the index).
    mutating func restoreRespondentIndex(_ db: Database) throws {
        // SQLite's sort keeps as many bytes in memory as the page cache may hold (64 MiB, full
        // after a large import): a smaller cache while the index is built keeps the import's
        // peak memory where it was.
        // 16 MiB while building, then the store's 64 MiB again (`Store.configuration`).
        try db.execute(sql: "PRAGMA cache_size = -16384")
        defer { try? db.execute(sql: "PRAGMA cache_size = -65536") }
        do {
            try db.execute(sql: RespondentIndex.createSQL)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT r.respondent, m.label, r.source_line, f.batch_id, f.source_line
                FROM (SELECT meting_id, respondent, min(id) AS first FROM response
                      GROUP BY meting_id, respondent HAVING count(*) > 1) AS d
                JOIN response AS r ON r.meting_id = d.meting_id AND r.respondent = d.respondent AND r.id > d.first
                JOIN response AS f ON f.id = d.first
                JOIN meting AS m ON m.id = r.meting_id
                WHERE r.batch_id = ?
                ORDER BY r.id
                """, arguments: [batchID])
            while let row = try rows.next() {
                log.add(duplicateIssue(respondent: row[0], meting: row[1], line: row[2],
                                       stored: (batchID: row[3], sourceLine: row[4])))
            }
        }
    }
}
