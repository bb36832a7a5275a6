import GRDB

extension Schema {
    /// Migration v12: fewer indexes for an import to keep up to date, row by row.
    ///
    /// - One response per respondent and meting is enforced by a named unique index,
    ///   `response_by_respondent`, instead of the table's `UNIQUE` constraint, whose index SQLite
    ///   does not let drop: a large import drops it and builds it after its rows (`RespondentIndex`).
    /// - `response_by_batch` goes: a batch row records the range of its responses' ids
    ///   (`BatchRecord.firstResponseID`), which is what undoing an import reads.
    ///
    /// `response` is rebuilt (the documented 12-step procedure; the migrator defers foreign key
    /// checks) with the same columns and ids, its other indexes, and its AUTOINCREMENT sequence
    /// kept, so an id deleted before the migration is not given out again.
    static func indexResponsesForImports(_ db: Database) throws {
        let sequence = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'response'") ?? 0
        try db.execute(sql: """
            ALTER TABLE batch ADD COLUMN first_response_id INTEGER;
            ALTER TABLE batch ADD COLUMN last_response_id INTEGER;
            UPDATE batch SET (first_response_id, last_response_id) = (SELECT min(id), max(id) FROM response WHERE batch_id = batch.id);

            CREATE TABLE response_v12 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                respondent TEXT NOT NULL CHECK (length(respondent) BETWEEN 1 AND 64),
                meting_id INTEGER NOT NULL REFERENCES meting(id),
                wijk TEXT NOT NULL REFERENCES wijk(code),
                datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                instrument_id INTEGER NOT NULL REFERENCES instrument(id),
                answers BLOB NOT NULL,             -- raw answers as given, see AnswerVector
                scores BLOB NOT NULL,              -- construct scores, see ScoreVector
                batch_id INTEGER NOT NULL REFERENCES batch(id),
                source_line INTEGER,               -- line in the imported file
                entered_by INTEGER REFERENCES user(id)
            ) STRICT;
            INSERT INTO response_v12 SELECT id, respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id,
                source_line, entered_by FROM response ORDER BY id;
            DROP TABLE response;
            ALTER TABLE response_v12 RENAME TO response;
            CREATE UNIQUE INDEX response_by_respondent ON response (meting_id, respondent);
            CREATE INDEX response_by_area ON response (meting_id, wijk, respondent, instrument_id, scores, datum);
            CREATE INDEX response_by_user ON response (entered_by) WHERE entered_by IS NOT NULL;
            DELETE FROM sqlite_sequence WHERE name IN ('response', 'response_v12');
            """)
        try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES ('response', max(?, coalesce((SELECT max(id) FROM response), 0)))",
                       arguments: [sequence])
    }
}
