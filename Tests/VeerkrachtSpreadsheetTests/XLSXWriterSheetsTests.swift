import Foundation
import TestSupport
@testable import VeerkrachtSpreadsheet
import XCTest
import ZIPFoundation

/// A workbook of several sheets, as an XLSForm needs (survey, choices, settings).
final class XLSXWriterSheetsTests: FolderTestCase {
    private func writeThreeSheets(_ path: String) throws {
        let writer = try XLSXWriter(path: path, sheetName: "survey", header: ["type", "name"])
        try writer.append([.text("text"), .text("respondent")])
        try writer.append([.text("select_one eens5"), .text("coh1")])
        try writer.addSheet("choices", header: ["list_name", "name", "label"])
        try writer.append([.text("eens5"), .integer(1), .text("helemaal mee oneens")])
        try writer.addSheet("settings & meer", header: ["form_id"])
        try writer.finish()
    }

    func testEachSheetIsAPartOfItsOwnInTheWorkbook() throws {
        let path = folder.appendingPathComponent("form.xlsx").path
        try writeThreeSheets(path)

        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        XCTAssertEqual(archive.map(\.path).sorted(), ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                                                      "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                                                      "xl/worksheets/sheet3.xml"])
        func part(_ name: String) throws -> String {
            var data = Data()
            _ = try archive.extract(archive[name]!) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        XCTAssertTrue(try part("xl/workbook.xml").contains(#"<sheets><sheet name="survey" sheetId="1" r:id="rId1"/>"#
            + #"<sheet name="choices" sheetId="2" r:id="rId2"/><sheet name="settings &amp; meer" sheetId="3" r:id="rId3"/></sheets>"#))
        XCTAssertTrue(try part("xl/_rels/workbook.xml.rels").contains(#"<Relationship Id="rId4" "#
            + #"Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#))
        XCTAssertTrue(try part("xl/worksheets/sheet2.xml").hasSuffix("<sheetData>"
            + #"<row r="1"><c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">list_name</t></is></c>"#
            + #"<c r="B1" s="1" t="inlineStr"><is><t xml:space="preserve">name</t></is></c>"#
            + #"<c r="C1" s="1" t="inlineStr"><is><t xml:space="preserve">label</t></is></c></row>"#
            + #"<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">eens5</t></is></c><c r="B2"><v>1</v></c>"#
            + #"<c r="C2" t="inlineStr"><is><t xml:space="preserve">helemaal mee oneens</t></is></c></row>"#
            + "</sheetData></worksheet>"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["form.xlsx"], "no temporary file left")
    }

    func testOpenpyxlReadsEverySheet() throws {
        let path = folder.appendingPathComponent("form.xlsx").path
        try writeThreeSheets(path)

        let book = try OpenpyxlSheets.read(path)
        XCTAssertEqual(book.names, ["survey", "choices", "settings & meer"])
        XCTAssertEqual(book.rows["survey"], [["type", "name"], ["text", "respondent"], ["select_one eens5", "coh1"]])
        XCTAssertEqual(book.rows["choices"], [["list_name", "name", "label"], ["eens5", "1", "helemaal mee oneens"]])
        XCTAssertEqual(book.rows["settings & meer"], [["form_id"]])
    }

    func testAWriterDroppedAfterSeveralSheetsLeavesNothing() throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix("veerkracht-sheet-") }.count
        do {
            let writer = try XLSXWriter(path: folder.appendingPathComponent("x.xlsx").path, sheetName: "a", header: ["a"])
            try writer.addSheet("b", header: ["b"])
            try writer.append([.integer(1)])
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix("veerkracht-sheet-") }.count
        XCTAssertEqual(after, before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }
}
