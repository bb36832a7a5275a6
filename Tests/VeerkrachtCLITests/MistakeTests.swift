import Foundation
import TestSupport
import XCTest

/// The common mistakes, with the message and exit status a user sees: 1 for a command that could
/// not do its work, 64 for a command line that does not parse.
final class MistakeTests: DemoDatabaseTestCase {
    private func expect(_ arguments: [String], status: Int32, errors: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let run = try tool.run(arguments)
        XCTAssertEqual(run.status, status, run.errors, file: file, line: line)
        XCTAssertEqual(run.errors, errors, file: file, line: line)
        XCTAssertEqual(run.output, "", "nothing on standard output", file: file, line: line)
    }

    func testAWrongDatabasePath() throws {
        let missing = path("nergens/veerkracht.sqlite")
        try expect(["status", "--db", missing], status: 1,
                   errors: "Error: there is no database at \(missing); create it with `veerkracht init`\n")
        try expect(["export", "scores", "--by", "wijk", "--db", missing], status: 1,
                   errors: "Error: there is no database at \(missing); create it with `veerkracht init`\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing), "nothing is created")
    }

    func testAnUnknownMeting() throws {
        let known = "(known: 2025-voorjaar, 2026-voorjaar)"
        try expect(["export", "scores", "--by", "wijk", "--meting", "2030-najaar", "--db", Self.demo], status: 1,
                   errors: "Error: there is no meting '2030-najaar' \(known)\n")
        try expect(["export", "change", "--by", "gemeente", "--van", "2025-voorjaar", "--naar", "2026-najaar", "--db", Self.demo], status: 1,
                   errors: "Error: there is no meting '2026-najaar' \(known)\n")
        try expect(["report", "wijk", "WK077201", "--meting", "2026-Voorjaar", "--out", path("wijk.html"), "--db", Self.demo], status: 1,
                   errors: "Error: there is no meting '2026-Voorjaar' \(known)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("wijk.html")), "no report is written")
    }

    func testAWijkWithoutData() throws {
        try expect(["report", "wijk", "WK077299", "--meting", "2026-voorjaar", "--out", path("wijk.html"), "--db", Self.demo], status: 1,
                   errors: "Error: the database holds nothing about wijk WK077299 (see `veerkracht status`)\n")
        try expect(["report", "wijk", "WK0772", "--meting", "2026-voorjaar", "--out", path("wijk.html"), "--db", Self.demo], status: 1,
                   errors: "Error: 'WK0772' is not a CBS wijk code (e.g. WK077201)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("wijk.html")), "no report is written")
    }

    func testAnUnknownCommand() throws {
        try expect(["exporteer"], status: 64,
                   errors: "Error: Unexpected argument 'exporteer'\nUsage: veerkracht <subcommand>\n  See 'veerkracht --help' for more information.\n")
        try expect(["import", "antwoorden"], status: 64,
                   errors: "Error: Unexpected argument 'antwoorden'\nUsage: veerkracht import <subcommand>\n"
                       + "  See 'veerkracht import --help' for more information.\n")
    }

    func testAMistypedCommandGetsTheNearestOne() throws {
        try expect(["imprt"], status: 64,
                   errors: "Error: Unexpected argument 'imprt'\nUsage: veerkracht <subcommand>\n  See 'veerkracht --help' for more information.\n"
                       + "Did you mean 'import'?\n")
        try expect(["import", "respones", "enquete.csv"], status: 64,
                   errors: "Error: 2 unexpected arguments: 'respones', 'enquete.csv'\nUsage: veerkracht import <subcommand>\n"
                       + "  See 'veerkracht import --help' for more information.\nDid you mean 'responses'?\n")
        try expect(["rep", "wijk"], status: 64,
                   errors: "Error: 2 unexpected arguments: 'rep', 'wijk'\nUsage: veerkracht <subcommand>\n  See 'veerkracht --help' for more information.\n"
                       + "Did you mean 'report'?\n")
    }

    func testAMissingFile() throws {
        let database = path("eigen.sqlite")
        XCTAssertEqual(try veerkracht("init", "--db", database).status, 0)
        let missing = path("enquete.csv")
        try expect(["import", "responses", missing, "--meting", "2025-voorjaar", "--db", database], status: 1,
                   errors: "Error: cannot open \(missing): No such file or directory\n")
        try expect(["import", "activiteiten", folder.path, "--db", database], status: 1,
                   errors: "Error: cannot read \(folder.path): it is a directory, not a CSV file\n")
    }

    func testTheGemeenteReportSaysWhichWijkIsWithheldToProtectWhich() throws {
        // The demo groups Achtse Barrier in a rapportagegebied; without it, Gestel protects Achtse Barrier.
        let database = path("demo.sqlite")
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: Self.demo + suffix) {
            try FileManager.default.copyItem(atPath: Self.demo + suffix, toPath: database + suffix)
        }
        XCTAssertEqual(try veerkracht("rapportagegebieden", "remove", "Woensel-Noord en Achtse Barrier", "--db", database).status, 0)
        let out = path("gemeente.html")
        let run = try veerkracht("report", "gemeente", "GM0772", "--meting", "2026-voorjaar", "--vorige", "2025-voorjaar",
                                 "--out", out, "--db", database)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, "Wrote \(out)\nnote: Gestel (WK077207, 120 respondents) is withheld to protect Achtse Barrier "
            + "(WK077208, 6 respondents): with fewer than 10 respondents, its figures could otherwise be recomputed from the gemeente's\n"
            + "note: grouping Achtse Barrier with Gestel, reported as one area, would avoid it: "
            + "veerkracht rapportagegebieden add \"Achtse Barrier en Gestel\" WK077208 WK077207\n")
        let grouped = try veerkracht("report", "gemeente", "GM0772", "--meting", "2026-voorjaar", "--out", out, "--db", Self.demo)
        XCTAssertEqual(grouped.errors, "Wrote \(out)\n", "the demo's rapportagegebied leaves no wijk to withhold for another")
    }

    func testABadMappingFileIsNamedLineByLineAndNothingIsImported() throws {
        let database = path("eigen.sqlite")
        XCTAssertEqual(try veerkracht("init", "--db", database).status, 0)
        let csv = path("lime.csv")
        try "token;wijk;datum;meting\r\nr1;WK077201;2025-04-01;2025-voorjaar\r\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let mapping = path("kolommen.yaml")
        try "kolommen:\n  token: respondent\n  Q1: coh9\nwaarden:\n  alle: {A1: een}\n".write(toFile: mapping, atomically: true, encoding: .utf8)
        try expect(["import", "responses", csv, "--kolommen", mapping, "--db", database], status: 1,
                   errors: "Error: \(mapping) is not a valid mapping file (see `veerkracht import responses --help`):\n"
                       + "\(mapping): line 3: 'coh9' is not an item of veerkrachtmeter v2 nor respondent, wijk, datum or meting\n"
                       + "\(mapping): line 5: waarden of alle: 'A1' must map to a whole number (found 'een')\n")
        try expect(["import", "responses", csv, "--kolommen", path("geen.yaml"), "--db", database], status: 1,
                   errors: "Error: cannot open \(path("geen.yaml")): No such file or directory\n")
        try expect(["import", "responses", csv, "--kolommen", folder.path, "--db", database], status: 1,
                   errors: "Error: cannot read \(folder.path): it is a directory, not a mapping file\n")
        let list = try veerkracht("import", "list", "--db", database).output
        XCTAssertFalse(list.contains("lime.csv"), list)
    }

    func testMalformedArguments() throws {
        let usage = "Usage: veerkracht export scores [--db <path>] [--suppress-below <n>] [--indicative-below <n>] --by <wijk|gemeente> "
            + "[--meting <label>] [--format <csv|csv-nl|xlsx>] [--out <file>]\n  See 'veerkracht export scores --help' for more information.\n"
        let help = "Help:  --by <wijk|gemeente>  Aggregate per wijk or per gemeente.\n"
        try expect(["export", "scores", "--db", Self.demo], status: 64,
                   errors: "Error: Missing expected argument '--by <wijk|gemeente>'\n" + help + usage)
        try expect(["export", "scores", "--by", "stad", "--db", Self.demo], status: 64,
                   errors: "Error: The value 'stad' is invalid for '--by <wijk|gemeente>'. Please provide one of 'wijk' and 'gemeente'.\n"
                       + help + usage)
        try expect(["export", "output", "--by", "wijk", "--van", "2025-13-01", "--db", Self.demo], status: 64,
                   errors: "Error: --van: '2025-13-01' is not a valid date in the form YYYY-MM-DD\n"
                       + "Usage: veerkracht export output [--db <path>] --by <wijk|gemeente> [--van <date>] [--tot <date>] "
                       + "[--format <csv|csv-nl|xlsx>] [--out <file>]\n"
                       + "  See 'veerkracht export output --help' for more information.\n")
        try expect(["export", "scores", "--by", "wijk", "--suppress-below", "50", "--db", Self.demo], status: 64,
                   errors: "Error: --suppress-below must be 1–1000 and --indicative-below 1–100000, not below --suppress-below\n" + usage)
    }
}
