import Foundation
import TestSupport
import VeerkrachtApp
import VeerkrachtCore
import XCTest

/// `surveys xlsform [--instrument ID] --out FILE.xlsx`, run as a user does.
final class SurveysXLSFormCommandTests: CommandTestCase {
    private func initialised() throws -> String {
        let database = path("veerkracht.sqlite")
        let created = try veerkracht("init", "--db", database)
        XCTAssertEqual(created.status, 0, created.errors)
        return database
    }

    func testItWritesTheRegisteredInstrumentsForm() throws {
        let database = try initialised()
        let file = path("veerkrachtmeter.xlsx")
        let written = try veerkracht("surveys", "xlsform", "--db", database, "--out", file)
        XCTAssertEqual(written.status, 0, written.errors)
        XCTAssertEqual(written.output, "")
        XCTAssertEqual(written.errors, "Wrote \(file): the XLSForm of veerkrachtmeter v2\n")

        let expected = path("expected.xlsx")
        try XLSForm(try DefaultInstrument.load()).write(to: expected)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), try Data(contentsOf: URL(fileURLWithPath: expected)))
        XCTAssertEqual(try veerkracht("surveys", "xlsform", "--db", database, "--instrument", "veerkrachtmeter", "--out", expected).status, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), try Data(contentsOf: URL(fileURLWithPath: expected)))
    }

    func testAnUnknownInstrumentOrNoDatabaseSaysWhatToDo() throws {
        let database = try initialised()
        let unknown = try veerkracht("surveys", "xlsform", "--db", database, "--instrument", "onbekend", "--out", path("x.xlsx"))
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.errors, "Error: the database holds no instrument 'onbekend'; add it with `veerkracht surveys add FILE`\n")

        let missing = path("nergens.sqlite")
        let none = try veerkracht("surveys", "xlsform", "--db", missing, "--instrument", "veerkrachtmeter", "--out", path("x.xlsx"))
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.errors, "Error: there is no database at \(missing); create it with `veerkracht init`\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("x.xlsx")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing), "no database is made")
    }

    func testWithoutADatabaseTheDefaultInstrumentsForm() throws {
        let missing = path("nergens.sqlite")
        let file = path("veerkrachtmeter.xlsx")
        let run = try veerkracht("surveys", "xlsform", "--db", missing, "--out", file)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, "Wrote \(file): the XLSForm of veerkrachtmeter v2\n")
        let expected = path("expected.xlsx")
        try XLSForm(try DefaultInstrument.load()).write(to: expected)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), try Data(contentsOf: URL(fileURLWithPath: expected)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing), "no database is made")
    }
}
