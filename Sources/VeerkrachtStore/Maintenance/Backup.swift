import Foundation
import GRDB

extension Store {
    /// Writes a consistent copy of the database to `path` with SQLite's online backup API; safe
    /// while the web app keeps writing (the copy is one snapshot). `path` must not exist yet.
    public func backup(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw MaintenanceError("\(path) already exists; choose a new file") }
        let destination = try DatabaseQueue(path: path, configuration: SQLiteSetup.configuration())
        do {
            try database.backup(to: destination)
            // One self-contained file, without -wal and -shm companions.
            try destination.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try destination.close()
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// Replaces everything in `destination` with a consistent copy of this database (SQLite's
    /// online backup API): for example an in-memory working copy of a prepared database.
    public func copy(into destination: Store) throws {
        try database.backup(to: destination.database)
    }

    /// Replaces everything in this database with the backup at `path`, after checking that the
    /// backup is a sound Veerkracht database; the current content is first saved to `savingCurrentTo`.
    /// Then brings the schema up to date.
    public func restore(from path: String, savingCurrentTo saved: String) throws {
        let source = try Self.checkedBackup(path)
        try backup(to: saved)
        try Self.restore(source, into: database)
    }

    /// Replaces the database file at `path` that the store refuses (`DamagedDatabase`) with the
    /// backup at `backup`, checked as `restore(from:savingCurrentTo:)` checks it. The refused file,
    /// with its -wal and -shm files, is first moved to `saved` as it is.
    @discardableResult
    public static func restore(from backup: String, replacingDamaged path: String, savingItTo saved: String) throws -> Store {
        let source = try checkedBackup(backup)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.moveItem(atPath: path + suffix, toPath: saved + suffix)
        }
        let store = try Store(path: path)
        try restore(source, into: store.database)
        return store
    }

    /// The backup at `path`, opened read-only once it has passed `check`; else why it cannot be restored.
    private static func checkedBackup(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else { throw MaintenanceError("there is no backup at \(path)") }
        if let damage = DatabaseFile.headerDamage(path) {
            throw MaintenanceError("\(DamagedDatabase(path: path, damage: damage).problem); nothing was restored")
        }
        var configuration = SQLiteSetup.configuration()
        configuration.readonly = true
        let report: CheckReport
        let source: DatabaseQueue
        do {
            source = try DatabaseQueue(path: path, configuration: configuration)
            report = try check(source)
        } catch let error as DatabaseError {
            throw MaintenanceError("\(path) is not a readable SQLite database (\(error.message ?? "\(error.resultCode)")); nothing was restored")
        }
        guard report.isHealthy else {
            throw MaintenanceError("\(path) is not a sound Veerkracht database, nothing was restored:\n" + report.problems.joined(separator: "\n"))
        }
        return source
    }

    /// Copies the checked backup `source` over `destination` and brings its schema up to date.
    private static func restore(_ source: DatabaseQueue, into destination: any DatabaseWriter) throws {
        try copy(source, into: destination)
        try Schema.migrator.migrate(destination)
    }

    /// Copies `source` over `destination` with the backup API. That API cannot write into a WAL
    /// database of another page size (databases made before 16 KiB pages have 4 KiB), so such a
    /// source is first copied to a temporary file and rebuilt there with the destination's size.
    private static func copy(_ source: DatabaseQueue, into destination: any DatabaseWriter) throws {
        let pageSize = { (db: Database) in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
        let wanted = try destination.read(pageSize)
        guard try source.read(pageSize) != wanted else { return try source.backup(to: destination) }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-restore-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let converted = try DatabaseQueue(path: temporary, configuration: SQLiteSetup.configuration())
        try source.backup(to: converted)
        try converted.writeWithoutTransaction { db in
            switch wanted {
            case 4096: try db.execute(sql: "PRAGMA page_size = 4096")
            case 16384: try db.execute(sql: "PRAGMA page_size = 16384")
            default: throw MaintenanceError("the database has pages of \(wanted) bytes, which a restore cannot convert to; nothing was restored")
            }
            try db.execute(sql: "VACUUM")
        }
        try converted.backup(to: destination)
        try converted.close()
    }
}

/// A maintenance operation that could not be done, in words for the user.
public struct MaintenanceError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
