import Foundation
import TestSupport
@testable import VeerkrachtSpreadsheet
import XCTest
import ZIPFoundation

/// The reader over workbooks as openpyxl, the project's writer and Excel write them.
final class XLSXReaderTests: FolderTestCase {
    private func rows(_ path: String, sheet: String? = nil) throws -> [Int: [String]] {
        var rows: [Int: [String]] = [:]
        try XLSXReader(path: path).readRows(sheet: sheet) { number, cells in rows[number] = cells }
        return rows
    }

    func testOpenpyxlSharedStringsNumbersDatesGapsAndASecondSheet() throws {
        let path = folder.appendingPathComponent("openpyxl.xlsx").path
        try OpenpyxlWriter.write([
            .init(name: "Antwoorden", rows: [
                [.text("respondent"), .text("antwoord"), .text("float"), .text("half"), .text("datum"), .text("excel"), .text("start"),
                 .text("leeg"), .text("laatste")],
                [.text("r-1"), .integer(5), .float(5.0), .float(3.5), .date("2025-04-25"), .excelDate("2025-04-25"),
                 .dateTime("2025-04-25T10:17:30"), .empty, .text("Café & <co>")],
                [],
                [.text("r-2"), .integer(-3), .float(0.1), .float(1e-05), .text("25-4-2025")],
            ]),
            .init(name: "Tweede blad", rows: [[.text("code"), .text("naam")], [.text("GM0772"), .text("Eindhoven")]]),
        ], to: path)

        let workbook = try XLSXReader(path: path)
        XCTAssertEqual(workbook.sheetNames, ["Antwoorden", "Tweede blad"])
        let first = try rows(path)
        XCTAssertEqual(first.keys.sorted(), [1, 2, 4], "an empty row is not in the sheet; its number is skipped")
        XCTAssertEqual(first[2], ["r-1", "5", "5", "3.5", "2025-04-25", "2025-04-25", "2025-04-25T10:17:30", "", "Café & <co>"])
        XCTAssertEqual(first[4], ["r-2", "-3", "0.1", "1e-05", "25-4-2025"])
        XCTAssertEqual(try rows(path, sheet: "Tweede blad"), [1: ["code", "naam"], 2: ["GM0772", "Eindhoven"]])
    }

    func testOpenpyxlDatesInThe1904System() throws {
        let path = folder.appendingPathComponent("mac.xlsx").path
        try OpenpyxlWriter.write([.init(name: "Blad1", rows: [[.text("datum")], [.date("2025-04-25")], [.dateTime("2025-04-25T10:17:30")]])],
                                 to: path, date1904: true)
        XCTAssertEqual(try rows(path), [1: ["datum"], 2: ["2025-04-25"], 3: ["2025-04-25T10:17:30"]])
    }

    func testAnUnknownSheetNamesTheSheetsThereAre() throws {
        let path = folder.appendingPathComponent("two.xlsx").path
        try OpenpyxlWriter.write([.init(name: "Blad1", rows: [[.text("a")]]), .init(name: "Blad2", rows: [[.text("b")]])], to: path)
        XCTAssertThrowsError(try rows(path, sheet: "Blad3")) { error in
            XCTAssertEqual(error as? SpreadsheetReadError, .unknownSheet(path: path, name: "Blad3", sheets: ["Blad1", "Blad2"]))
            XCTAssertEqual("\(error)", "\(path) has no sheet 'Blad3'; its sheets are 'Blad1', 'Blad2'")
        }
    }

    func testTheProjectsWriterReadsBack() throws {
        let path = folder.appendingPathComponent("writer.xlsx").path
        let writer = try XLSXWriter(path: path, sheetName: "scores", header: ["gebied", "n", "gemiddelde", "tekst"])
        try writer.append([.text("WK077201"), .integer(48), .number(5), .text("A & B _x0001_ \u{1}")])
        try writer.append([.text("=1+1"), .empty, .number(-0.113), .text("regel\neen")])
        try writer.finish()
        XCTAssertEqual(try rows(path), [1: ["gebied", "n", "gemiddelde", "tekst"], 2: ["WK077201", "48", "5", "A & B _x0001_ \u{1}"],
                                        3: ["=1+1", "", "-0.113", "regel\neen"]])
    }

    /// What Excel itself writes: prefixed elements, shared strings with rich-text runs and
    /// phonetic guides, built-in and custom date styles, booleans, errors, formulas, cells
    /// without a reference, comments and CDATA.
    func testExcelStyleParts() throws {
        let path = folder.appendingPathComponent("excel.xlsx").path
        try Self.package(path, parts: Self.excelParts)
        XCTAssertEqual(try rows(path), [
            1: ["respondent", "vet en gewoon", "wijk", "regel\r"],
            3: ["2025-04-25", "2025-04-25", "12", "0.05", "2025-04-25T10:15:30", "", "", "TRUE", "#N/A", "respondentx", "a<b", "42"],
        ])
    }

    /// Sheets damaged at random (bytes changed, cut short) read or fail with a `SpreadsheetReadError`, never a crash.
    func testDamagedSheetsFailCleanly() throws {
        var state: UInt64 = 0xF0221
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("<>/\"'&#;=x:_0123456789AZrstvc ".utf8)
        let original = Array(Self.excelParts.last!.1.utf8)
        var failures = 0
        for round in 0..<300 {
            var sheet = original
            for _ in 0...next(8) {
                sheet[next(sheet.count)] = next(4) == 0 ? UInt8(next(256)) : alphabet[next(alphabet.count)]
            }
            if next(5) == 0 { sheet.removeLast(next(sheet.count)) }
            let path = folder.appendingPathComponent("kapot-\(round).xlsx").path
            try Self.package(path, parts: Self.excelParts.dropLast() + [("xl/worksheets/blad.xml", String(decoding: sheet, as: UTF8.self))])
            do {
                _ = try rows(path)
            } catch is SpreadsheetReadError {
                failures += 1
            }
            try FileManager.default.removeItem(atPath: path)
        }
        XCTAssertGreaterThan(failures, 10, "the damage is found")
    }

    func testTheSheetsChecksumIsChecked() throws {
        var checksum = PartChecksum()
        Array("123456789".utf8).withUnsafeBytes { checksum.update($0) }
        XCTAssertEqual(checksum.value, 0xCBF4_3926)

        let path = folder.appendingPathComponent("stil-veranderd.xlsx").path
        try Self.package(path, parts: Self.excelParts, compression: .none)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let stored = try XCTUnwrap(bytes.range(of: Data("<x:v>45772</x:v>".utf8)))
        bytes[stored.lowerBound + 9] = UInt8(ascii: "3")
        try bytes.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try rows(path)) { error in
            XCTAssertEqual(error as? SpreadsheetReadError, .malformed(path: path, part: "xl/worksheets/blad.xml",
                                                                      reason: "the part is damaged (its checksum does not match)"))
        }
    }

    func testADamagedCompressedSheetIsAnError() throws {
        let path = folder.appendingPathComponent("beschadigd.xlsx").path
        let rows = (1...2000).map { number in [OpenpyxlWriter.Cell.text("r\(number * 7919 % 10007)"), .integer(number * 31 % 97)] }
        try OpenpyxlWriter.write([.init(name: "Blad1", rows: rows)], to: path)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        var failures = 0
        for share in [3, 4, 5, 6] {
            var bytes = whole
            for offset in 0..<8 { bytes[bytes.count * share / 10 + offset] ^= 0x5A }
            try bytes.write(to: URL(fileURLWithPath: path))
            do {
                _ = try self.rows(path)
            } catch is SpreadsheetReadError {
                failures += 1
            }
        }
        XCTAssertEqual(failures, 4, "every damage is found")
    }

    func testDateFormatsAreRecognisedByTheirLetters() {
        for code in ["d/m/yyyy", "[$-413]d-mmm-yy;@", "yyyy-mm-dd h:mm:ss", "[h]:mm", "DD-MM-YYYY"] {
            XCTAssertTrue(XLSXStyles.isDateFormat(code), code)
        }
        for code in ["General", "0.00", "0\" dagen\"", "[Red]0.00", "#,##0_);[Blue](#,##0)", "0\\d"] {
            XCTAssertFalse(XLSXStyles.isDateFormat(code), code)
        }
    }

    func testDateSerials() {
        XCTAssertEqual(XLSXCellValue.date("1", date1904: false), "1900-01-01")
        XCTAssertEqual(XLSXCellValue.date("59", date1904: false), "1900-02-28")
        XCTAssertEqual(XLSXCellValue.date("61", date1904: false), "1900-03-01")
        XCTAssertEqual(XLSXCellValue.date("45772.5", date1904: false), "2025-04-25T12:00:00")
        XCTAssertEqual(XLSXCellValue.date("44310", date1904: true), "2025-04-25")
        XCTAssertEqual(XLSXCellValue.number("5.0"), "5")
        XCTAssertEqual(XLSXCellValue.number("3.5000000000000000"), "3.5")
    }

    // MARK: Files that are no workbook

    func testAnOldExcelFileOrAZipWithoutAWorkbookOrADamagedOne() throws {
        let old = folder.appendingPathComponent("oud.xls").path
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 600)).write(to: URL(fileURLWithPath: old))
        XCTAssertThrowsError(try XLSXReader(path: old)) { XCTAssertEqual($0 as? SpreadsheetReadError, .damaged(path: old)) }

        let zip = folder.appendingPathComponent("foto's.zip").path
        try Self.package(zip, parts: [("foto.txt", "geen werkmap")])
        XCTAssertThrowsError(try XLSXReader(path: zip)) { XCTAssertEqual($0 as? SpreadsheetReadError, .notAWorkbook(path: zip)) }

        let whole = folder.appendingPathComponent("heel.xlsx").path
        try OpenpyxlWriter.write([.init(name: "Blad1", rows: [[.text("respondent")], [.text("r-1")]])], to: whole)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: whole))
        let cut = folder.appendingPathComponent("half.xlsx").path
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: cut))
        XCTAssertThrowsError(try rows(cut)) { XCTAssertEqual($0 as? SpreadsheetReadError, .damaged(path: cut)) }
        XCTAssertTrue("\(SpreadsheetReadError.damaged(path: cut))".contains("Save it again as .xlsx (Excel-werkmap) or as CSV UTF-8"))
    }

    func testASheetCutShortIsAnError() throws {
        let path = folder.appendingPathComponent("kort.xlsx").path
        try Self.package(path, parts: [
            ("xl/workbook.xml", #"<workbook xmlns:r="urn:r"><sheets><sheet name="Blad1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="2"><c r="A2"><v"#),
        ])
        XCTAssertThrowsError(try rows(path)) { error in
            XCTAssertEqual(error as? SpreadsheetReadError,
                           .malformed(path: path, part: "xl/worksheets/sheet1.xml", reason: "the XML ends inside a tag"))
        }
    }

    /// The parts of a workbook as Excel writes it (see `testExcelStyleParts`), the sheet last.
    private static var excelParts: [(String, String)] {
        let sharedStrings = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">\
            <si><t>respondent</t></si><si><r><rPr><b/></rPr><t>vet</t></r><r><t xml:space="preserve"> en gewoon</t></r></si>\
            <si><t>wijk</t><rPh sb="0" eb="1"><t>WIJK</t></rPh></si><si><t>regel_x000D_</t></si></sst>
            """
        let styles = """
            <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="3"><numFmt numFmtId="164" formatCode="[$-413]d/m/yyyy;@"/><numFmt numFmtId="165" formatCode="0&quot; dagen&quot;"/>\
            <numFmt numFmtId="166" formatCode="[Red]0.00"/></numFmts>\
            <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>\
            <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/>\
            <xf numFmtId="166"/><xf numFmtId="22"/></cellXfs></styleSheet>
            """
        let sheet = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:F3"/><x:sheetData>\
            <x:row r="1" spans="1:6"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t='s'><x:v>2</x:v></x:c>\
            <x:c r="D1" t="s"><x:v>3</x:v></x:c></x:row><!-- a comment <x:row r="2"> -->\
            <x:row r="3"><x:c r="A3" s="1"><x:v>45772</x:v></x:c><x:c s="2"><x:v>45772</x:v></x:c><x:c s="3"><x:v>12</x:v></x:c>\
            <x:c s="4"><x:v>4.9999999999999998E-2</x:v></x:c><x:c s="5"><x:v>45772.427430555559</x:v></x:c>\
            <x:c r="H3" t="b"><x:v>1</x:v></x:c><x:c r="I3" t="e"><x:v>#N/A</x:v></x:c>\
            <x:c r="J3" t="str"><x:f>A1&amp;"x"</x:f><x:v>respondentx</x:v></x:c><x:c r="K3" t="inlineStr"><x:is><x:t><![CDATA[a<b]]></x:t></x:is></x:c>\
            <x:c r="L3"><x:v>&#52;2</x:v></x:c><x:c r="M3" s="1"/></x:row></x:sheetData></x:worksheet>
            """
        return [
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr defaultThemeVersion="166925"/>\
                <sheets><sheet name="Blad1" sheetId="1" r:id="rId3"/></sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/blad.xml"/>\
                </Relationships>
                """),
            ("xl/sharedStrings.xml", sharedStrings), ("xl/styles.xml", styles), ("xl/worksheets/blad.xml", sheet),
        ]
    }

    /// A ZIP archive of `parts` (name, text), as a workbook is packed.
    private static func package(_ path: String, parts: [(String, String)], compression: CompressionMethod = .deflate) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
            }
        }
    }
}
