import Foundation
@testable import VeerkrachtStore
import TestSupport
import XCTest

/// The built tool on pathological CSV files: a header of 200 MB (once echoed
/// whole in a warning: 200 MB on standard error, 1.1 GB of memory), 100,000 columns (once 100,000
/// warning lines) and a field of several MB. Each import is refused in a short message with exit
/// status 1, stores nothing, and the tool's peak memory stays far below the file's size.
///
/// Needs `.build/debug/veerkracht` (`swift build`); skipped with a message otherwise.
final class OversizedCSVCommandTests: FolderTestCase {
    /// The most memory the tool may use on these files beyond what it holds for `status` on the same
    /// database: a few MiB of buffers (measured: 31 MiB for `status`, 36–40 MiB on these files).
    static let memoryMargin = 32 << 20

    func testPathologicalFilesAreRefusedInShortMessagesAndLittleMemory() throws {
        let tool = try CommandLineTool.built()
        let database = folder.appendingPathComponent("v.sqlite").path
        XCTAssertEqual(try tool.run(["init", "--db", database]).status, 0)
        let baseline = try tool.runMeasuringMemory(["status", "--db", database])
        var rows = [Fixtures.header, Fixtures.row("r1"), Fixtures.row("r2")]
        rows[2][5] = String(repeating: "7", count: 8_000_000)
        let files: [(String, URL, String)] = [
            ("header of 200 MB", try OversizedFiles.hugeHeader(in: folder, megabytes: 200), "line 1: field \(Fixtures.header.count + 1) is longer than 64 KiB"),
            ("100,000 columns", try write(OversizedFiles.manyColumns(100_000, rows: 3), "breed.csv"),
             "line 1: the record has more than 16,384 fields"),
            ("field of 8 MB", try write(Fixtures.csv(rows), "veld.csv"), "line 3: field 6 is longer than 64 KiB"),
        ]
        for (name, file, expected) in files {
            let (run, peak) = try tool.runMeasuringMemory(["import", "responses", file.path, "--db", database])
            print("OversizedCSVCommand \(name): exit \(run.status), \(run.errors.utf8.count) bytes on stderr, "
                + "peak memory \(peak >> 20) MiB (status: \(baseline.peakBytes >> 20) MiB)")
            XCTAssertEqual(run.status, 1, "\(name): \(run.errors.prefix(500))")
            XCTAssertTrue(run.errors.contains(expected), "\(name): \(run.errors.prefix(500))")
            XCTAssertLessThan(run.errors.utf8.count + run.output.utf8.count, OversizedCSVTests.messageLimit, "\(name): \(run.errors.prefix(500))")
            XCTAssertLessThan(peak, baseline.peakBytes + Self.memoryMargin,
                              "\(name): the tool held \(peak >> 20) MiB, \(baseline.peakBytes >> 20) MiB for status")
        }
        XCTAssertEqual(try Store(path: database, create: false).database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM response") }, 0)
    }
}
