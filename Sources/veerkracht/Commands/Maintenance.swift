import ArgumentParser
import Foundation
import VeerkrachtStore

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a consistent copy of the database to a new file.",
        discussion: """
            Uses SQLite's online backup: the copy is one consistent snapshot, also while \
            `veerkracht serve` is running and saving entries.

            Example:
              veerkracht backup --out backups/veerkracht-2026-11-22.sqlite
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The backup file to create (must not exist).", valueName: "file"))
    var out: String

    func run() throws {
        try database.open().backup(to: out)
        Terminal.message("Backed up \(database.path) to \(out).")
    }
}

struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replace the database with a backup.",
        discussion: """
            Checks the backup first (integrity, schema, references, cell statistics) and \
            refuses an unsound one. The current database is first saved next to itself as \
            <name>.before-restore-<time>.sqlite, so a restore can be undone; a damaged one \
            (empty, cut short, not a database, unreadable) is moved there as it is. Stop \
            `veerkracht serve` before restoring.

            Example:
              veerkracht restore backups/veerkracht-2026-11-22.sqlite
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The backup file.", valueName: "file"))
    var file: String

    func run() throws {
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let saved = (database.path as NSString).deletingPathExtension + ".before-restore-\(stamp).sqlite"
        do {
            try database.open(create: true).restore(from: file, savingCurrentTo: saved)
        } catch where DamagedDatabase(error, path: database.path).map({ $0.damage != .foreign }) ?? false {
            try Store.restore(from: file, replacingDamaged: database.path, savingItTo: saved)
        }
        Terminal.message("Restored \(file) into \(database.path); the previous content is saved as \(saved).")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the database and report in plain words.",
        discussion: """
            Runs SQLite's integrity check, checks the schema version and the references \
            between tables, and that the cell statistics the reports use agree with the \
            stored responses. Exit status 1 when something is wrong. --repair-cells \
            recomputes the cell statistics from the responses.

            Example:
              veerkracht check
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Recompute the cell statistics from the stored responses first.")
    var repairCells = false

    func run() throws {
        let report: CheckReport
        do {
            let store = try database.open()
            if repairCells { try store.rebuildCells() }
            report = try store.check()
        } catch where DamagedDatabase(error, path: database.path) != nil {
            report = try Store.check(path: database.path)
        }
        for (check, passed) in report.results { Terminal.write("\(passed ? "ok  " : "FAIL") \(check)\n") }
        guard report.isHealthy else {
            let advice = report.damage.map { ["\(StoreErrorMessages.advice(for: $0))."] } ?? []
            throw CommandFailure("the database at \(database.path) has problems:\n" + (report.problems + advice).joined(separator: "\n"))
        }
        Terminal.write("The database at \(database.path) is sound.\n")
    }
}
