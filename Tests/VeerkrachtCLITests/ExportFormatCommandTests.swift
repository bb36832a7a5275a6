import Foundation
import TestSupport
import XCTest

/// `export scores|change|output --format csv|csv-nl|xlsx [--out FILE]`, run as a user does.
final class ExportFormatCommandTests: DemoDatabaseTestCase {
    /// Each export with its arguments and the columns that hold text (the others hold numbers).
    private static let exports: [(arguments: [String], textColumns: Set<String>)] = [
        (["export", "scores", "--by", "wijk"], ["meting", "gebied", "construct", "status"]),
        (["export", "change", "--by", "gemeente", "--van", "2025-voorjaar", "--naar", "2026-voorjaar"],
         ["gebied", "construct", "significant", "status"]),
        (["export", "output", "--by", "wijk"], ["gebied"]),
    ]

    private func run(_ arguments: [String]) throws -> CommandLineTool.Outcome {
        try tool.run(arguments + ["--db", Self.demo])
    }

    func testCSVIsTheDefaultAndGoesToStandardOutputOrAFile() throws {
        for export in Self.exports {
            let plain = try run(export.arguments)
            XCTAssertEqual(plain.status, 0, plain.errors)
            XCTAssertGreaterThan(plain.output.split(separator: "\n").count, 1)
            XCTAssertEqual(try run(export.arguments + ["--format", "csv"]).output, plain.output)
            let file = path("\(export.arguments[1]).csv")
            let written = try run(export.arguments + ["--out", file])
            XCTAssertEqual(written.status, 0, written.errors)
            XCTAssertEqual(written.output, "")
            XCTAssertEqual(written.errors, "Wrote \(file)\n")
            XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), plain.output)
        }
    }

    /// The demo's text holds no `,`, `;`, `.` or `"`, so csv-nl is the csv with `;` for `,` and `,` for `.`, after a BOM.
    func testCSVNLIsTheCSVForADutchExcel() throws {
        for export in Self.exports {
            let plain = try run(export.arguments).output
            let file = path("\(export.arguments[1])-nl.csv")
            XCTAssertEqual(try run(export.arguments + ["--format", "csv-nl", "--out", file]).status, 0)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
            let expected = plain.replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: ".", with: ",")
            XCTAssertEqual(String(decoding: bytes.dropFirst(3), as: UTF8.self), expected)
            XCTAssertTrue(expected.contains(";"))
            // Standard output carries the same bytes (the test harness reads it as text, which drops the BOM).
            XCTAssertEqual(try run(export.arguments + ["--format", "csv-nl"]).output.replacingOccurrences(of: "\u{FEFF}", with: ""), expected)
        }
    }

    /// Every cell of the workbook, as openpyxl reads it, is the csv's field: text as text, counts
    /// as whole numbers, figures as the same double, withheld figures empty.
    func testXLSXHoldsTheCSVsValuesAsTypedCells() throws {
        for export in Self.exports {
            let plain = try run(export.arguments).output
            let file = path("\(export.arguments[1]).xlsx")
            let written = try run(export.arguments + ["--format", "xlsx", "--out", file])
            XCTAssertEqual(written.status, 0, written.errors)
            XCTAssertEqual(written.errors, "Wrote \(file)\n")
            let book = try OpenpyxlWorkbook.read(file)
            XCTAssertEqual(book.sheets, [export.arguments[1]])
            XCTAssertEqual(book.freeze, "A2")
            let lines = plain.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            XCTAssertEqual(book.bold, Array(repeating: true, count: lines[0].count))
            XCTAssertEqual(book.rows.count, lines.count)
            XCTAssertEqual(book.rows[0].map(\.text), lines[0])
            for (fields, cells) in zip(lines.dropFirst(), book.rows.dropFirst()) {
                XCTAssertEqual(cells.count, fields.count)
                for (column, (field, cell)) in zip(lines[0], zip(fields, cells)) {
                    if field.isEmpty {
                        XCTAssertEqual(cell.kind, "NoneType", "\(column): \(cell)")
                    } else if export.textColumns.contains(column) {
                        XCTAssertEqual(cell, .init(type: "s", kind: "str", text: field), column)
                    } else if Int(field) != nil {
                        XCTAssertEqual(cell, .init(type: "n", kind: "int", text: field), column)
                    } else {
                        XCTAssertEqual(cell.type, "n", column)
                        XCTAssertEqual(cell.kind, "float", column)
                        XCTAssertEqual(Double(cell.text), Double(field), column)
                    }
                }
            }
        }
    }

    func testXLSXNeedsAFile() throws {
        let run = try run(["export", "output", "--by", "wijk", "--format", "xlsx"])
        XCTAssertEqual(run.status, 64)
        XCTAssertEqual(run.output, "")
        XCTAssertTrue(run.errors.hasPrefix("Error: --format xlsx writes a workbook, not text: add --out FILE.xlsx\n"), run.errors)
    }

    func testAnUnwritableFileIsAnError() throws {
        let file = path("missing/scores.xlsx")
        for format in ["xlsx", "csv"] {
            let run = try run(["export", "scores", "--by", "wijk", "--format", format, "--out", file])
            XCTAssertEqual(run.status, 1)
            XCTAssertTrue(run.errors.hasPrefix("Error: cannot write \(file): "), run.errors)
            XCTAssertFalse(FileManager.default.fileExists(atPath: file))
        }
    }

    func testAnUnknownFormatIsAUsageError() throws {
        let run = try run(["export", "scores", "--by", "wijk", "--format", "ods"])
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.errors.hasPrefix("Error: The value 'ods' is invalid for '--format <csv|csv-nl|xlsx>'"), run.errors)
    }
}
