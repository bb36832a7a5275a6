import Foundation
import GRDB
import VeerkrachtCore
@testable import VeerkrachtStore
import VeerkrachtSurveys
import XCTest

final class MaintenanceTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-maintenance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func demoStore(_ name: String, rows: Int = 40) throws -> Store {
        let store = try Store(path: folder.appendingPathComponent(name).path)
        try store.register(Fixtures.instrument, source: BundledInstruments.veerkrachtmeterV1)
        let table = [Fixtures.header] + (0..<rows).map { Fixtures.row("r\($0)", wijk: $0 % 2 == 0 ? "WK077201" : "WK077202", answer: String(1 + $0 % 5)) }
        _ = try store.importResponses(from: Fixtures.reader(Fixtures.csv(table)), source: "t.csv")
        return store
    }

    func testBackupWhileWritingIsConsistent() throws {
        let store = try demoStore("live.sqlite")
        let user = try store.addUser(name: "vera", role: .veldwerker, gemeente: nil, password: "een lang wachtwoord")
        let writer = Thread {
            for i in 0..<200 {
                let row = Fixtures.row("w\(i)")
                _ = try? store.enterResponse(ResponseForm(respondent: row[0], wijk: row[1], datum: row[2], meting: row[3],
                                                          answers: Dictionary(uniqueKeysWithValues: zip(Fixtures.itemIDs, row.dropFirst(4)))), by: user)
            }
        }
        writer.start()
        let copy = folder.appendingPathComponent("copy.sqlite").path
        try store.backup(to: copy)
        while writer.isExecuting || !writer.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy + "-wal"), "one self-contained file")
        let backup = try Store(path: copy, create: false)
        let report = try backup.check()
        XCTAssertTrue(report.isHealthy, "\(report.problems)")
        XCTAssertThrowsError(try store.backup(to: copy), "never overwrites")
    }

    func testCheckFindsDamagedCellsAndRebuildRepairsThem() throws {
        let store = try demoStore("cells.sqlite")
        XCTAssertTrue(try store.check().isHealthy)
        try store.database.write { db in try db.execute(sql: "UPDATE score_cell SET n = n + 1 WHERE construct = 'cohesie' AND wijk = 'WK077201'") }
        let report = try store.check()
        XCTAssertFalse(report.isHealthy)
        XCTAssertTrue(report.problems.first?.contains("WK077201 cohesie") == true, "\(report.problems)")
        try store.rebuildCells()
        XCTAssertTrue(try store.check().isHealthy)
    }

    func testRestoreRefusesAnUnsoundFileAndRestoresABackup() throws {
        let store = try demoStore("main.sqlite")
        let backup = folder.appendingPathComponent("backup.sqlite").path
        try store.backup(to: backup)
        try store.database.write { db in try db.execute(sql: "DELETE FROM response WHERE respondent LIKE 'r1%'") }
        let garbage = folder.appendingPathComponent("garbage.sqlite").path
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: garbage))
        let saved = folder.appendingPathComponent("saved.sqlite").path
        XCTAssertThrowsError(try store.restore(from: garbage, savingCurrentTo: saved))
        XCTAssertFalse(FileManager.default.fileExists(atPath: saved), "nothing touched when the backup is refused")
        try store.restore(from: backup, savingCurrentTo: saved)
        XCTAssertEqual(try Fixtures.count(store, "response"), 40)
        XCTAssertTrue(try store.check().isHealthy)
        XCTAssertEqual(try Fixtures.count(Store(path: saved, create: false), "response"), 29, "the replaced content was saved first")
    }

    /// Databases made before 16 KiB pages have 4 KiB ones; backups of either restore into either
    /// (SQLite's backup API alone cannot write into a WAL database of another page size).
    func testRestoreAcrossPageSizes() throws {
        let oldPath = folder.appendingPathComponent("old.sqlite").path
        let old = try DatabaseQueue(path: oldPath)
        try old.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = 4096")
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        try old.close()
        let oldStore = try demoStore("old.sqlite", rows: 30)
        let newStore = try demoStore("new.sqlite", rows: 50)
        func pageSize(_ store: Store) throws -> Int { try store.database.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size")! } }
        XCTAssertEqual(try pageSize(oldStore), 4096)
        XCTAssertEqual(try pageSize(newStore), 16384)
        let oldBackup = folder.appendingPathComponent("old-backup.sqlite").path
        let newBackup = folder.appendingPathComponent("new-backup.sqlite").path
        try oldStore.backup(to: oldBackup)
        try newStore.backup(to: newBackup)

        try newStore.restore(from: oldBackup, savingCurrentTo: folder.appendingPathComponent("saved-new.sqlite").path)
        XCTAssertEqual(try Fixtures.count(newStore, "response"), 30)
        XCTAssertTrue(try newStore.check().isHealthy)
        XCTAssertEqual(try pageSize(newStore), 16384)

        try oldStore.restore(from: newBackup, savingCurrentTo: folder.appendingPathComponent("saved-old.sqlite").path)
        XCTAssertEqual(try Fixtures.count(oldStore, "response"), 50)
        XCTAssertTrue(try oldStore.check().isHealthy)
        XCTAssertEqual(try pageSize(oldStore), 4096)
    }
}
