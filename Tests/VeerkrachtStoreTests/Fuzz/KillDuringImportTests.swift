import Foundation
import GRDB
import VeerkrachtCore
import VeerkrachtDemo
@testable import VeerkrachtStore
import FuzzSupport
import TestSupport
import XCTest

/// Crash safety of the all-or-nothing import (issue 6): the built command line tool imports a
/// responses file and is killed with SIGKILL (no clean-up at all, as by the OOM killer or a power
/// cut for the process) at random moments. Afterwards the database must pass
/// `PRAGMA integrity_check` and hold either every row of the file or none, with `score_cell`,
/// metingen, gebieden and batches in step (`StoreAudit`); and importing the file again must work.
///
/// 1. A demo file of 100,000 rows, killed 5 times after a random 50–1500 ms (a debug build needs
///    about half a minute for the whole import, so these kills land while rows are being written).
/// 2. Its first 3,000 rows: imported once to the end (timing it), then killed 4 times at random
///    moments between 50% and 115% of that time, so that kills also land in the commit, the WAL
///    checkpoint and the exit; the last killed database is then imported into again.
///
/// Needs `.build/debug/veerkracht` (`swift build`); skipped with a message otherwise.
final class KillDuringImportTests: FolderTestCase {
    func testKilledImportLeavesAllRowsOrNone() throws {
        let tool = try CommandLineTool.built()
        let started = Date()
        let files = try writeFiles()
        var random = FuzzRandom(seed: FuzzSettings.seed, stream: 0x4B11, case: 0)
        print("KillDuringImport: \(files.allRows) rows written in \(String(format: "%.1f", Date().timeIntervalSince(started))) s, "
            + "seed \(FuzzSettings.seed)")

        for run in 1...5 {
            let delay = Double(random.int(50...1500)) / 1000
            try importAndCheck("large run \(run)", tool: tool, file: files.all, rows: files.allRows, killAfter: delay)
        }

        let complete = try importAndCheck("small run 1, not killed", tool: tool, file: files.small, rows: files.smallRows, killAfter: nil)
        XCTAssertEqual(complete.stored, files.smallRows, "an import that runs to the end stores every row")
        var last = complete
        for run in 2...5 {
            let delay = complete.seconds * (0.5 + 0.65 * Double(random.below(1001)) / 1000)
            last = try importAndCheck("small run \(run)", tool: tool, file: files.small, rows: files.smallRows, killAfter: delay)
        }
        let again = try importAndCheck("small run 5 imported again", tool: tool, file: files.small, rows: files.smallRows,
                                       killAfter: nil, database: last.database)
        XCTAssertEqual(again.stored, files.smallRows, "after a killed import the file can be imported (exit status \(again.status))")
        print("KillDuringImport: done in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    // MARK: Steps

    private struct Files {
        let all: URL
        let allRows: Int
        let small: URL
        let smallRows: Int
    }

    /// ~100,000 demo responses (one meting) and a file with the first 3,000 of them.
    private func writeFiles() throws -> Files {
        var configuration = DemoConfiguration()
        configuration.respondents = 100_000
        configuration.metingen = ["2025-voorjaar"]
        configuration.seed = 6
        let generator = DemoGenerator(instrument: Fixtures.instrument, configuration: configuration)
        var text = Data((generator.responsesHeader.joined(separator: ",") + "\n").utf8)
        text.reserveCapacity(12 << 20)
        var rows = 0
        var smallEnd = 0
        generator.responses(meting: 0) { fields in
            text.append(contentsOf: (fields.joined(separator: ",") + "\n").utf8)
            rows += 1
            if rows == 3_000 { smallEnd = text.count }
        }
        let all = folder.appendingPathComponent("responses.csv")
        let small = folder.appendingPathComponent("responses-3000.csv")
        try text.write(to: all)
        try text.prefix(smallEnd).write(to: small)
        return Files(all: all, allRows: rows, small: small, smallRows: 3_000)
    }

    private struct Run {
        let database: URL
        let stored: Int
        let seconds: Double
        let status: Int32
    }

    /// `init` (unless `database` is given), then `import responses`, killed after `killAfter` seconds
    /// when it still runs; then the checks on what the database holds.
    @discardableResult
    private func importAndCheck(_ name: String, tool: CommandLineTool, file: URL, rows: Int, killAfter delay: Double?,
                                database given: URL? = nil) throws -> Run {
        let database = given ?? folder.appendingPathComponent("\(name.filter { $0.isLetter || $0.isNumber }).sqlite")
        if given == nil {
            let initialise = try tool.start(["init", "--db", database.path], log: folder.appendingPathComponent("init.log"))
            initialise.waitUntilExit()
            XCTAssertEqual(initialise.terminationStatus, 0, "\(name): init failed")
        }
        let before = given == nil ? 0 : try stored(in: database)
        let start = Date()
        let process = try tool.start(["import", "responses", file.path, "--db", database.path], log: folder.appendingPathComponent("\(name).log"))
        var killed = false
        if let delay {
            while process.isRunning && Date().timeIntervalSince(start) < delay { Thread.sleep(forTimeInterval: 0.002) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed = true
            }
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        let signalled = process.terminationReason == .uncaughtSignal
        let log = (try? String(contentsOf: folder.appendingPathComponent("\(name).log"), encoding: .utf8)) ?? ""

        let queue = try DatabaseQueue(path: database.path)
        let (count, problems) = try queue.read { db -> (Int, [String]) in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems.append("integrity_check: \(integrity.prefix(5))") }
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM response")!
            let batches = try Int.fetchOne(db, sql: "SELECT count(*) FROM batch WHERE kind = 'responses'")!
            if count == before {
                // Nothing of this import: nothing else of it either.
                let leftovers = try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM meting) + (SELECT count(*) FROM wijk) + (SELECT count(*) FROM gemeente)")!
                if before == 0 && (leftovers > 0 || batches > 0) {
                    problems.append("no responses but \(leftovers) metingen, wijken and gemeenten and \(batches) batches")
                }
            } else if count == before + rows || (before == rows && count == rows) {
                let distinct = try Int.fetchOne(db, sql: "SELECT count(DISTINCT respondent) FROM response")!
                if distinct != count { problems.append("\(count) responses but \(distinct) respondents") }
                // Every response checked one by one takes minutes for 100,000 in a debug build: then
                // check the cells, batches and integrity only (batch 0 holds no responses).
                problems += try StoreAudit.problems(db, instrument: try Store.instrument(db).instrument, batch: count > 20_000 ? 0 : nil)
            } else {
                problems.append("\(count) responses: neither none nor all \(rows) rows of the file")
            }
            return (count, problems)
        }
        try queue.close()
        let outcome = killed ? "killed after \(Int(delay! * 1000)) ms"
            : "exited with status \(process.terminationStatus) after \(Int(seconds * 1000)) ms"
        print("KillDuringImport \(name): \(outcome) → \(count) of \(rows) rows stored; \(problems.isEmpty ? "database consistent" : "PROBLEMS")")
        XCTAssertEqual(problems, [], "\(name) (\(outcome)): \(problems.joined(separator: "\n"))")
        if !killed {
            XCTAssertFalse(signalled, "\(name): the import died of signal \(process.terminationStatus) without being killed:\n\(log.suffix(2000))")
            if before == 0 {
                XCTAssertEqual(process.terminationStatus, 0, "\(name): the import failed:\n\(log.suffix(2000))")
                XCTAssertEqual(count, rows, "\(name): an import that exited normally stored \(count) of \(rows) rows")
            }
        }
        return Run(database: database, stored: count, seconds: seconds, status: process.terminationStatus)
    }

    private func stored(in database: URL) throws -> Int {
        let queue = try DatabaseQueue(path: database.path)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM response")! }
    }
}
