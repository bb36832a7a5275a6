import Foundation
import TestSupport
import VeerkrachtApp
import VeerkrachtCore
import XCTest

/// Veerkrachtmeter v2 is the default; a database made with v1 gets v2 beside it on its next
/// import (or `init`), says so, and keeps every answer to v1.
final class InstrumentVersionCommandTests: CommandTestCase {
    /// The bundled v1 file in the source tree.
    private let v1File = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Surveys/veerkrachtmeter-v1.yaml").path

    private func responses(_ name: String, meting: String, background: [String]?) throws -> String {
        let items = try DefaultInstrument.load().items.filter { !$0.isBackground }.map(\.id)
        let file = path(name)
        let header = ["respondent", "wijk", "datum", "meting"] + items + (background == nil ? [] : ["leeftijd", "geslacht"])
        let rows = (1...3).map { ["r\($0)", "WK077201", "\(meting.prefix(4))-04-14", meting] + items.map { _ in "4" } + (background ?? []) }
        try ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n").appending("\n").write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func testValidateNamesTheBackgroundQuestions() throws {
        let v2 = v1File.replacingOccurrences(of: "veerkrachtmeter-v1.yaml", with: "veerkrachtmeter-v2.yaml")
        let checked = try veerkracht("surveys", "validate", v2)
        XCTAssertEqual(checked.status, 0, checked.errors)
        XCTAssertTrue(checked.output.hasSuffix("Background, never scored: leeftijd (jaren), geslacht (geslacht)\n"
                                               + "34 items; laag below 4.0, hoog from 7.0.\n"), checked.output)
        XCTAssertFalse(try veerkracht("surveys", "validate", v1File).output.contains("Background"))
    }

    func testInitRegistersVersion2() throws {
        let database = path("nieuw.sqlite")
        let created = try veerkracht("init", "--db", database)
        XCTAssertEqual(created.status, 0, created.errors)
        XCTAssertEqual(created.errors, "Database ready at \(database) with instrument veerkrachtmeter v2.\n")
        let imported = try veerkracht("import", "responses", try responses("v2.csv", meting: "2025-voorjaar", background: ["67", "vrouw"]), "--db", database)
        XCTAssertEqual(imported.status, 0, imported.errors)
        XCTAssertFalse(imported.errors.contains("not part of"), imported.errors)
        XCTAssertTrue(imported.errors.contains("(instrument veerkrachtmeter v2)"), imported.errors)
    }

    func testADatabaseWithV1GetsV2AtItsNextImport() throws {
        let database = path("oud.sqlite")
        XCTAssertEqual(try veerkracht("init", "--db", database, "--instrument", v1File).errors,
                       "Database ready at \(database) with instrument veerkrachtmeter v1.\n")
        let first = try veerkracht("import", "responses", try responses("v1.csv", meting: "2025-voorjaar", background: nil), "--db", database)
        XCTAssertEqual(first.status, 0, first.errors)
        XCTAssertTrue(first.errors.hasPrefix("\(database) now uses veerkrachtmeter v2, with the optional background questions leeftijd and geslacht; "
                                             + "answers to earlier versions stay valid.\n"), first.errors)
        let second = try veerkracht("import", "responses", try responses("v2.csv", meting: "2026-voorjaar", background: ["16", "1"]), "--db", database)
        XCTAssertEqual(second.status, 0, second.errors)
        XCTAssertFalse(second.errors.contains("now uses"), "said once")
        let scores = try veerkracht("export", "scores", "--db", database, "--by", "wijk")
        XCTAssertEqual(scores.output.split(separator: "\n").filter { $0.contains(",cohesie,") }.map { $0.split(separator: ",").prefix(4).joined(separator: ",") },
                       ["2025-voorjaar,WK077201,cohesie,3", "2026-voorjaar,WK077201,cohesie,3"])
        XCTAssertEqual(try veerkracht("init", "--db", database).errors, "Database ready at \(database) with instrument veerkrachtmeter v2.\n")
    }
}
