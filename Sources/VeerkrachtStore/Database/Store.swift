import Foundation
import GRDB
import VeerkrachtCore

/// The Veerkracht database: one SQLite file (WAL, foreign keys on) holding instruments,
/// gebieden, metingen, responses with their raw answers and scores, and import provenance.
///
/// ```swift
/// let store = try Store(path: "veerkracht.sqlite")
/// try store.register(instrument, source: yamlText)
/// ```
public final class Store: Sendable {
    /// The underlying connection pool (one writer, concurrent readers); only the store's own code
    /// uses it, everything else goes through the store's methods.
    let database: any DatabaseWriter
    /// Where the database lives; nil for an in-memory store.
    public let path: String?

    /// Opens the database at `path`, creating it and its folder when `create` is true,
    /// and brings its schema up to date.
    ///
    /// An existing file that is empty, cut short, not a SQLite database, unreadably damaged or
    /// another program's database is refused with a `DamagedDatabase` before anything is written
    /// to it. A SQLite database without any table is given the schema.
    ///
    /// - Parameters:
    ///   - initialiseEmpty: an empty file (0 bytes, no `-wal` file with data) is given the schema
    ///     instead of refused: for creating a database in a file prepared with `touch`.
    ///   - upgrading: told the names of the migrations about to run on a database made by an
    ///     earlier version, before they run (on a large database that can take a while).
    public init(path: String, create: Bool = true, initialiseEmpty: Bool = false, upgrading: (([String]) -> Void)? = nil) throws {
        let url = URL(fileURLWithPath: path)
        if FileManager.default.fileExists(atPath: path) {
            try DatabaseFile.inspect(path, initialiseEmpty: initialiseEmpty)
        } else {
            guard create else { throw StoreError.noDatabase(path: path) }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration)
            if let upgrading {
                let pending = try pool.read { db in
                    let applied = try Schema.migrator.appliedIdentifiers(db)
                    return applied.isEmpty ? [] : Schema.migrator.migrations.filter { !applied.contains($0) }
                }
                if !pending.isEmpty { upgrading(pending) }
            }
            // Each migration commits on its own: checkpointing after each keeps the WAL, and so the
            // disk that creating or upgrading a database needs at once, from holding them all.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 16") }
            try Schema.migrator.migrate(pool)
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000") }
        } catch {
            throw DamagedDatabase(error, path: path) ?? error
        }
        database = pool
        self.path = path
    }

    /// A private in-memory database (for tests and dry runs).
    public init() throws {
        database = try DatabaseQueue(configuration: Self.configuration)
        path = nil
        try Schema.migrator.migrate(database)
    }

    /// Every connection's settings.
    private static var configuration: Configuration {
        var configuration = SQLiteSetup.configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // 16 KiB pages for a new database (this runs before the file gets its header; an
            // existing file keeps its page size): a bulk import writes a quarter of the pages, and
            // of the WAL frames, of the default 4 KiB, and exports read a quarter of them
            // (BENCHMARKS.md, step 13).
            try db.execute(sql: "PRAGMA page_size = 16384")
            // 64 MiB page cache: index inserts of large imports stay in memory instead of thrashing.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return configuration
    }
}
