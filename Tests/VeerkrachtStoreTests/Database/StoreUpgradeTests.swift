import Foundation
import GRDB
@_spi(Testing) @testable import VeerkrachtStore
import TestSupport
import VeerkrachtSurveys
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
        XCTAssertEqual(told, [["v6: answers as compact vectors", "v7: managed metingen, ids never reused, undoable imports",
                               "v8: veerkrachtmeter v1 declares its missing codes", "v9: rapportagegebieden", "v10: wijkkaart",
                               "v11: verhalen",
                               "v12: fewer response indexes to keep up during an import"]])
        _ = try Store(path: path) { told.append($0) }
        XCTAssertEqual(told.count, 1, "an up-to-date database is opened without a word")
        _ = try Store(path: folder.appendingPathComponent("new.sqlite").path) { told.append($0) }
        XCTAssertEqual(told.count, 1, "a new database is created, not upgraded")
    }
}

/// Migration v7 gives `response` and `activiteit` ids that are never reused, starting above every
/// id already stored or named in the audit log (an entry deleted before the upgrade included).
final class ManagedEntriesMigrationTests: FolderTestCase {
    func testIdsStartAboveEveryIdTheAuditLogNames() throws {
        let path = folder.appendingPathComponent("v6.sqlite").path
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: "v6: answers as compact vectors")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO instrument (id, name, version, definition, registered_at) VALUES (1, 'x', 1, '', '');
                INSERT INTO gemeente (code) VALUES ('GM0772');
                INSERT INTO wijk (code, gemeente) VALUES ('WK077201', 'GM0772');
                INSERT INTO meting (id, label) VALUES (1, '2025-voorjaar');
                INSERT INTO batch (id, kind, source, created_at) VALUES (1, 'responses', 'formulier (a)', '');
                INSERT INTO user (id, name, role, password_hash, created_at) VALUES (1, 'a', 'analist', 'x', '');
                INSERT INTO response (id, respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id)
                    VALUES (7, 'r7', 1, 'WK077201', '2025-03-01', 1, x'', x'', 1);
                INSERT INTO audit (at, user_id, user_name, action, entity, entity_id) VALUES ('', 1, 'a', 'delete', 'response', 8);
                INSERT INTO audit (at, user_id, user_name, action, entity, entity_id) VALUES ('', 1, 'a', 'delete', 'activiteit', 3);
                """)
        }
        try old.close()
        let store = try Store(path: path)
        try store.database.write { db in
            try db.execute(sql: """
                INSERT INTO response (respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id)
                    VALUES ('r9', 1, 'WK077201', '2025-03-01', 1, x'', x'', 1);
                INSERT INTO activiteit (datum, wijk, naam, thema, deelnemers, uren, vrijwilligers, batch_id)
                    VALUES ('2025-03-01', 'WK077201', 'a', 'Armoede & Meedoen', 1, 1, 0, 1);
                """)
        }
        let ids = try store.database.read { db in
            (try Int64.fetchOne(db, sql: "SELECT max(id) FROM response"), try Int64.fetchOne(db, sql: "SELECT max(id) FROM activiteit"))
        }
        XCTAssertEqual(ids.0, 9, "above the deleted 8 the audit log names")
        XCTAssertEqual(ids.1, 4)
    }
}

/// Migration v8 gives a veerkrachtmeter v1 registered before `missing_codes` existed the same
/// declaration, so the database's instrument is the bundled one again, 98/99 included.
final class MissingCodesMigrationTests: FolderTestCase {
    func testTheV1RegisteredBeforeMissingCodesBecomesTheBundledText() throws {
        let bundled = BundledInstruments.veerkrachtmeterV1
        let declaration = try XCTUnwrap(bundled.range(of: "# Answers stored as missing"))
        let end = try XCTUnwrap(bundled.range(of: "\n", range: bundled.range(of: "missing_codes:")!.upperBound..<bundled.endIndex))
        var earlier = bundled
        earlier.removeSubrange(declaration.lowerBound..<end.upperBound)
        XCTAssertFalse(earlier.contains("missing_codes"))

        let path = folder.appendingPathComponent("v7.sqlite").path
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: "v7: managed metingen, ids never reused, undoable imports")
        try old.write { db in
            try db.execute(sql: "INSERT INTO instrument (name, version, definition, registered_at) VALUES ('veerkrachtmeter', 1, ?, '')",
                           arguments: [earlier])
        }
        try old.close()
        let store = try Store(path: path)
        XCTAssertEqual(try store.fetchOneRow("SELECT definition FROM instrument")?["definition"] as String?, bundled)
        XCTAssertEqual(try store.instrument().instrument.missingCodes.count, 5)
    }
}
