import Foundation
import GRDB
import TestSupport
import VeerkrachtApp
import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtSpreadsheet
@testable import VeerkrachtStore
import XCTest

/// An Excel workbook imports as the CSV file of the same rows does: the same stored answers,
/// scores and activities, and every message at the sheet's row.
final class XLSXImportTests: FolderTestCase {
    private let exports = SurveyToolExports()

    /// Every stored response (respondent, wijk, datum, answers, scores, the line it came from), in respondent order.
    private func storedResponses(_ reader: CSVReader) throws -> [[String]] {
        let store = try Fixtures.store()
        let outcome = try store.importResponses(from: reader, source: "enquete")
        XCTAssertEqual(outcome.rows, exports.residents.count)
        return try store.database.read { db in
            try Row.fetchAll(db, sql: "SELECT respondent, wijk, datum, answers, scores, source_line FROM response ORDER BY respondent")
        }.map { row -> [String] in
            let answers = AnswerVector.decode(row["answers"], count: Fixtures.instrument.items.count)
            return [row["respondent"], row["wijk"], row["datum"], "\(answers)", "\(ScoreVector.decode(row["scores"]))", "\(row["source_line"] ?? "")"]
        }
    }

    func testFiftyResidentsFromAWorkbookAsFromThePlainFile() throws {
        let path = folder.appendingPathComponent("enquete.xlsx").path
        let rows: [[OpenpyxlWriter.Cell]] = exports.residents.enumerated().map { index, resident in
            [.text(resident.respondent), .text(resident.wijk), .date(resident.datum), .text("2025-voorjaar")]
                + resident.answers.map { answer in answer.map { index.isMultiple(of: 2) ? .integer($0) : .float(Double($0)) } ?? .empty }
        }
        try OpenpyxlWriter.write([.init(name: "Blad1", rows: [Fixtures.header.map(OpenpyxlWriter.Cell.text)] + rows)], to: path)
        XCTAssertEqual(try storedResponses(ImportFile.open(path)), try storedResponses(Fixtures.reader(exports.plain)))
    }

    /// KoboToolbox writes its XLSX export with xlsxwriter in constant-memory mode: inline strings,
    /// date-times as text, `_id` and `_index` as numbers; the project's writer writes the same.
    func testAKoboToolboxXLSXExport() throws {
        let path = folder.appendingPathComponent("kobo.xlsx").path
        let records = Array(sequence(state: CSVReader(bytes: Array(exports.kobo.utf8))) { try? $0.next() })
        let header = records[0].fields
        let writer = try XLSXWriter(path: path, sheetName: "Veerkrachtmeter", header: header)
        for record in records.dropFirst() {
            try writer.append(zip(header, record.fields).map { name, value in
                ["_id", "_index"].contains(name) ? .integer(Int(value)!) : value.isEmpty ? .empty : .text(value)
            })
        }
        try writer.finish()
        let store = try Fixtures.store()
        let outcome = try store.importResponses(from: ImportFile.open(path), source: "kobo.xlsx")
        XCTAssertEqual(outcome.warnings.first, "ignored 12 KoboToolbox system columns: start, end, _id, …")
        XCTAssertEqual(try storedResponses(ImportFile.open(path)), try storedResponses(Fixtures.reader(exports.plain)))
    }

    func testMessagesNameTheSheetsRow() throws {
        let path = folder.appendingPathComponent("fout.xlsx").path
        let header = Fixtures.header.map(OpenpyxlWriter.Cell.text)
        let good = Fixtures.row("r1").map(OpenpyxlWriter.Cell.text)
        let bad = Fixtures.row("r2", overrides: ["coh1": "9"]).map(OpenpyxlWriter.Cell.text)
        try OpenpyxlWriter.write([.init(name: "Blad1", rows: [[], header, good, [], bad])], to: path)
        do {
            _ = try Fixtures.store().importResponses(from: ImportFile.open(path), source: "fout.xlsx")
            XCTFail("expected the import to be refused")
        } catch let refused as ImportRefused {
            XCTAssertTrue(refused.description.hasPrefix("line 5, column 5 (coh1): "), refused.description)
            XCTAssertEqual(refused.totalIssues, 1)
        }
    }

    func testActivitiesFromASecondSheetAsFromTheCSVFileWithALineBreakInACellAsASpace() throws {
        let header = ["datum", "wijk", "activiteit", "thema", "deelnemers", "uren", "vrijwilligers", "hulpbronnen"]
        let csv = Fixtures.csv([header, ["2025-03-04", "WK077201", "Buurtkoffie", "Armoede & Meedoen", "12", "1.5", "2", "cohesie|binding"],
                                ["2025-03-11", "WK077202", "Taal café", "Opvoeding & Gezin", "7", "2", "1", ""]])
        let path = folder.appendingPathComponent("activiteiten.xlsx").path
        try OpenpyxlWriter.write([
            .init(name: "Toelichting", rows: [[.text("Vul het tweede blad in.")]]),
            .init(name: "Activiteiten", rows: [
                header.map(OpenpyxlWriter.Cell.text),
                [.excelDate("2025-03-04"), .text("WK077201"), .text("Buurtkoffie"), .text("Armoede & Meedoen"), .integer(12), .float(1.5),
                 .integer(2), .text("cohesie|binding")],
                [.date("2025-03-11"), .text("WK077202"), .text("Taal\r\ncafé"), .text("Opvoeding & Gezin"), .float(7), .integer(2), .integer(1)],
            ]),
        ], to: path)
        func stored(_ reader: CSVReader) throws -> [String] {
            let store = try Fixtures.store()
            _ = try store.importActivities(from: reader, source: "activiteiten")
            return try store.database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT datum, wijk, naam, thema, deelnemers, uren, vrijwilligers, hulpbronnen, source_line FROM activiteit ORDER BY id
                    """)
            }.map(\.description)
        }
        XCTAssertEqual(try stored(ImportFile.open(path, sheet: "Activiteiten")), try stored(Fixtures.reader(csv)))
    }

    func testAnEmptySheetAndACSVFileWithASheetAreRefused() throws {
        let path = folder.appendingPathComponent("leeg.xlsx").path
        try OpenpyxlWriter.write([.init(name: "Blad1", rows: [[], [.text("")]])], to: path)
        XCTAssertThrowsError(try ImportFile.open(path)) { error in
            XCTAssertEqual("\(error)", "sheet 'Blad1' of \(path) is empty; expected a header row in its first filled row")
        }
        let csv = try write(Fixtures.csv([Fixtures.header]), "enquete.csv").path
        XCTAssertThrowsError(try ImportFile.open(csv, sheet: "Blad1")) { error in
            XCTAssertEqual("\(error)", "--sheet 'Blad1' applies to an Excel workbook (.xlsx), and \(csv) is none")
        }
    }
}
