import Foundation
import GRDB
@testable import VeerkrachtStore
import VeerkrachtSurveys
import XCTest

/// Damaged database files in the store: an empty, cut-short, non-SQLite,
/// corrupt or foreign file is refused with a `DamagedDatabase` that names it, before anything is
/// written to it; `Store.check(path:)` reports on every one of them; a restore replaces them and
/// keeps them. `DamagedDatabaseCommandTests` does the same with the built tool.
final class DamagedDatabaseTests: DamagedFileTestCase {

    func testEveryDamagedFileIsRefusedByNameAndLeftAsItWas() throws {
        for kind in DamagedFiles.refusedAtOpen {
            let damaged = try damaged(kind)
            for create in [false, true] {
                XCTAssertThrowsError(try Store(path: damaged.path, create: create), "\(kind)") { error in
                    XCTAssertEqual((error as? DamagedDatabase)?.damage, DamagedFiles.damage(kind), "\(kind): \(error)")
                    assertPlain("\(error)", naming: damaged.path, kind)
                }
            }
            try damaged.assertLeftAsItWas("opening")
        }
    }

    func testCheckReportsEveryDamagedFileWithoutChangingIt() throws {
        for kind in DamagedFiles.Kind.allCases {
            let damaged = try damaged(kind), path = damaged.path
            let report = try Store.check(path: path)
            XCTAssertFalse(report.isHealthy, "\(kind) is called sound")
            XCTAssertTrue(report.results.contains { !$0.passed }, "\(kind): \(report.results)")
            for problem in report.problems { assertPlain(problem, naming: nil, kind) }
            if kind == .foreign {
                XCTAssertEqual(report.problems, ["this is not a Veerkracht database (no schema history)"])
                XCTAssertNil(report.damage)
            } else {
                XCTAssertEqual(report.damage, DamagedDatabase(path: path, damage: DamagedFiles.damage(kind)), "\(kind)")
            }
            try damaged.assertLeftAsItWas("checking")
        }
    }

    func testInitialisingAnEmptyFileOnlyWhenAsked() throws {
        let path = try damaged(.empty).path
        XCTAssertThrowsError(try Store(path: path))
        let store = try Store(path: path, initialiseEmpty: true)
        try store.register(Fixtures.instrument, source: BundledInstruments.veerkrachtmeterV1)
        XCTAssertTrue(try store.check().isHealthy)
        for kind in DamagedFiles.refusedAtOpen where kind != .empty {
            XCTAssertThrowsError(try Store(path: try damaged(kind).path, initialiseEmpty: true), "\(kind)")
        }
    }

    func testASQLiteFileWithoutTablesGetsTheSchema() throws {
        let path = folder.appendingPathComponent("blank.sqlite").path
        try DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
        XCTAssertTrue(try Store(path: path, create: false).check().isHealthy)
    }

    /// Damage past the first page of every table is not seen when the file is opened (that would
    /// read it all): `check` finds it, and the command that reads it stops with the same error.
    func testDamageDeepInATableIsFoundByCheckAndByTheCommandThatReadsIt() throws {
        let path = try damaged(.corruptDeep).path
        let store = try Store(path: path, create: false)
        let report = try store.check()
        XCTAssertEqual(report.damage, DamagedDatabase(path: path, damage: .corrupt))
        XCTAssertEqual(report.results.first?.check, "SQLite integrity check")
        XCTAssertEqual(report.results.first?.passed, false)
        XCTAssertThrowsError(try store.rebuildCells()) { error in
            XCTAssertEqual(DamagedDatabase(error, path: path), DamagedDatabase(path: path, damage: .corrupt), "\(error)")
            XCTAssertNil(StorageFault(error))
        }
    }

    func testRestoreReplacesADamagedFileAndKeepsItAsItWas() throws {
        let backup = folder.appendingPathComponent("backup.sqlite").path
        try Store(path: sound, create: false).backup(to: backup)
        for kind in DamagedFiles.Kind.allCases where kind != .foreign {
            let damaged = try damaged(kind)
            let saved = damaged.path + ".saved"
            let store = try Store.restore(from: backup, replacingDamaged: damaged.path, savingItTo: saved)
            XCTAssertTrue(try store.check().isHealthy, "\(kind)")
            XCTAssertEqual(try Fixtures.count(store, "response"), DamagedFiles.responses, "\(kind)")
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: saved)), damaged.bytes, "\(kind): the damaged file was not kept as it was")
        }
    }

    func testARestoreRefusesADamagedBackup() throws {
        let store = try Store(path: sound, create: false)
        for kind in DamagedFiles.Kind.allCases {
            let backup = try damaged(kind).path
            XCTAssertThrowsError(try store.restore(from: backup, savingCurrentTo: backup + ".saved"), "\(kind)") { error in
                XCTAssertTrue(error is MaintenanceError, "\(kind): \(error)")
                XCTAssertTrue("\(error)".contains(backup) && "\(error)".contains("nothing was restored"), "\(kind): \(error)")
            }
        }
        XCTAssertEqual(try Fixtures.count(store, "response"), DamagedFiles.responses)
    }

    func testOnlySQLiteDamageIsADamagedDatabase() {
        for code in [ResultCode.SQLITE_CORRUPT, .SQLITE_CORRUPT_INDEX, .SQLITE_NOTADB] {
            XCTAssertEqual(DamagedDatabase(DatabaseError(resultCode: code), path: "v.sqlite"), DamagedDatabase(path: "v.sqlite", damage: .corrupt))
            XCTAssertNil(StorageFault(DatabaseError(resultCode: code)))
            XCTAssertNil(DamagedDatabase(DatabaseError(resultCode: code), path: nil), "no file to name")
        }
        for code in [ResultCode.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_CONSTRAINT, .SQLITE_ERROR] {
            XCTAssertNil(DamagedDatabase(DatabaseError(resultCode: code), path: "v.sqlite"), "\(code)")
        }
        XCTAssertNil(DamagedDatabase(StoreError.noInstrument, path: "v.sqlite"))
    }

    /// A message in plain words: the file's path (when given), no SQLite codes or SQL, on one line.
    private func assertPlain(_ message: String, naming path: String?, _ kind: DamagedFiles.Kind,
                             file: StaticString = #filePath, line: UInt = #line) {
        if let path { XCTAssertTrue(message.contains(path), "\(kind): \(message)", file: file, line: line) }
        XCTAssertFalse(message.contains("SQLite error") || message.contains("PRAGMA") || message.contains("\n"),
                       "\(kind): \(message)", file: file, line: line)
    }
}
