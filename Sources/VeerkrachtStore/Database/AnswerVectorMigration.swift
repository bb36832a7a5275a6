import Foundation
import GRDB
import VeerkrachtCore

extension Schema {
    /// Migration v6: `response.answers` changes from JSON text (`{"coh1":4,"coh2":null,…}`) to an
    /// `AnswerVector` blob. SQLite cannot change a column's type, so the table is rebuilt (the
    /// documented 12-step procedure; the migrator defers foreign key checks) with its constraints and
    /// indexes, each row's answers converted by its own instrument's item order.
    static func storeAnswersAsVectors(_ db: Database) throws {
        let itemIDs = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, definition FROM instrument").map { row in
            (row["id"] as Int64, try ParsedInstruments.instrument(row["definition"]).items.map(\.id))
        })
        let convert = DatabaseFunction("veerkracht_v6_answers", argumentCount: 2, pure: true) { values in
            guard let instrumentID = Int64.fromDatabaseValue(values[0]), let items = itemIDs[instrumentID],
                  let text = String.fromDatabaseValue(values[1]) else { return nil }
            let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
            return AnswerVector.encode(items.map { (object[$0] as? NSNumber)?.intValue })
        }
        db.add(function: convert)
        defer { db.remove(function: convert) }
        try db.execute(sql: """
            CREATE TABLE response_v6 (
                id INTEGER PRIMARY KEY,
                respondent TEXT NOT NULL CHECK (length(respondent) BETWEEN 1 AND 64),
                meting_id INTEGER NOT NULL REFERENCES meting(id),
                wijk TEXT NOT NULL REFERENCES wijk(code),
                datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                instrument_id INTEGER NOT NULL REFERENCES instrument(id),
                answers BLOB NOT NULL,             -- raw answers as given, see AnswerVector
                scores BLOB NOT NULL,              -- construct scores, see ScoreVector
                batch_id INTEGER NOT NULL REFERENCES batch(id),
                source_line INTEGER,               -- line in the imported file
                entered_by INTEGER REFERENCES user(id),
                UNIQUE (meting_id, respondent)
            ) STRICT;
            INSERT INTO response_v6 (id, respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id, source_line, entered_by)
                SELECT id, respondent, meting_id, wijk, datum, instrument_id, veerkracht_v6_answers(instrument_id, answers), scores,
                       batch_id, source_line, entered_by
                FROM response ORDER BY id;
            DROP TABLE response;
            ALTER TABLE response_v6 RENAME TO response;
            CREATE INDEX response_by_area ON response (meting_id, wijk, respondent, instrument_id, scores, datum);
            CREATE INDEX response_by_user ON response (entered_by) WHERE entered_by IS NOT NULL;
            """)
    }
}
