import Foundation
import GRDB
import VeerkrachtCore
import VeerkrachtCSV
@testable import VeerkrachtStore
import XCTest

/// Survey tools' exports import with no options to what the plain file of the same answers gives.
final class SurveyToolImportTests: XCTestCase {
    private let exports = SurveyToolExports()

    /// Every stored response (respondent, wijk, datum, answers, scores), in respondent order.
    private func stored(_ text: String, mapping: ResponseMapping? = nil, file: StaticString = #filePath,
                        line: UInt = #line) throws -> (rows: [[String]], warnings: [String]) {
        let store = try Fixtures.store()
        let outcome = try store.importResponses(from: Fixtures.reader(text), source: "export.csv", mapping: mapping)
        XCTAssertEqual(outcome.rows, exports.residents.count, file: file, line: line)
        let rows = try store.database.read { db in
            try Row.fetchAll(db, sql: "SELECT respondent, wijk, datum, answers, scores FROM response ORDER BY respondent")
        }.map { row -> [String] in
            let answers = AnswerVector.decode(row["answers"], count: Fixtures.instrument.items.count)
            return [row["respondent"], row["wijk"], row["datum"], "\(answers)", "\(ScoreVector.decode(row["scores"]))"]
        }
        return (rows, outcome.warnings)
    }

    func testThePlainFileHoldsTheResidentsAnswers() throws {
        let plain = try stored(exports.plain).rows
        XCTAssertEqual(plain.count, 50)
        let missing = exports.residents.flatMap(\.answers).filter { $0 == nil }.count
        XCTAssertGreaterThan(missing, 50, "the residents answer 'weet niet' often enough to test the codes")
    }

    /// `export` stores what the plain file stores, with one warning naming the tool's system columns first.
    private func assertAsThePlainFile(_ export: String, warning: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let imported = try stored(export, file: file, line: line)
        XCTAssertEqual(imported.rows, try stored(exports.plain).rows, file: file, line: line)
        XCTAssertEqual(imported.warnings.first, warning, file: file, line: line)
        XCTAssertFalse(imported.warnings.contains { $0.contains("not part of") }, "\(imported.warnings)", file: file, line: line)
    }

    func testKoboToolboxExportWithGroupsCodesAndDateTimes() throws {
        try assertAsThePlainFile(exports.kobo, warning: "ignored 12 KoboToolbox system columns: start, end, _id, …")
    }

    func testODKCentralExport() throws {
        try assertAsThePlainFile(exports.odk, warning: "ignored 14 ODK Central system columns: SubmissionDate, start, end, …")
    }

    func testLimeSurveyExportWithBOMAndSemicolons() throws {
        let lime = try stored(exports.limeSurvey)
        XCTAssertEqual(lime.rows, try stored(exports.plain).rows)
        XCTAssertEqual(lime.warnings.first, "ignored 7 LimeSurvey system columns: id, submitdate, lastpage, …")
    }

    func testOneOwnColumnNamedLikeASystemColumnIsAnOrdinaryExtraColumn() throws {
        let header = Fixtures.header + ["id"]
        let rows = [header, Fixtures.row("r1") + ["17"]]
        let outcome = try Fixtures.store().importResponses(from: Fixtures.reader(Fixtures.csv(rows)), source: "t.csv")
        XCTAssertEqual(outcome.warnings.first, "column 37 'id' is not part of veerkrachtmeter v1 and is ignored")
    }

    func testAPlainColumnWinsOverAGroupPrefixedOne() throws {
        let header = Fixtures.header + ["groep/coh1"]
        let rows = [header, Fixtures.row("r1", overrides: ["coh1": "2"]) + ["5"]]
        let store = try Fixtures.store()
        let outcome = try store.importResponses(from: Fixtures.reader(Fixtures.csv(rows)), source: "t.csv")
        XCTAssertEqual(try Fixtures.answers(store, respondent: "r1")["coh1"], 2)
        XCTAssertEqual(outcome.warnings.first, "column 37 'groep/coh1' is not part of veerkrachtmeter v1 and is ignored")
    }

    // MARK: Headers that cannot be mapped

    private func refusal(header: [String]) throws -> String {
        let row = Array(repeating: "3", count: header.count)
        return try XCTUnwrap(Fixtures.refusal(Fixtures.store(), Fixtures.csv([header, row]))).description
    }

    func testTwoGroupsWithTheSameItemAreAmbiguous() throws {
        let header = Fixtures.header.map { $0 == "coh1" ? "g1/coh1" : $0 } + ["g2/coh1"]
        let message = try refusal(header: header)
        XCTAssertTrue(message.contains("line 1: the header has no column for item coh1 of veerkrachtmeter v1"), message)
        XCTAssertTrue(message.contains("line 1: columns 5 'g1/coh1', 37 'g2/coh1' all look like item coh1 with a group prefix: "
            + "keep one of them and name it 'coh1'"), message)
    }

    func testAnotherSeparatorIsNamed() throws {
        let header = Fixtures.header.map { $0 == "respondent" ? "gegevens.respondent" : $0 == "coh2" ? "veerkracht:coh2" : $0 }
        let message = try refusal(header: header)
        XCTAssertTrue(message.contains("line 1: the header has no column 'respondent'"), message)
        XCTAssertTrue(message.contains("line 1: column 1 'gegevens.respondent' looks like column 'respondent' with a group prefix: "
            + "name the column 'respondent'"), message)
        XCTAssertTrue(message.contains("line 1: column 6 'veerkracht:coh2' looks like item coh2 with a group prefix: name the column 'coh2'"),
                      message)
    }

    func testKoboToolboxExportWithLabelsAsHeadersAndValues() throws {
        try assertAsThePlainFile(exports.koboLabels, warning: "ignored 12 KoboToolbox system columns: start, end, _id, …")
    }

    func testQuestionTextsAsHeadersWithoutGroups() throws {
        let header = ResponseField.allCases.map(\.label) + Fixtures.instrument.items.map { $0.text.uppercased() + " " }
        let rows = [header, Fixtures.row("r1", overrides: ["coh1": "mee eens", "zr1": "Helemaal  Mee  Eens"])]
        let store = try Fixtures.store()
        _ = try store.importResponses(from: Fixtures.reader(Fixtures.csv(rows)), source: "t.csv")
        XCTAssertEqual(try Fixtures.answers(store, respondent: "r1")["coh1"], 4)
        XCTAssertEqual(try Fixtures.answers(store, respondent: "r1")["zr1"], 5)
    }

    func testAnExcelSavedCSVWithDecimalCommasAndDayFirstDates() throws {
        XCTAssertEqual(try stored(exports.excel).rows, try stored(exports.plain).rows)
    }

    func testLimeSurveyCodesThroughAMappingFile() throws {
        let lime = exports.limeSurveyCodes
        let mapping = try ResponseMapping(yaml: lime.mapping, instrument: Fixtures.instrument)
        let mapped = try stored(lime.csv, mapping: mapping)
        XCTAssertEqual(mapped.warnings.first, "ignored 5 LimeSurvey system columns: id, submitdate, lastpage, …")
        XCTAssertEqual(mapped.rows, try stored(exports.plain).rows)
    }

    func testWithoutTheMappingTheCodesAreNamed() throws {
        let message = try XCTUnwrap(Fixtures.refusal(Fixtures.store(), exports.limeSurveyCodes.csv)).description
        XCTAssertTrue(message.contains("line 1: the header has no column 'respondent'"), message)
        XCTAssertTrue(message.contains("the header has no column for items coh1, coh2"), message)
    }

    func testAWindows1252FileIsRefusedWithAdvice() throws {
        var bytes = Array(Fixtures.csv([Fixtures.header, Fixtures.row("r1")]).utf8)
        bytes += Array("jos".utf8) + [0xE9] + Array(Fixtures.row("r2").dropFirst().map { "," + $0 }.joined().utf8) + [0x0A]
        let store = try Fixtures.store()
        XCTAssertThrowsError(try store.importResponses(from: CSVReader(bytes: bytes), source: "t.csv")) { error in
            let message = (error as? ImportRefused)?.description ?? "\(error)"
            XCTAssertTrue(message.contains("line 3: invalid UTF-8: the file is not saved as UTF-8 (Excel's plain 'CSV' saves Windows-1252); "
                + "in Excel choose Opslaan als > 'CSV UTF-8 (door komma's gescheiden)' and import that file"), message)
        }
        XCTAssertEqual(try store.metingLabels(), [], "nothing stored")
    }

    func testCodesOutsideTheListStayErrors() throws {
        let text = Fixtures.csv([Fixtures.header, Fixtures.row("r1", overrides: ["coh1": "97", "coh2": "weet niet"])])
        let message = try XCTUnwrap(Fixtures.refusal(Fixtures.store(), text)).description
        XCTAssertTrue(message.contains("line 2, column 5 (coh1): "), message)
        XCTAssertTrue(message.contains("line 2, column 6 (coh2): "), message)
    }

    func testAnInvalidDateTimeStaysInvalid() throws {
        let text = Fixtures.csv([Fixtures.header, Fixtures.row("r1", datum: "2025-02-29T10:00:00")])
        let message = try XCTUnwrap(Fixtures.refusal(Fixtures.store(), text)).description
        XCTAssertTrue(message.contains("line 2, column 3 (datum): "), message)
    }
}
