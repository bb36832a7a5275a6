import GRDB

extension Schema {
    /// Migration v11: verhalen, the stories veldwerkers register and analisten review, and an audit
    /// log that records the review (approve, reject, highlight) of a `verhaal`.
    ///
    /// The audit log's checks name every action and entity, so the table is rebuilt with the new
    /// ones (the documented 12-step procedure, as in v7), keeping every line and id.
    static func addVerhalen(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE verhaal (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                wijk TEXT NOT NULL REFERENCES wijk(code),
                datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                hulpbronnen TEXT NOT NULL CHECK (hulpbronnen <> ''),  -- hulpbron construct ids joined by '|'
                titel TEXT NOT NULL CHECK (length(titel) BETWEEN 1 AND 120),
                tekst TEXT NOT NULL CHECK (length(tekst) BETWEEN 1 AND 1000),
                status TEXT NOT NULL DEFAULT 'ingediend' CHECK (status IN ('ingediend', 'goedgekeurd', 'afgewezen')),
                uitgelicht INTEGER NOT NULL DEFAULT 0 CHECK (uitgelicht IN (0, 1) AND (uitgelicht = 0 OR status = 'goedgekeurd')),
                beoordeling TEXT,                      -- the analist's note with the last decision
                beoordeeld_door TEXT,                  -- the analist's name
                batch_id INTEGER NOT NULL REFERENCES batch(id),
                source_line INTEGER,                   -- line in the imported file
                entered_by INTEGER REFERENCES user(id)
            ) STRICT;
            CREATE INDEX verhaal_by_wijk ON verhaal (wijk, datum) WHERE status = 'goedgekeurd';
            CREATE INDEX verhaal_by_status ON verhaal (status, id);
            CREATE INDEX verhaal_by_user ON verhaal (entered_by) WHERE entered_by IS NOT NULL;
            CREATE INDEX verhaal_by_batch ON verhaal (batch_id);

            DROP TRIGGER audit_no_update;
            DROP TRIGGER audit_no_delete;
            CREATE TABLE audit_v11 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                user_id INTEGER REFERENCES user(id),
                user_name TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('create', 'correct', 'delete', 'undo', 'add', 'rename', 'merge', 'close',
                                                       'reopen', 'remove', 'period', 'approve', 'reject', 'highlight', 'unhighlight')),
                entity TEXT NOT NULL CHECK (entity IN ('response', 'activiteit', 'batch', 'meting', 'verhaal')),
                entity_id INTEGER NOT NULL,
                reason TEXT,
                old_value TEXT,                    -- JSON
                new_value TEXT                     -- JSON
            ) STRICT;
            INSERT INTO audit_v11 SELECT id, at, user_id, user_name, action, entity, entity_id, reason, old_value, new_value FROM audit ORDER BY id;
            DROP TABLE audit;
            ALTER TABLE audit_v11 RENAME TO audit;
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """)
    }
}
