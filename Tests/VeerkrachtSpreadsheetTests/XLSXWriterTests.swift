import Foundation
import TestSupport
@testable import VeerkrachtSpreadsheet
import XCTest
import ZIPFoundation

final class XLSXWriterTests: FolderTestCase {
    func testColumnNames() {
        XCTAssertEqual([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(XLSXWriter.columnName),
                       ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"])
    }

    func testTheSheetHoldsTypedCellsAndAFrozenBoldHeader() throws {
        let path = folder.appendingPathComponent("scores.xlsx").path
        let writer = try XLSXWriter(path: path, sheetName: "scores", header: ["gebied", "n", "gemiddelde"])
        try writer.append([.text("=1+1"), .integer(12), .number(-0.113)])
        try writer.append([.text("A & B"), .empty, .number(.nan)])
        try writer.finish()

        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        XCTAssertEqual(archive.map(\.path).sorted(), ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels",
                                                      "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"])
        var sheet = Data()
        _ = try archive.extract(archive["xl/worksheets/sheet1.xml"]!) { sheet.append($0) }
        let xml = String(decoding: sheet, as: UTF8.self)
        XCTAssertTrue(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#), xml)
        XCTAssertTrue(xml.hasSuffix("<sheetData>"
            + #"<row r="1"><c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">gebied</t></is></c>"#
            + #"<c r="B1" s="1" t="inlineStr"><is><t xml:space="preserve">n</t></is></c>"#
            + #"<c r="C1" s="1" t="inlineStr"><is><t xml:space="preserve">gemiddelde</t></is></c></row>"#
            + #"<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c><c r="B2"><v>12</v></c>"#
            + #"<c r="C2"><v>-0.113</v></c></row>"#
            + #"<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">A &amp; B</t></is></c></row>"#
            + "</sheetData></worksheet>"), xml)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["scores.xlsx"], "no temporary file left")
    }

    func testOpenpyxlReadsEveryCellWithItsType() throws {
        let path = folder.appendingPathComponent("export.xlsx").path
        let rows: [[SpreadsheetCell]] = [
            [.text("=HYPERLINK(\"http://x\")"), .number(-0.113), .integer(48), .empty, .number(4.0)],
            [.text("  Café <Ñoño> & \"co\"; x,y  "), .number(1e-05), .integer(-3), .text(""), .number(123_456_789.125)],
            [.text("-2025"), .empty, .number(.infinity), .text("line\nbreak"), .number(0.1 + 0.2)],
            [.text("-1e300"), .number(-1e300), .integer(Int(Int32.max)), .text("🙂 Ñ"), .empty],
        ]
        let writer = try XLSXWriter(path: path, sheetName: "scores", header: ["gebied", "gemiddelde", "n", "status", "uren"])
        for row in rows { try writer.append(row) }
        try writer.finish()

        let book = try OpenpyxlWorkbook.read(path)
        XCTAssertEqual(book.sheets, ["scores"])
        XCTAssertEqual(book.freeze, "A2")
        XCTAssertEqual(book.bold, [true, true, true, true, true])
        XCTAssertEqual(book.rows.count, 5)
        XCTAssertEqual(book.rows[0].map(\.text), ["gebied", "gemiddelde", "n", "status", "uren"])
        for (written, read) in zip(rows, book.rows.dropFirst()) {
            XCTAssertEqual(read.count, written.count)
            for (cell, got) in zip(written, read) {
                switch cell {
                case .text(let text) where text.isEmpty:
                    XCTAssertTrue(got.kind == "NoneType" || got.text == "", "\(got)")
                case .text(let text): XCTAssertEqual(got, .init(type: "s", kind: "str", text: text))
                case .integer(let value): XCTAssertEqual(got, .init(type: "n", kind: "int", text: String(value)))
                case .number(let value) where value.isFinite:
                    XCTAssertEqual(got.type, "n")
                    XCTAssertEqual(got.kind, "float")
                    XCTAssertEqual(Double(got.text), value)
                case .number, .empty: XCTAssertEqual(got, .init(type: "n", kind: "NoneType", text: ""))
                }
            }
        }
    }

    /// A character XML cannot hold, and a literal `_xHHHH_`, use the ST_Xstring escape (ECMA-376
    /// Part 1, 22.9.2.19) that Excel and LibreOffice decode; openpyxl shows the escaped form.
    func testEscapedTextReachesTheSheet() throws {
        let path = folder.appendingPathComponent("escaped.xlsx").path
        let writer = try XLSXWriter(path: path, sheetName: "x", header: ["naam"])
        try writer.append([.text("code_x0041_ and a\u{1}bell")])
        try writer.finish()
        let book = try OpenpyxlWorkbook.read(path)
        XCTAssertEqual(book.rows[1], [.init(type: "s", kind: "str", text: "code_x005F_x0041_ and a_x0001_bell")])
    }

    func testAWriterDroppedUnfinishedLeavesNothing() throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix("veerkracht-sheet-") }.count
        do {
            let writer = try XLSXWriter(path: folder.appendingPathComponent("x.xlsx").path, sheetName: "x", header: ["a"])
            try writer.append([.integer(1)])
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix("veerkracht-sheet-") }.count
        XCTAssertEqual(after, before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testAFolderThatDoesNotExistIsAnError() throws {
        let path = folder.appendingPathComponent("missing/x.xlsx").path
        let writer = try XLSXWriter(path: path, sheetName: "x", header: ["a"])
        XCTAssertThrowsError(try writer.finish()) { error in
            XCTAssertTrue("\(error)".hasPrefix("cannot write \(path): "), "\(error)")
        }
    }
}
