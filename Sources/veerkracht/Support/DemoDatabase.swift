import Foundation
import VeerkrachtStore

/// The database `veerkracht demo` fills: it may be replaced, because everything in it can be made
/// again; a database with anyone's own data never is.
enum DemoDatabase {
    /// Removes the database at `path` (with its WAL files) when it holds demo data and nothing
    /// else; returns whether it did.
    static func remove(at path: String) throws -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return false }   // missing, or empty (`init` makes it a database)
        let store = try Store(path: path, create: false)
        guard try store.holdsDemoData(), try store.holdsOnlyDemoData() else { return false }
        try delete(path)
        return true
    }

    /// Makes room for a new demo at `path`: removes a database that holds only demo data (or
    /// nothing at all); refuses one with other data.
    static func replace(at path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard try Store(path: path, create: false).holdsOnlyDemoData() else {
            throw CommandFailure("\(path) holds data that is not demo data; give the demo another file with --db PATH")
        }
        try delete(path)
    }

    private static func delete(_ path: String) throws {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
