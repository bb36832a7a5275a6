import GRDB

/// The schema as an ordered list of migrations. Never edit a migration that has shipped:
/// add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: instruments, gebieden, metingen, responses, scores") { db in
            try db.execute(sql: """
                CREATE TABLE instrument (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    definition TEXT NOT NULL,          -- the instrument file as registered (YAML)
                    registered_at TEXT NOT NULL,
                    UNIQUE (name, version)
                ) STRICT;

                CREATE TABLE gemeente (
                    code TEXT PRIMARY KEY CHECK (code GLOB 'GM[0-9][0-9][0-9][0-9]'),
                    naam TEXT
                ) STRICT;

                CREATE TABLE wijk (
                    code TEXT PRIMARY KEY CHECK (code GLOB 'WK[0-9][0-9][0-9][0-9][0-9A-Z][0-9A-Z]'),
                    gemeente TEXT NOT NULL REFERENCES gemeente(code),
                    naam TEXT,
                    CHECK (substr(code, 3, 4) = substr(gemeente, 3, 4))
                ) STRICT;

                CREATE TABLE meting (
                    id INTEGER PRIMARY KEY,
                    label TEXT NOT NULL UNIQUE
                ) STRICT;

                -- One row per imported file or form submission: where data came from.
                CREATE TABLE batch (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,                -- 'responses', 'gebieden', ...
                    source TEXT NOT NULL,              -- file name or 'formulier'
                    rows INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL
                ) STRICT;

                -- Respondents are pseudonymous ids only: no names, no addresses.
                CREATE TABLE response (
                    id INTEGER PRIMARY KEY,
                    respondent TEXT NOT NULL CHECK (length(respondent) BETWEEN 1 AND 64),
                    meting_id INTEGER NOT NULL REFERENCES meting(id),
                    wijk TEXT NOT NULL REFERENCES wijk(code),
                    datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    instrument_id INTEGER NOT NULL REFERENCES instrument(id),
                    answers TEXT NOT NULL,             -- raw answers as given: {"coh1":4,"coh2":null,...}
                    scores BLOB NOT NULL,              -- construct scores, see ScoreVector
                    batch_id INTEGER NOT NULL REFERENCES batch(id),
                    source_line INTEGER,               -- line in the imported file
                    UNIQUE (meting_id, respondent)
                ) STRICT;
                CREATE INDEX response_by_area ON response (meting_id, wijk, datum);

                -- Sufficient statistics of the scores per meting × wijk × construct, kept in step
                -- with `response` by the store: exports and reports read these, not every response.
                CREATE TABLE score_cell (
                    meting_id INTEGER NOT NULL REFERENCES meting(id),
                    wijk TEXT NOT NULL REFERENCES wijk(code),
                    construct TEXT NOT NULL,
                    n INTEGER NOT NULL,                -- scored respondents
                    mean REAL NOT NULL,
                    m2 REAL NOT NULL,                  -- Σ (score − mean)²
                    n_laag INTEGER NOT NULL,
                    n_hoog INTEGER NOT NULL,
                    alpha BLOB,                        -- Cronbach's α accumulator (see CellCodec); NULL for composites
                    PRIMARY KEY (meting_id, wijk, construct)
                ) STRICT, WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2: activiteiten en thema's") { db in
            try db.execute(sql: """
                -- The themes activities are registered under; `position` orders them for display.
                CREATE TABLE thema (
                    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
                    position INTEGER NOT NULL
                ) STRICT;
                INSERT INTO thema (name, position) VALUES
                    ('Armoede & Meedoen', 1),
                    ('Opvoeding & Gezin', 2),
                    ('Talentontwikkeling & Jeugd', 3),
                    ('Veilige omgeving & Tolerantie', 4);

                -- Output registration: one row per activity the organisation ran.
                CREATE TABLE activiteit (
                    id INTEGER PRIMARY KEY,
                    datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    wijk TEXT NOT NULL REFERENCES wijk(code),
                    naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
                    thema TEXT NOT NULL REFERENCES thema(name),
                    deelnemers INTEGER NOT NULL CHECK (deelnemers >= 0),
                    uren REAL NOT NULL CHECK (uren >= 0),
                    vrijwilligers INTEGER NOT NULL CHECK (vrijwilligers >= 0),
                    hulpbronnen TEXT NOT NULL DEFAULT '',  -- hulpbron construct ids joined by '|', e.g. 'cohesie|binding'
                    batch_id INTEGER NOT NULL REFERENCES batch(id),
                    source_line INTEGER                    -- line in the imported file
                ) STRICT;
                CREATE INDEX activiteit_by_wijk ON activiteit (wijk, datum);
                """)
        }
        migrator.registerMigration("v3: gebruikers, sessies, auditlog") { db in
            try db.execute(sql: """
                -- Accounts of the web app. Passwords only as bcrypt hashes.
                CREATE TABLE user (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 64),
                    role TEXT NOT NULL CHECK (role IN ('veldwerker', 'analist', 'gemeente')),
                    gemeente TEXT REFERENCES gemeente(code),
                    password_hash TEXT NOT NULL,
                    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                    failed_logins INTEGER NOT NULL DEFAULT 0,
                    locked_until TEXT,
                    created_at TEXT NOT NULL,
                    CHECK ((role = 'gemeente') = (gemeente IS NOT NULL))
                ) STRICT;

                -- Login sessions: a random token per session, with its CSRF token.
                CREATE TABLE session (
                    token TEXT PRIMARY KEY,
                    user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
                    csrf TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL
                ) STRICT;

                -- Every create, correct and delete done through the app: who, when, what, old and new value.
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    user_id INTEGER NOT NULL REFERENCES user(id),
                    user_name TEXT NOT NULL,
                    action TEXT NOT NULL CHECK (action IN ('create', 'correct', 'delete')),
                    entity TEXT NOT NULL CHECK (entity IN ('response', 'activiteit')),
                    entity_id INTEGER NOT NULL,
                    reason TEXT,
                    old_value TEXT,                    -- JSON
                    new_value TEXT                     -- JSON
                ) STRICT;
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

                -- Who entered a row through the app (NULL for imported files).
                ALTER TABLE response ADD COLUMN entered_by INTEGER REFERENCES user(id);
                ALTER TABLE activiteit ADD COLUMN entered_by INTEGER REFERENCES user(id);
                CREATE INDEX response_by_user ON response (entered_by) WHERE entered_by IS NOT NULL;
                CREATE INDEX activiteit_by_user ON activiteit (entered_by) WHERE entered_by IS NOT NULL;
                """)
        }
        migrator.registerMigration("v4: response_by_area covers the panel") { db in
            // The change export pairs each respondent's scores at two metingen per area. With the
            // respondent and the scores in the area index, both metingen are read as two ordered
            // scans of the index (merged per wijk) instead of one index lookup per respondent and
            // one table row each. Same leading columns, so every former use of the index remains.
            try db.execute(sql: """
                DROP INDEX response_by_area;
                CREATE INDEX response_by_area ON response (meting_id, wijk, respondent, instrument_id, scores, datum);
                """)
        }
        migrator.registerMigration("v5: failed logins per name and per client") { db in
            try db.execute(sql: """
                -- Failed logins counted per attempted name (also names without an account) and per
                -- client address; a counter at its limit is locked until `locked_until`. Replaces
                -- the per-account count, which could not cover unknown names.
                CREATE TABLE login_throttle (
                    kind TEXT NOT NULL CHECK (kind IN ('name', 'client')),
                    key TEXT NOT NULL COLLATE NOCASE,  -- the name (ignoring case, like user.name) or the address
                    failures INTEGER NOT NULL,
                    since TEXT NOT NULL,               -- the first failure counted
                    locked_until TEXT,
                    PRIMARY KEY (kind, key)
                ) STRICT, WITHOUT ROWID;
                ALTER TABLE user DROP COLUMN failed_logins;
                ALTER TABLE user DROP COLUMN locked_until;
                """)
        }
        migrator.registerMigration("v6: answers as compact vectors", migrate: storeAnswersAsVectors)
        migrator.registerMigration("v7: managed metingen, ids never reused, undoable imports", migrate: manageEntries)
        migrator.registerMigration("v8: veerkrachtmeter v1 declares its missing codes") { db in
            // The bundled v1 gained one declaration, `missing_codes`; a database that registered the
            // text before it gets the same line, so its imports read 98/99/weet_niet as "weet niet"
            // and `veerkracht init` finds the stored text equal to the bundled one.
            let anchor = "missing_label: weet niet / wil niet zeggen\n"
            let declaration = "# Answers stored as missing, as survey tools code \"weet niet / wil niet zeggen\" (an empty answer always is).\n"
                + "missing_codes: [\"98\", \"99\", weet_niet, NA, \"\"]\n"
            try db.execute(sql: """
                UPDATE instrument SET definition = replace(definition, ?, ?)
                WHERE name = 'veerkrachtmeter' AND version = 1 AND instr(definition, 'missing_codes:') = 0
                """, arguments: [anchor, anchor + declaration])
        }
        migrator.registerMigration("v9: rapportagegebieden") { db in
            try db.execute(sql: """
                -- Named groups of wijken of one gemeente, reported as one area wherever a member has
                -- too few respondents on its own. Names are unique ignoring case; a wijk is in at
                -- most one group (its primary key).
                CREATE TABLE rapportagegebied (
                    id INTEGER PRIMARY KEY,
                    naam TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    gemeente TEXT NOT NULL REFERENCES gemeente(code)
                ) STRICT;
                CREATE TABLE rapportagegebied_wijk (
                    wijk TEXT PRIMARY KEY REFERENCES wijk(code),
                    rapportagegebied_id INTEGER NOT NULL REFERENCES rapportagegebied(id) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;
                CREATE INDEX rapportagegebied_wijk_by_group ON rapportagegebied_wijk (rapportagegebied_id);
                """)
        }
        migrator.registerMigration("v10: wijkkaart") { db in
            try db.execute(sql: """
                -- A gemeente's wijk boundaries for the map in its summary (`veerkracht kaart set`):
                -- only its wijken, as GeoJSON written by `WijkMap.geoJSON()`.
                CREATE TABLE wijkkaart (
                    gemeente TEXT PRIMARY KEY NOT NULL,  -- GM code
                    geojson TEXT NOT NULL,
                    wijken INTEGER NOT NULL,
                    bron TEXT NOT NULL,                  -- the file it was read from
                    opgeslagen TEXT NOT NULL             -- ISO 8601, UTC
                ) STRICT;
                """)
        }
        migrator.registerMigration("v11: verhalen", migrate: addVerhalen)
        migrator.registerMigration("v12: fewer response indexes to keep up during an import", migrate: indexResponsesForImports)
        return migrator
    }
}
