import GRDB

/// A database file that is not, or no longer, a usable Veerkracht database: empty, cut short, not
/// a SQLite file at all, with damaged pages, or the database of another program. The store refuses
/// it before changing anything; this says which file it is and what is wrong, without SQL or codes
/// (what to do is for the command line and the web app to say).
///
/// ```swift
/// do { _ = try Store(path: path, create: false) }
/// catch let damaged as DamagedDatabase { print(damaged) }   // "the database file … is empty (0 bytes): … Veerkracht did not change it."
/// ```
public struct DamagedDatabase: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Damage: Sendable, Equatable {
        /// The file has no bytes at all (and no `-wal` file holds any).
        case empty
        /// The file ends before the last page its header announces, or in the middle of a page.
        case truncated
        /// The file does not start with SQLite's header: another kind of file.
        case notSQLite
        /// SQLite cannot read pages of it (`SQLITE_CORRUPT`, `SQLITE_NOTADB`).
        case corrupt
        /// A SQLite database with tables but no Veerkracht schema history.
        case foreign
    }

    /// The database file.
    public let path: String
    public let damage: Damage

    public init(path: String, damage: Damage) {
        self.path = path
        self.damage = damage
    }

    /// The damage behind `error` at the database file `path`: `error` itself when it is a
    /// `DamagedDatabase`, `.corrupt` for SQLite's "malformed" and "not a database" errors, else nil.
    public init?(_ error: any Error, path: String?) {
        if let damaged = error as? DamagedDatabase {
            self = damaged
            return
        }
        guard let path, Self.isDamage(error) else { return nil }
        self.init(path: path, damage: .corrupt)
    }

    /// Whether `error` is SQLite finding a file damaged: "database disk image is malformed" or
    /// "file is not a database".
    static func isDamage(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    }

    /// What is wrong with the file, naming it.
    public var problem: String {
        switch damage {
        case .empty: "the database file \(path) is empty (0 bytes): it holds no data"
        case .truncated: "the database file \(path) is cut short: its end is missing"
        case .notSQLite: "the file \(path) is not a SQLite database, so not a Veerkracht database either (a CSV or other file given by mistake?)"
        case .corrupt: "the database file \(path) is damaged: SQLite cannot read parts of it"
        case .foreign: "the file \(path) is the SQLite database of another program: it has tables but no Veerkracht schema history"
        }
    }

    public var description: String { "\(problem). Veerkracht did not change it." }
}
