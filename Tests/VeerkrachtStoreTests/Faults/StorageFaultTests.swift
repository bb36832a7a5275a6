import Foundation
import GRDB
import VeerkrachtCore
@testable import VeerkrachtStore
import VeerkrachtSurveys
import TestSupport
import XCTest

/// A full disk and a read-only database in the store itself (issue 6): the write is refused as a
/// `StorageFault` that names the cause, and nothing of it is kept. The disk fills up through
/// SQLite's `max_page_count` on the writing connection (the usual way to get SQLITE_FULL at a
/// chosen size); the database turns read-only through `query_only`, which stops writes as chmod
/// would, also for root. `StorageFaultCommandTests` does both for real with the built tool.
final class StorageFaultTests: FolderTestCase {
    /// A file database in WAL mode (as the tool uses) holding 200 responses of 2025-voorjaar.
    private func filledStore() throws -> Store {
        let store = try Store(path: folder.appendingPathComponent("fault.sqlite").path)
        try store.register(Fixtures.instrument, source: BundledInstruments.veerkrachtmeterV1)
        _ = try store.importResponses(from: Fixtures.reader(FaultFixtures.responses(200, meting: "2025-voorjaar", seed: 1)), source: "eerste.csv")
        return store
    }

    func testDiskFullDuringLargeImportKeepsNothing() throws {
        let store = try filledStore()
        let before = try store.database.read(FaultFixtures.content)
        let large = FaultFixtures.responses(3_000, meting: "2026-voorjaar", seed: 2)
        let original = try store.database.writeWithoutTransaction { db -> Int in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count")!
            let original = try Int.fetchOne(db, sql: "PRAGMA max_page_count")!
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 16)")   // 64 KiB left; the file needs megabytes
            return original
        }

        XCTAssertThrowsError(try store.importResponses(from: Fixtures.reader(large), source: "groot.csv")) { error in
            XCTAssertEqual(StorageFault(error), .full, "\(error)")
            XCTAssertTrue("\(StorageFault(error).map { "\($0)" } ?? "")".contains("disk that holds the database is full"))
        }
        XCTAssertEqual(try store.database.read(FaultFixtures.content), before, "the refused import left something behind")
        XCTAssertEqual(try store.database.read { db in try StoreAudit.problems(db, instrument: Fixtures.instrument) }, [])
        XCTAssertTrue(try store.check().isHealthy)

        // With room again, the same file goes in whole.
        try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(original)") }
        XCTAssertEqual(try store.importResponses(from: Fixtures.reader(large), source: "groot.csv").rows, 3_000)
        XCTAssertEqual(try Fixtures.count(store, "response"), 3_200)
    }

    func testReadOnlyDatabaseRefusesImportEntryAndAccounts() throws {
        let store = try filledStore()
        let user = try store.addUser(name: "vera", role: .veldwerker, gemeente: nil, password: "vera-wachtwoord")
        let form = ResponseForm(respondent: "r-nieuw", wijk: "WK077201", datum: "2025-03-14", meting: "2025-voorjaar",
                                answers: Dictionary(uniqueKeysWithValues: Fixtures.itemIDs.map { ($0, $0.hasPrefix("svt") ? "7" : "4") }))
        let before = try store.database.read(FaultFixtures.content)
        try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = ON") }

        let attempts: [(String, () throws -> Void)] = [
            ("import", { _ = try store.importResponses(from: Fixtures.reader(FaultFixtures.responses(50, meting: "2026-voorjaar", seed: 3)),
                                                       source: "nieuw.csv") }),
            ("form entry", { _ = try store.enterResponse(form, by: user) }),
            ("session", { _ = try store.startSession(for: user) }),
            ("account", { try store.addUser(name: "victor", role: .veldwerker, gemeente: nil, password: "victor-wachtwoord") }),
        ]
        for (name, attempt) in attempts {
            XCTAssertThrowsError(try attempt(), name) { error in XCTAssertEqual(StorageFault(error), .readOnly, "\(name): \(error)") }
        }
        XCTAssertEqual(try store.database.read(FaultFixtures.content), before)
        XCTAssertEqual(try store.metingLabels(), ["2025-voorjaar"], "reading still works")
    }

    func testOnlyMachineFaultsAreStorageFaults() {
        let cases: [(ResultCode, StorageFault?)] = [
            (.SQLITE_FULL, .full), (.SQLITE_READONLY, .readOnly), (.SQLITE_READONLY_DIRECTORY, .readOnly),
            (.SQLITE_CANTOPEN, .cannotOpen), (.SQLITE_CANTOPEN_ISDIR, .cannotOpen),
            (.SQLITE_IOERR, .ioError), (.SQLITE_IOERR_WRITE, .ioError), (.SQLITE_IOERR_FSYNC, .ioError),
            (.SQLITE_CONSTRAINT, nil), (.SQLITE_BUSY, nil), (.SQLITE_CORRUPT, nil), (.SQLITE_ERROR, nil),
        ]
        for (code, expected) in cases {
            XCTAssertEqual(StorageFault(DatabaseError(resultCode: code)), expected, "\(code)")
        }
        XCTAssertNil(StorageFault(StoreError.noInstrument))
    }
}
