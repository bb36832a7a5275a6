import Foundation
import GRDB

extension Store {
    /// Writes a consistent copy of the database to `path` with SQLite's online backup API; safe
    /// while the web app keeps writing (the copy is one snapshot). `path` must not exist yet.
    public func backup(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw MaintenanceError("\(path) already exists; choose a new file") }
        let destination = try DatabaseQueue(path: path)
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

    /// Replaces everything in this database with the backup at `path`, after checking that the
    /// backup is a sound Veerkracht database; the current content is first saved to `savingCurrentTo`.
    /// Then brings the schema up to date.
    public func restore(from path: String, savingCurrentTo saved: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw MaintenanceError("there is no backup at \(path)") }
        var configuration = Configuration()
        configuration.readonly = true
        let report: CheckReport
        let source: DatabaseQueue
        do {
            source = try DatabaseQueue(path: path, configuration: configuration)
            report = try Self.check(source)
        } catch let error as DatabaseError {
            throw MaintenanceError("\(path) is not a readable SQLite database (\(error.message ?? "\(error.resultCode)")); nothing was restored")
        }
        guard report.isHealthy else {
            throw MaintenanceError("\(path) is not a sound Veerkracht database, nothing was restored:\n" + report.problems.joined(separator: "\n"))
        }
        try backup(to: saved)
        try source.backup(to: database)
        try Schema.migrator.migrate(database)
    }
}

/// A maintenance operation that could not be done, in words for the user.
public struct MaintenanceError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
