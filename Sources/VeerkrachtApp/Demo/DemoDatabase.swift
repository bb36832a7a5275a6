import Foundation
import VeerkrachtStore

/// The rule that keeps own data and the demo's synthetic residents apart. The database
/// `veerkracht demo` fills may be replaced, because everything in it can be made again; a database
/// with anyone's own data never is, and own data is never imported into the demo's.
public enum DemoDatabase {
    /// A database the rule refuses; the shells phrase it for their users.
    public enum Refusal: Error, Equatable, Sendable {
        /// The database at `path` holds the demo's synthetic residents: own data would mix with them.
        case holdsDemoData(path: String)
        /// The database at `path` holds data that is not demo data: the demo may not replace it.
        case holdsOtherData(path: String)
    }

    /// Removes the database at `path` (with its WAL files) when it holds demo data and nothing
    /// else; returns whether it did.
    public static func remove(at path: String) throws -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return false }   // missing, or empty (`init` makes it a database)
        let store = try Store(path: path, create: false)
        guard try store.holdsDemoData(), try store.holdsOnlyDemoData() else { return false }
        try delete(path)
        return true
    }

    /// Makes room for a new demo at `path`: removes a database that holds only demo data (or
    /// nothing at all); refuses one with other data (`Refusal.holdsOtherData`).
    public static func replace(at path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard try Store(path: path, create: false).holdsOnlyDemoData() else { throw Refusal.holdsOtherData(path: path) }
        try delete(path)
    }

    /// Refuses (`Refusal.holdsDemoData`) to let own data into `store`, the database at `path`,
    /// when it holds the demo's synthetic residents.
    public static func requireOwnData(_ store: Store, at path: String) throws {
        guard try !store.holdsDemoData() else { throw Refusal.holdsDemoData(path: path) }
    }

    private static func delete(_ path: String) throws {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
