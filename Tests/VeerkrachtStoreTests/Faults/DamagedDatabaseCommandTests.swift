import Foundation
import TestSupport
import XCTest

/// The built tool on damaged database files: every command that opens the
/// database names the file and says what to do in one plain line with exit status 1, and leaves
/// its bytes as they were; `check` reports on every one and never calls it sound; `init` fills an
/// empty file only; `restore` replaces any but another program's database, keeping the file.
///
/// Needs `.build/debug/veerkracht` (`swift build`); skipped with a message otherwise.
final class DamagedDatabaseCommandTests: DamagedFileTestCase {
    private var tool: CommandLineTool!

    override func setUpWithError() throws {
        try super.setUpWithError()
        tool = try CommandLineTool.built()
    }

    func testEveryCommandNamesTheDamagedFileInOneLine() throws {
        let csv = try write(FaultFixtures.responses(20, meting: "2026-voorjaar", seed: 4), "meer.csv")
        let commands: [[String]] = [
            ["status"], ["import", "responses", csv.path], ["export", "scores", "--by", "wijk"], ["themas", "list"],
            ["users", "list"], ["backup", "--out", folder.appendingPathComponent("kopie.sqlite").path],
            ["report", "wijk", "WK077201", "--meting", "2025-voorjaar", "--out", folder.appendingPathComponent("wijk.html").path],
            ["serve", "--port", "0"],
        ]
        for kind in DamagedFiles.refusedAtOpen {
            let damaged = try damaged(kind)
            for command in commands {
                let run = try tool.run(command + ["--db", damaged.path], timeLimit: 30)
                XCTAssertEqual(run.status, 1, "\(kind) \(command): \(run.errors)")
                assertOnePlainLine(run.errors, naming: damaged.path, "\(kind) \(command)")
            }
            try damaged.assertLeftAsItWas("a refused command")
        }
    }

    func testCheckNeverCallsADamagedFileSound() throws {
        for kind in DamagedFiles.Kind.allCases {
            let damaged = try damaged(kind), path = damaged.path
            for arguments in [["check"], ["check", "--repair-cells"]] {
                let run = try tool.run(arguments + ["--db", path])
                XCTAssertEqual(run.status, 1, "\(kind) \(arguments): \(run.output)\(run.errors)")
                XCTAssertFalse(run.output.contains("sound"), "\(kind) \(arguments): \(run.output)")
                XCTAssertTrue(run.output.contains("FAIL "), "\(kind) \(arguments): \(run.output)")
                XCTAssertTrue(run.errors.contains("the database at \(path) has problems:"), "\(kind) \(arguments): \(run.errors)")
                XCTAssertFalse(run.errors.contains("SQLite error") || run.errors.contains("PRAGMA"), "\(kind) \(arguments): \(run.errors)")
                if kind != .foreign {
                    XCTAssertTrue(run.output.contains("FAIL SQLite integrity check") || run.output.contains("FAIL database file"),
                                  "\(kind) \(arguments): \(run.output)")
                    XCTAssertTrue(run.errors.contains("veerkracht restore FILE"), "\(kind) \(arguments): \(run.errors)")
                }
            }
            if kind != .corruptDeep { try damaged.assertLeftAsItWas("check") }
        }
    }

    func testInitFillsAnEmptyFileAndRefusesEveryOtherDamagedOne() throws {
        for kind in DamagedFiles.refusedAtOpen {
            let damaged = try damaged(kind), path = damaged.path
            let run = try tool.run(["init", "--db", path])
            if kind == .empty {
                XCTAssertEqual(run.status, 0, run.errors)
                XCTAssertEqual(try tool.run(["check", "--db", path]).status, 0)
            } else {
                XCTAssertEqual(run.status, 1, "\(kind): \(run.errors)")
                assertOnePlainLine(run.errors, naming: path, "\(kind)")
                try damaged.assertLeftAsItWas("init")
            }
        }
    }

    func testRestoreReplacesADamagedFileButNotAnotherProgramsDatabase() throws {
        let backup = folder.appendingPathComponent("backup.sqlite").path
        XCTAssertEqual(try tool.run(["backup", "--db", sound, "--out", backup]).status, 0)
        for kind in DamagedFiles.Kind.allCases {
            let damaged = try damaged(kind), path = damaged.path
            let run = try tool.run(["restore", backup, "--db", path])
            let place = (path as NSString).deletingLastPathComponent
            if kind == .foreign {
                XCTAssertEqual(run.status, 1, run.errors)
                assertOnePlainLine(run.errors, naming: path, "\(kind)")
                try damaged.assertLeftAsItWas("restore")
                continue
            }
            XCTAssertEqual(run.status, 0, "\(kind): \(run.errors)")
            XCTAssertEqual(try tool.run(["check", "--db", path]).status, 0, "\(kind): the restored database is not sound")
            let saved = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: place).first { $0.contains(".before-restore-") && $0.hasSuffix(".sqlite") },
                                      "\(kind): the damaged file was not kept")
            if kind != .corruptDeep {
                XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: place + "/" + saved)), damaged.bytes, "\(kind): the kept file differs")
            }
        }
    }

    /// `Error: ` and one line in plain words that names `path`: no SQLite codes, no SQL.
    private func assertOnePlainLine(_ errors: String, naming path: String, _ context: String,
                                    file: StaticString = #filePath, line: UInt = #line) {
        let text = errors.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(text.hasPrefix("Error: ") && !text.contains("\n"), "\(context): \(errors)", file: file, line: line)
        XCTAssertTrue(text.contains(path), "\(context): the message does not name the file: \(errors)", file: file, line: line)
        XCTAssertTrue(text.contains("--db PATH"), "\(context): the message does not say what to do: \(errors)", file: file, line: line)
        XCTAssertFalse(text.contains("SQLite error") || text.contains("PRAGMA"), "\(context): \(errors)", file: file, line: line)
    }
}
