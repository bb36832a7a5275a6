import Foundation
import GRDB
@testable import VeerkrachtStore
import VeerkrachtSurveys
import TestSupport
import XCTest

/// Database files damaged in each way a file can be, made from a sound Veerkracht database: what
/// `DamagedDatabaseTests` gives the store and `DamagedDatabaseCommandTests` the built tool.
enum DamagedFiles {
    enum Kind: String, CaseIterable {
        /// 0 bytes.
        case empty
        /// The first 100,000 bytes of a sound database.
        case truncated
        /// A CSV file given as the database.
        case csv
        /// A PNG image renamed.
        case png
        /// Page 1 (the schema) overwritten after its 100-byte header.
        case corruptSchema
        /// The first page of the `response` table overwritten.
        case corruptTable
        /// The last page of the `response` table damaged: found only by reading every page.
        case corruptDeep
        /// A SQLite database of another program (rollback journal, as the `sqlite3` shell makes it).
        case foreign
    }

    /// The kinds the store refuses when it opens them, before it writes anything.
    static let refusedAtOpen = Kind.allCases.filter { $0 != .corruptDeep }

    /// What the store makes of each kind.
    static func damage(_ kind: Kind) -> DamagedDatabase.Damage {
        switch kind {
        case .empty: .empty
        case .truncated: .truncated
        case .csv, .png: .notSQLite
        case .corruptSchema, .corruptTable, .corruptDeep: .corrupt
        case .foreign: .foreign
        }
    }

    /// Responses stored in the sound database, in one meting: enough for the `response` table to
    /// span several pages.
    static let responses = 2_000

    /// A sound, checkpointed Veerkracht database at `path` with `responses` responses of 2025-voorjaar.
    static func sound(at path: String) throws {
        let store = try Store(path: path)
        try store.register(Fixtures.instrument, source: BundledInstruments.veerkrachtmeterV1)
        _ = try store.importResponses(from: Fixtures.reader(FaultFixtures.responses(responses, meting: "2025-voorjaar", seed: 1)),
                                      source: "eerste.csv")
        try store.database.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        try store.database.close()
    }

    /// A damaged file as made, alone in its folder (so that files left next to it show).
    struct File {
        let kind: Kind
        let path: String
        /// Its bytes when it was made.
        let bytes: Data

        /// Fails unless the file still has its bytes and nothing was left next to it.
        func assertLeftAsItWas(_ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes, "\(kind): \(what) changed the file", file: file, line: line)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent),
                           [(path as NSString).lastPathComponent], "\(kind): \(what) left files next to it", file: file, line: line)
        }
    }

    /// A file of `kind`, `veerkracht.sqlite` in a folder named after it in `folder`, from the sound
    /// database at `sound`.
    static func make(_ kind: Kind, in folder: URL, from sound: String) throws -> File {
        let place = folder.appendingPathComponent(kind.rawValue)
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        let path = place.appendingPathComponent("veerkracht.sqlite").path
        try make(kind, at: path, from: sound)
        return File(kind: kind, path: path, bytes: try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Writes a file of `kind` to `path`, from the sound database at `sound`.
    private static func make(_ kind: Kind, at path: String, from sound: String) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: sound)))
        switch kind {
        case .empty: bytes = []
        case .truncated: bytes = Array(bytes.prefix(100_000))
        case .csv: bytes = Array(FaultFixtures.responses(20, meting: "2025-voorjaar", seed: 2).utf8)
        case .png: bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0x42, count: 4_000)
        case .corruptSchema: overwrite(&bytes, at: 100, count: try pageSize(sound) - 100)
        case .corruptTable: overwrite(&bytes, at: try (responsePage(sound, last: false) - 1) * pageSize(sound), count: 64)
        case .corruptDeep: overwrite(&bytes, at: try (responsePage(sound, last: true) - 1) * pageSize(sound) + 8, count: 32)
        case .foreign:
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE klant (id INTEGER PRIMARY KEY, naam TEXT NOT NULL)")
                try db.execute(sql: "INSERT INTO klant (naam) VALUES ('Jansen'), ('De Vries')")
            }
            try queue.close()
            return
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// `count` bytes of `bytes` from `offset` set to 0xFF: page headers and cell pointers that
    /// point nowhere.
    private static func overwrite(_ bytes: inout [UInt8], at offset: Int, count: Int) {
        bytes.replaceSubrange(offset..<offset + count, with: repeatElement(0xFF, count: count))
    }

    private static func pageSize(_ path: String) throws -> Int {
        try readOnly(path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size")! }
    }

    private static func readOnly(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// The `response` table's root page or, with `last`, its last leaf page (the right-most child of
    /// its root, an interior page at `responses` rows).
    private static func responsePage(_ path: String, last: Bool) throws -> Int {
        let root = try readOnly(path).read { db in
            try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'response'")!
        }
        guard last else { return root }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let header = (root - 1) * (try pageSize(path))
        precondition(bytes[header] == 0x05, "the response table has one page; store more responses")
        return bytes[header + 8..<header + 12].reduce(0) { $0 << 8 | Int($1) }
    }
}

/// A test case with a sound Veerkracht database in its folder (`sound`) to make damaged files from.
class DamagedFileTestCase: FolderTestCase {
    private(set) var sound: String!

    override func setUpWithError() throws {
        try super.setUpWithError()
        sound = folder.appendingPathComponent("sound.sqlite").path
        try DamagedFiles.sound(at: sound)
    }

    /// A damaged file of `kind`, alone in a folder of its own.
    func damaged(_ kind: DamagedFiles.Kind) throws -> DamagedFiles.File {
        try DamagedFiles.make(kind, in: folder, from: sound)
    }
}
