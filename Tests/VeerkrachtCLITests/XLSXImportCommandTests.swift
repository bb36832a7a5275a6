import Foundation
import TestSupport
import VeerkrachtApp
import XCTest

/// `veerkracht import … FILE.xlsx [--sheet NAME]` and the refusal of an old `.xls`.
final class XLSXImportCommandTests: CommandTestCase {
    private func database() throws -> String {
        let database = path("eigen.sqlite")
        XCTAssertEqual(try veerkracht("init", "--db", database).status, 0)
        return database
    }

    func testASheetNamedWithSheetImportsAndAnUnknownOneIsNamed() throws {
        let items = try DefaultInstrument.load().items.filter { !$0.isBackground }.map(\.id)   // a file without the optional background columns
        let header = (["respondent", "wijk", "datum", "meting"] + items).map(OpenpyxlWriter.Cell.text)
        let rows: [[OpenpyxlWriter.Cell]] = (1...2).map { number in
            [.text("r\(number)"), .text("WK077201"), .excelDate("2025-04-2\(number)"), .text("2025-voorjaar")] + items.map { _ in .integer(3) }
        }
        let workbook = path("enquete.xlsx")
        try OpenpyxlWriter.write([.init(name: "Toelichting", rows: [[.text("Zie het blad Antwoorden.")]]),
                                  .init(name: "Antwoorden", rows: [header] + rows)], to: workbook)
        let database = try database()

        let unknown = try veerkracht("import", "responses", workbook, "--sheet", "Blad1", "--db", database)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.errors, "Error: \(workbook) has no sheet 'Blad1'; its sheets are 'Toelichting', 'Antwoorden'\n")

        let first = try veerkracht("import", "responses", workbook, "--db", database)
        XCTAssertEqual(first.status, 1, "the first sheet holds no responses")
        XCTAssertTrue(first.errors.contains("line 1: the header has no column 'respondent'"), first.errors)

        let named = try veerkracht("import", "responses", workbook, "--sheet", "Antwoorden", "--db", database)
        XCTAssertEqual(named.status, 0, named.errors)
        XCTAssertTrue((named.output + named.errors).contains("Imported 2 responses from \(workbook)"), named.output + named.errors)
    }

    func testAnOldExcelWorkbookIsRefusedWithAdvice() throws {
        let old = path("enquete.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)).write(to: URL(fileURLWithPath: old))
        let database = try database()
        let advice = "Error: cannot read \(old): it is an old Excel workbook (.xls) or a password-protected one; "
            + "save it as .xlsx (Excel-werkmap) without a password, or as CSV UTF-8\n"
        for command in ["responses", "activiteiten"] {
            let run = try veerkracht("import", command, old, "--db", database)
            XCTAssertEqual(run.status, 1, command)
            XCTAssertEqual(run.errors, advice, command)
        }
    }

    func testTheHelpOffersSheet() throws {
        for command in ["responses", "activiteiten", "gebieden"] {
            let help = try veerkracht("import", command, "--help").output
            XCTAssertTrue(help.contains("--sheet <name>"), help)
            XCTAssertTrue(help.contains("Excel workbook (.xlsx)"), help)
        }
    }
}
