import Foundation
import GRDB

/// An existing database file, looked at before the store opens it for writing: its first 100
/// bytes (SQLite's header) and, read-only, its list of tables and the first page of each. An
/// empty, cut-short, foreign, damaged or non-SQLite file is refused untouched (`DamagedDatabase`)
/// instead of being given a schema, or failing deep inside SQLite. Files it cannot read are left
/// to SQLite, whose error says why (`StorageFault`). It reads a few pages, whatever the size of
/// the database.
enum DatabaseFile {
    /// Throws when the file at `path` cannot be opened as a Veerkracht database. `initialiseEmpty`
    /// lets an empty file through (it gets a new schema).
    static func inspect(_ path: String, initialiseEmpty: Bool) throws(DamagedDatabase) {
        let companions = Companions(path)
        for look in [headerDamage, schemaDamage] {
            guard let damage = look(path) else { continue }
            if damage == .empty && initialiseEmpty { return }
            companions.removeCreated()
            throw DamagedDatabase(path: path, damage: damage)
        }
    }

    /// What the file's size and header show to be wrong with it, if anything: empty (with no
    /// `-wal` file holding data), not starting like a SQLite file, or shorter than its pages.
    static func headerDamage(_ path: String) -> DamagedDatabase.Damage? {
        guard let (size, header) = readHeader(path) else { return nil }
        let walSize = fileSize(path + "-wal") ?? 0
        if size == 0 { return walSize == 0 ? .empty : nil }
        let magic = Array("SQLite format 3\0".utf8)
        guard header.starts(with: magic.prefix(header.count)) else { return .notSQLite }
        guard header.count == 100 else { return .truncated }
        let pageSize = header[16] == 0 && header[17] == 1 ? 65_536 : Int(header[16]) << 8 | Int(header[17])
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { return .corrupt }
        // A -wal or rollback journal file may still hold pages that belong at the end: SQLite decides.
        guard walSize == 0, fileSize(path + "-journal") == nil else { return nil }
        let pages = bigEndian(header, 28), changes = bigEndian(header, 24), validFor = bigEndian(header, 92)
        if size % pageSize != 0 || (changes == validFor && size < pages * pageSize) { return .truncated }
        return nil
    }

    /// What the file's tables show, read-only: another program's database, damage to the schema or
    /// to the first pages of a table (the rest is `Store.check()`'s work, which reads every
    /// page), or (a file whose data is all in its `-wal` file) no tables at all.
    private static func schemaDamage(_ path: String) -> DamagedDatabase.Damage? {
        var configuration = SQLiteSetup.configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db -> DamagedDatabase.Damage? in
                let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
                if names.isEmpty { return fileSize(path) == 0 ? .empty : nil }
                guard names.contains("grdb_migrations") else { return .foreign }
                let applied = try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
                guard names.count == 1 || Schema.migrator.migrations.contains(where: applied.contains) else { return .foreign }
                for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
                    _ = try Table(table).limit(1).fetchOne(db)
                }
                return nil
            }
        } catch {
            return DamagedDatabase.isDamage(error) ? .corrupt : nil
        }
    }

    /// The file's size and first 100 bytes (fewer when it is shorter); nil when it cannot be read
    /// or is not a regular file.
    private static func readHeader(_ path: String) -> (size: Int, header: [UInt8])? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var header = [UInt8](repeating: 0, count: 100)
        let count = header.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 100, 0) }
        return count < 0 ? nil : (Int(status.st_size), Array(header.prefix(count)))
    }

    private static func fileSize(_ path: String) -> Int? {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : nil
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int) -> Int {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }

    /// The `-wal` and `-shm` files next to a database. A read-only connection creates them for a
    /// database in WAL mode and leaves them behind; a refused file should be left as it was found.
    struct Companions {
        private let missing: [String]

        init(_ path: String) {
            missing = [path + "-wal", path + "-shm"].filter { !FileManager.default.fileExists(atPath: $0) }
        }

        /// Removes those that did not exist before, when no -wal file with data came of them.
        func removeCreated() {
            guard missing.allSatisfy({ !$0.hasSuffix("-wal") || (fileSize($0) ?? 0) == 0 }) else { return }
            for path in missing { try? FileManager.default.removeItem(atPath: path) }
        }
    }
}
