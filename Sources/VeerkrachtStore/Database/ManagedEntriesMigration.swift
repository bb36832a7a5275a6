import GRDB

extension Schema {
    /// Migration v7: metingen get a period and a state, ids of deleted entries are never given out
    /// again, imports can be undone, and the audit log records actions of the command line too.
    ///
    /// `response` and `activiteit` are rebuilt with `AUTOINCREMENT` (the documented 12-step
    /// procedure; the migrator defers foreign key checks), and their sequences start above every id
    /// the audit log already names, so an id deleted before this migration is not reused either.
    static func manageEntries(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE meting ADD COLUMN van TEXT CHECK (van IS NULL OR van GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
            ALTER TABLE meting ADD COLUMN tot TEXT CHECK (tot IS NULL OR tot GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
            ALTER TABLE meting ADD COLUMN gesloten INTEGER NOT NULL DEFAULT 0 CHECK (gesloten IN (0, 1));
            ALTER TABLE batch ADD COLUMN undone_at TEXT;

            CREATE TABLE response_v7 (
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
                entered_by INTEGER REFERENCES user(id),
                UNIQUE (meting_id, respondent)
            ) STRICT;
            INSERT INTO response_v7 SELECT id, respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id,
                source_line, entered_by FROM response ORDER BY id;
            DROP TABLE response;
            ALTER TABLE response_v7 RENAME TO response;
            CREATE INDEX response_by_area ON response (meting_id, wijk, respondent, instrument_id, scores, datum);
            CREATE INDEX response_by_user ON response (entered_by) WHERE entered_by IS NOT NULL;
            CREATE INDEX response_by_batch ON response (batch_id);

            CREATE TABLE activiteit_v7 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                wijk TEXT NOT NULL REFERENCES wijk(code),
                naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
                thema TEXT NOT NULL REFERENCES thema(name),
                deelnemers INTEGER NOT NULL CHECK (deelnemers >= 0),
                uren REAL NOT NULL CHECK (uren >= 0),
                vrijwilligers INTEGER NOT NULL CHECK (vrijwilligers >= 0),
                hulpbronnen TEXT NOT NULL DEFAULT '',  -- hulpbron construct ids joined by '|', e.g. 'cohesie|binding'
                batch_id INTEGER NOT NULL REFERENCES batch(id),
                source_line INTEGER,                   -- line in the imported file
                entered_by INTEGER REFERENCES user(id)
            ) STRICT;
            INSERT INTO activiteit_v7 SELECT id, datum, wijk, naam, thema, deelnemers, uren, vrijwilligers, hulpbronnen, batch_id,
                source_line, entered_by FROM activiteit ORDER BY id;
            DROP TABLE activiteit;
            ALTER TABLE activiteit_v7 RENAME TO activiteit;
            CREATE INDEX activiteit_by_wijk ON activiteit (wijk, datum);
            CREATE INDEX activiteit_by_user ON activiteit (entered_by) WHERE entered_by IS NOT NULL;
            CREATE INDEX activiteit_by_batch ON activiteit (batch_id);

            -- The audit log also records what a command did (user_id NULL, user_name the system
            -- account that ran it): undoing an import and managing metingen.
            DROP TRIGGER audit_no_update;
            DROP TRIGGER audit_no_delete;
            CREATE TABLE audit_v7 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                user_id INTEGER REFERENCES user(id),
                user_name TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('create', 'correct', 'delete', 'undo', 'add', 'rename', 'merge', 'close', 'reopen', 'remove', 'period')),
                entity TEXT NOT NULL CHECK (entity IN ('response', 'activiteit', 'batch', 'meting')),
                entity_id INTEGER NOT NULL,
                reason TEXT,
                old_value TEXT,                    -- JSON
                new_value TEXT                     -- JSON
            ) STRICT;
            INSERT INTO audit_v7 SELECT id, at, user_id, user_name, action, entity, entity_id, reason, old_value, new_value FROM audit ORDER BY id;
            DROP TABLE audit;
            ALTER TABLE audit_v7 RENAME TO audit;
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

            DELETE FROM sqlite_sequence WHERE name IN ('response', 'activiteit');
            INSERT INTO sqlite_sequence (name, seq) VALUES
                ('response', max(coalesce((SELECT max(id) FROM response), 0),
                                 coalesce((SELECT max(entity_id) FROM audit WHERE entity = 'response'), 0))),
                ('activiteit', max(coalesce((SELECT max(id) FROM activiteit), 0),
                                   coalesce((SELECT max(entity_id) FROM audit WHERE entity = 'activiteit'), 0)));
            """)
    }
}
