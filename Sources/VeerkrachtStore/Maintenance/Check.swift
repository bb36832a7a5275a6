import GRDB
import VeerkrachtCore

/// What `veerkracht check` found: every check with its outcome, in plain words.
public struct CheckReport: Sendable {
    /// Each check and whether it passed.
    public var results: [(check: String, passed: Bool)] = []
    /// What is wrong, one line each.
    public var problems: [String] = []

    public var isHealthy: Bool { problems.isEmpty }

    mutating func record(_ check: String, _ problems: [String]) {
        results.append((check, problems.isEmpty))
        self.problems += problems
    }
}

extension Store {
    /// Checks the database: SQLite's integrity check, foreign keys, the schema version, and that
    /// the per-cell statistics agree with the stored responses.
    public func check() throws -> CheckReport { try Self.check(database) }

    static func check(_ database: some DatabaseReader) throws -> CheckReport {
        try database.read { db in
            var report = CheckReport()
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            report.record("SQLite integrity check", integrity == ["ok"] ? [] : integrity.map { "integrity: \($0)" })
            guard integrity == ["ok"] else { return report }
            let known = Schema.migrator.migrations
            let applied = try db.tableExists("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
            let unknown = applied.filter { !known.contains($0) }
            report.record("schema version", applied.isEmpty ? ["this is not a Veerkracht database (no schema history)"]
                          : unknown.map { "made by a newer Veerkracht: unknown migration '\($0)'; update veerkracht first" })
            guard applied.count > 0, unknown.isEmpty else { return report }
            let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            report.record("references between tables", violations.prefix(20).map { row in
                "table \(row["table"] as String) row \(row["rowid"] as Int64? ?? 0) refers to a missing row in \(row["parent"] as String)"
            })
            if known.allSatisfy(applied.contains) {
                report.record("cell statistics match the responses", try cellMismatches(db))
            }
            return report
        }
    }

    /// Cells whose count of scored respondents differs from the responses stored for them.
    private static func cellMismatches(_ db: Database) throws -> [String] {
        let constructs = try allInstruments(db).mapValues { $0.constructs.map(\.id) }
        var counted: [String: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT meting_id, wijk, instrument_id, scores FROM response")
        while let row = try rows.next() {
            guard let ids = constructs[row[2]] else { continue }
            for (id, score) in zip(ids, ScoreVector.decode(row[3])) where score != nil {
                counted["\(row[0] as Int64) \(row[1] as String) \(id)", default: 0] += 1
            }
        }
        var stored: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT meting_id, wijk, construct, n FROM score_cell") {
            stored["\(row[0] as Int64) \(row[1] as String) \(row[2] as String)"] = row[3]
        }
        return Set(counted.keys).union(stored.keys).sorted().compactMap { key in
            counted[key] == stored[key] ? nil : "cell \(key): \(stored[key] ?? 0) in the statistics, \(counted[key] ?? 0) in the responses"
        }.prefix(20).map { $0 }
    }
}

extension Store {
    /// Recomputes every cell's statistics from the stored responses.
    public func rebuildCells() throws {
        try database.write { db in
            let areas = try Row.fetchAll(db, sql: """
                SELECT DISTINCT m.label, r.wijk FROM response r JOIN meting m ON m.id = r.meting_id
                UNION SELECT m.label, c.wijk FROM score_cell c JOIN meting m ON m.id = c.meting_id
                """)
            for row in areas { try Self.refreshCells(db, meting: row[0], wijk: row[1]) }
        }
    }
}
