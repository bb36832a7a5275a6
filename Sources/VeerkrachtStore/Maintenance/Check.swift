import Foundation
import GRDB
import VeerkrachtCore

/// What `veerkracht check` found: every check with its outcome, in plain words.
public struct CheckReport: Sendable {
    /// Each check and whether it passed.
    public var results: [(check: String, passed: Bool)] = []
    /// What is wrong, one line each.
    public var problems: [String] = []
    /// Set when the file itself is damaged (SQLite's integrity check failed or could not be done,
    /// or the file is no SQLite database at all): its `advice` says what to do.
    public private(set) var damage: DamagedDatabase?

    public var isHealthy: Bool { problems.isEmpty }

    var integrityFailed: Bool { results.contains { $0.check == Self.integrity && !$0.passed } }

    private static let integrity = "SQLite integrity check"

    mutating func record(_ check: String, _ problems: [String]) {
        results.append((check, problems.isEmpty))
        self.problems += problems
    }

    /// Records SQLite's integrity check; a failed one marks the file at `path` as damaged.
    mutating func recordIntegrity(_ problems: [String], path: String?) {
        record(Self.integrity, problems)
        if !problems.isEmpty, let path { damage = DamagedDatabase(path: path, damage: .corrupt) }
    }

    /// A file that `DatabaseFile` finds damaged before SQLite reads it.
    init(damaged: DamagedDatabase) {
        record("database file", [damaged.problem])
        damage = damaged
    }

    init() {}
}

extension Store {
    /// Checks the database: SQLite's integrity check, foreign keys, the schema version, and that
    /// the per-cell statistics agree with the stored responses.
    public func check() throws -> CheckReport { try Self.check(database, path: path) }

    /// Checks the database file at `path` as `check()` does, read-only and without opening it as a
    /// store: also a file that `Store(path:)` refuses (`DamagedDatabase`) gets a report, whose
    /// failed checks say what is wrong.
    public static func check(path: String) throws -> CheckReport {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noDatabase(path: path) }
        if let damage = DatabaseFile.headerDamage(path) { return CheckReport(damaged: DamagedDatabase(path: path, damage: damage)) }
        let companions = DatabaseFile.Companions(path)
        var configuration = SQLiteSetup.configuration()
        configuration.readonly = true
        do {
            let report = try check(DatabaseQueue(path: path, configuration: configuration), path: path)
            if !report.isHealthy { companions.removeCreated() }
            return report
        } catch let error as DatabaseError where DamagedDatabase.isDamage(error) {
            companions.removeCreated()
            var report = CheckReport()
            report.recordIntegrity([unreadable(error)], path: path)
            return report
        }
    }

    static func check(_ database: some DatabaseReader, path: String? = nil) throws -> CheckReport {
        var report = CheckReport()
        do {
            try database.read { db in try check(db, into: &report, path: path) }
        } catch let error as DatabaseError where DamagedDatabase.isDamage(error) {
            // SQLite may report the damage again when the read ends, after the check recorded it.
            if !report.integrityFailed { report.recordIntegrity([unreadable(error)], path: path) }
        }
        return report
    }

    private static func check(_ db: Database, into report: inout CheckReport, path: String?) throws {
        report.recordIntegrity(try integrityProblems(db), path: path)
        guard report.isHealthy else { return }
        let known = Schema.migrator.migrations
        let applied = try db.tableExists("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
        let unknown = applied.filter { !known.contains($0) }
        report.record("schema version", applied.isEmpty ? ["this is not a Veerkracht database (no schema history)"]
                      : unknown.map { "made by a newer Veerkracht: unknown migration \(MessageText.quoted($0)); update veerkracht first" })
        guard applied.count > 0, unknown.isEmpty else { return }
        let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        report.record("references between tables", violations.prefix(20).map { row in
            "table \(row["table"] as String) row \(row["rowid"] as Int64? ?? 0) refers to a missing row in \(row["parent"] as String)"
        })
        if known.allSatisfy(applied.contains) {
            report.record("cell statistics match the responses", try cellMismatches(db))
        }
    }

    /// What SQLite's integrity check reports, a line each (the first 20); when the damage stops the
    /// check itself, the lines up to there and a line that says so.
    private static func integrityProblems(_ db: Database) throws -> [String] {
        var lines: [String] = []
        var stopped: [String] = []
        do {
            let cursor = try String.fetchCursor(db, sql: "PRAGMA integrity_check")
            while let text = try cursor.next() {
                lines += text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("*** in database") }
            }
        } catch let error as DatabaseError where DamagedDatabase.isDamage(error) {
            stopped = [unreadable(error)]
        }
        if lines == ["ok"] { return stopped }
        let more = lines.count > 20 ? ["integrity: … and \(lines.count - 20) more"] : []
        return lines.prefix(20).map { "integrity: \($0)" } + more + stopped
    }

    /// The problem line for damage that stops SQLite from reading on.
    private static func unreadable(_ error: DatabaseError) -> String {
        "integrity: the check stopped, SQLite cannot read on (\(error.message ?? "damaged file"))"
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
