import Foundation
import GRDB
@testable import VeerkrachtStore
import XCTest

/// Opening a database of an earlier version names the migrations about to run, so that the command
/// line can say why a large database takes a while; a new or current database says nothing.
final class StoreUpgradeTests: FolderTestCase {
    func testUpgradingNamesThePendingMigrationsOnce() throws {
        let path = folder.appendingPathComponent("old.sqlite").path
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: "v5: failed logins per name and per client")
        try old.close()
        var told: [[String]] = []
        _ = try Store(path: path) { told.append($0) }
        XCTAssertEqual(told, [["v6: answers as compact vectors", "v7: managed metingen, ids never reused, undoable imports"]])
        _ = try Store(path: path) { told.append($0) }
        XCTAssertEqual(told.count, 1, "an up-to-date database is opened without a word")
        _ = try Store(path: folder.appendingPathComponent("new.sqlite").path) { told.append($0) }
        XCTAssertEqual(told.count, 1, "a new database is created, not upgraded")
    }
}
