import Foundation
import TestSupport
import XCTest

/// `export responses --format csv|csv-nl|xlsx|sav [--out FILE] [--meting M]`, run as a user does.
final class ExportResponsesCommandTests: DemoDatabaseTestCase {
    private func export(_ arguments: String...) throws -> CommandLineTool.Outcome {
        try tool.run(["export", "responses"] + arguments + ["--db", Self.demo])
    }

    func testHelpNamesTheOptionsAndTheSPSSPrerequisite() throws {
        let help = try veerkracht("export", "responses", "--help")
        XCTAssertEqual(help.status, 0, help.errors)
        for mention in ["USAGE: veerkracht export responses", "--db", "--meting", "--format", "csv|csv-nl|xlsx|sav", "--out",
                        "apt-get install libreadstat1"] {
            XCTAssertTrue(help.output.contains(mention), "mentions \(mention): \(help.output)")
        }
        XCTAssertTrue(try veerkracht("export", "--help").output.contains("\n  responses "))
    }

    func testBinaryFormatsNeedAFile() throws {
        for format in ["sav", "xlsx"] {
            let run = try export("--format", format)
            XCTAssertEqual(run.status, 64)
            XCTAssertEqual(run.output, "")
            XCTAssertTrue(run.errors.hasPrefix("Error: --format \(format) writes a binary file, not text: add --out FILE.\(format)\n"), run.errors)
        }
    }

    /// One line per response: every meting's lines together are the whole export's.
    func testCSVGoesToStandardOutputOrAFile() throws {
        let plain = try export()
        XCTAssertEqual(plain.status, 0, plain.errors)
        let lines = plain.output.split(separator: "\n")
        XCTAssertTrue(lines[0].hasPrefix("respondent,wijk,gemeente,meting,datum,coh1,"), String(lines[0]))
        XCTAssertTrue(lines[0].hasSuffix(",veerkracht"), String(lines[0]))
        let perMeting = try ["2025-voorjaar", "2026-voorjaar"].map { try export("--meting", $0).output.split(separator: "\n") }
        XCTAssertEqual(perMeting.map { $0[0] }, [lines[0], lines[0]])
        XCTAssertEqual(perMeting.flatMap { $0.dropFirst() }, Array(lines.dropFirst()))
        XCTAssertGreaterThan(lines.count, 1000)
        let file = path("antwoorden.csv")
        let written = try export("--out", file)
        XCTAssertEqual(written.status, 0, written.errors)
        XCTAssertEqual(written.errors, "Wrote \(file)\n")
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), plain.output)
    }

    func testAnUnknownMetingIsAnError() throws {
        let file = path("antwoorden.xlsx")
        let run = try export("--meting", "2030", "--format", "xlsx", "--out", file)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errors, "Error: there is no meting '2030' (known: 2025-voorjaar, 2026-voorjaar)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file))
    }

    func testSAVIsAnSPSSFile() throws {
        let file = path("antwoorden.sav")
        let run = try export("--format", "sav", "--out", file, "--meting", "2026-voorjaar")
        guard !run.errors.contains("needs the ReadStat library") else {
            XCTAssertEqual(run.status, 1)
            XCTAssertEqual(run.errors, "Error: SPSS export needs the ReadStat library: apt-get install libreadstat1 (Debian/Ubuntu)\n")
            XCTAssertFalse(FileManager.default.fileExists(atPath: file))
            throw XCTSkip("the ReadStat library is not installed: only its message is tested")
        }
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, "Wrote \(file)\n")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)).prefix(4), Data("$FL2".utf8))
    }

    /// ReadStat hidden (each of its files covered by an empty one, in a mount namespace of the test's own).
    func testWithoutReadStatTheSAVExportSaysWhatToInstall() throws {
        let file = path("antwoorden.sav")
        let script = """
            for library in /usr/lib/*/libreadstat.so* /usr/lib/libreadstat.so* /usr/local/lib/libreadstat.so*; do
                [ -e "$library" ] && { mount --bind /dev/null "$library" || exit 99; }
            done
            exec "$0" "$@"
            """
        let run = try tool.run(["export", "responses", "--format", "sav", "--out", file, "--db", Self.demo],
                               wrapper: ["/usr/bin/unshare", "-rm", "/bin/sh", "-c", script])
        guard run.status != 99, !run.errors.contains("unshare") else {
            throw XCTSkip("cannot hide a library in a mount namespace here (\(run.errors.trimmingCharacters(in: .whitespacesAndNewlines)))")
        }
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errors, "Error: SPSS export needs the ReadStat library: apt-get install libreadstat1 (Debian/Ubuntu)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testAnUnwritableFileIsAnError() throws {
        let file = path("missing/antwoorden")
        for format in ["csv", "xlsx", "sav"] {
            let run = try export("--format", format, "--out", file)
            XCTAssertEqual(run.status, 1)
            XCTAssertTrue(run.errors.hasPrefix("Error: cannot write \(file)") || run.errors.contains("ReadStat library"), run.errors)
        }
    }
}
