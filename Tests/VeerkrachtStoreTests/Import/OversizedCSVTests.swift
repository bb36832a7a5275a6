import Foundation
import VeerkrachtCSV
import VeerkrachtCore
@testable import VeerkrachtStore
import TestSupport
import XCTest

/// Pathological files in the importers: a header of 200 MB, 100,000 columns,
/// a field of several MB, long names and values. Each import is refused or warns in messages of
/// at most a few hundred bytes, and a refused one stores nothing. `OversizedCSVCommandTests` runs
/// the same files through the built tool and measures its memory.
final class OversizedCSVTests: FolderTestCase {
    /// The most text a refusal or a warning about one of these files may take.
    static let messageLimit = 2_048

    func testAHeaderOf200MBIsRefusedInOneShortLine() throws {
        let url = try OversizedFiles.hugeHeader(in: folder, megabytes: 200)
        let store = try Fixtures.store()
        let refused = try XCTUnwrap(refusal { try store.importResponses(from: CSVReader(path: url.path), source: "groot.csv") })
        XCTAssertEqual(refused.issues.map(\.description), ["line 1: field \(Fixtures.header.count + 1) is longer than 64 KiB, "
            + "the most one field may hold (a quote that is never closed makes the rest of the file one field)"])
        try assertShort(refused)
        try assertNothingStored(store)
    }

    func testAHundredThousandColumnsAreRefusedInOneShortLine() throws {
        let store = try Fixtures.store()
        let text = OversizedFiles.manyColumns(100_000, rows: 2)
        let refused = try XCTUnwrap(refusal { try store.importResponses(from: Fixtures.reader(text), source: "breed.csv") })
        XCTAssertEqual(refused.issues.map(\.description), ["line 1: the record has more than 16,384 fields, the most one record may have"])
        try assertShort(refused)
        try assertNothingStored(store)
    }

    func testAFieldOfSeveralMBIsRefusedAtItsLine() throws {
        let store = try Fixtures.store()
        var rows = [Fixtures.header, Fixtures.row("r1"), Fixtures.row("r2")]
        rows[2][5] = String(repeating: "7", count: 5_000_000)
        let refused = try XCTUnwrap(refusal { try store.importResponses(from: Fixtures.reader(Fixtures.csv(rows)), source: "veld.csv") })
        XCTAssertEqual(refused.issues.first?.line, 3)
        XCTAssertTrue(refused.description.hasPrefix("line 3: field 6 is longer than 64 KiB"), refused.description)
        try assertShort(refused)
        try assertNothingStored(store)
    }

    func testManyIgnoredColumnsGiveOneShortWarning() throws {
        let store = try Fixtures.store()
        let outcome = try store.importResponses(from: Fixtures.reader(OversizedFiles.manyColumns(10_000, rows: 3)), source: "breed.csv")
        XCTAssertEqual(outcome.rows, 3)
        XCTAssertEqual(outcome.warnings.first, "10,000 columns are not part of veerkrachtmeter v1 and are ignored: "
            + "\(Fixtures.header.count + 1) 'extra1', \(Fixtures.header.count + 2) 'extra2', \(Fixtures.header.count + 3) 'extra3', "
            + "… and 9,997 more")
        XCTAssertEqual(outcome.warnings.count, 3, "then the new meting and the new wijk: \(outcome.warnings)")

        let two = "opmerking,datum,wijk,activiteit,thema,deelnemers,uren,vrijwilligers,hulpbronnen,bron\n"
            + "x,2025-03-04,WK077201,Buurtkoffie,Armoede & Meedoen,12,2,2,cohesie,y\n"
        XCTAssertEqual(try store.importActivities(from: Fixtures.reader(two), source: "a.csv").warnings,
                       ["2 columns are not activities columns and are ignored: 1 'opmerking', 10 'bron'"])
    }

    /// Names and values up to the field limit are quoted cut to 64 characters, with line breaks
    /// and other control characters written as escapes, so each message stays one short line.
    func testLongNamesAndValuesAreQuotedShort() throws {
        let long = String(repeating: "lang", count: 15_000) + "\nnog"
        let cut = "'" + String(repeating: "lang", count: 15) + "lan…'"
        let store = try Fixtures.store()
        var rows = [Fixtures.header + [long, long], Fixtures.row("r1") + ["", ""], Fixtures.row("r2", wijk: long, datum: long) + ["", ""]]
        rows[1][5] = long
        let refused = try XCTUnwrap(refusal { try store.importResponses(from: Fixtures.reader(Fixtures.csv(rows)), source: "lang.csv") })
        XCTAssertEqual(refused.issues.first?.description, "line 1, column \(Fixtures.header.count + 2) (\(cut.dropFirst().dropLast())): "
            + "column \(cut) appears twice (also column \(Fixtures.header.count + 1))")
        XCTAssertEqual(refused.warnings, ["2 columns are not part of veerkrachtmeter v1 and are ignored: "
            + "\(Fixtures.header.count + 1) \(cut), \(Fixtures.header.count + 2) \(cut)"])
        try assertShort(refused)

        rows[0].removeLast()
        rows = rows.map { Array($0.prefix(rows[0].count)) }
        let values = try XCTUnwrap(refusal { try store.importResponses(from: Fixtures.reader(Fixtures.csv(rows)), source: "lang.csv") })
        XCTAssertEqual(values.issues.map(\.line), [3, 5, 5], "the long names and values hold a line break")
        XCTAssertEqual(values.issues.first?.reason,
                       "\(cut) is not an answer on scale eens5: a number 1–5 or its words (helemaal mee oneens … helemaal mee eens)")
        XCTAssertTrue(values.issues.allSatisfy { $0.description.contains(cut) }, values.description)
        try assertShort(values)

        let gebieden = try XCTUnwrap(refusal { try store.importGebieden(from: Fixtures.reader("code,naam\n\"\(long)\",x\n"), source: "g.csv") })
        XCTAssertEqual(gebieden.issues.first?.reason, "\(cut) is not a CBS gemeente code (GM0772) or wijk code (WK077201)")
        XCTAssertEqual(MessageText.excerpt("a\u{1B}[31mb\tc"), "a\\u{1B}[31mb\\tc")
        XCTAssertEqual(MessageText.excerpt(String(repeating: "é", count: 64)), String(repeating: "é", count: 64), "64 characters are kept whole")
        XCTAssertEqual(MessageText.count(1_234_567), "1,234,567")
    }

    // MARK: Steps

    private func refusal(_ body: () throws -> ImportOutcome) throws -> ImportRefused? {
        do {
            let outcome = try body()
            XCTFail("imported \(outcome.rows) rows")
            return nil
        } catch let refused as ImportRefused {
            return refused
        }
    }

    private func assertShort(_ refused: ImportRefused, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = ([refused.description] + refused.warnings).joined(separator: "\n")
        XCTAssertLessThan(text.utf8.count, Self.messageLimit, String(text.prefix(500)), file: file, line: line)
    }

    private func assertNothingStored(_ store: Store, file: StaticString = #filePath, line: UInt = #line) throws {
        for table in ["response", "batch", "meting", "wijk", "score_cell"] {
            XCTAssertEqual(try Fixtures.count(store, table), 0, table, file: file, line: line)
        }
    }
}

/// Pathological CSV files in the responses format.
enum OversizedFiles {
    /// A responses file whose header ends in one column name of `megabytes` MB, written a MiB at a
    /// time, with a valid row after it.
    static func hugeHeader(in folder: URL, megabytes: Int) throws -> URL {
        let url = folder.appendingPathComponent("header-\(megabytes)mb.csv")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        handle.write(Data((Fixtures.header.joined(separator: ",") + ",").utf8))
        let block = Data(repeating: UInt8(ascii: "h"), count: 1 << 20)
        for _ in 0..<megabytes { handle.write(block) }
        handle.write(Data(("\n" + Fixtures.row("r1").joined(separator: ",") + ",x\n").utf8))
        return url
    }

    /// A responses file with `extra` columns `extra1`, `extra2`, … after the instrument's, and
    /// `rows` valid rows with those cells empty.
    static func manyColumns(_ extra: Int, rows: Int) -> String {
        var text = (Fixtures.header + (1...extra).map { "extra\($0)" }).joined(separator: ",") + "\n"
        let empty = String(repeating: ",", count: extra)
        for index in 0..<rows { text += Fixtures.row("r\(index)").joined(separator: ",") + empty + "\n" }
        return text
    }
}
