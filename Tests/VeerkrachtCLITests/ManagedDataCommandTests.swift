import Foundation
import TestSupport
import VeerkrachtApp
import VeerkrachtCore
import XCTest

/// The built tool as a user meets the rules of issue 11: own data never mixes with the demo, an
/// import can be undone by its number, metingen are managed by name. Needs `.build/debug/veerkracht`.
final class ManagedDataCommandTests: FolderTestCase {
    private func veerkracht(_ tool: CommandLineTool, _ arguments: [String], db: URL) throws -> CommandLineTool.Outcome {
        try tool.run(arguments + ["--db", db.path])
    }

    func testOwnDataIsNotMixedIntoTheDemoAndInitReplacesIt() throws {
        let tool = try CommandLineTool.built()
        let db = folder.appendingPathComponent("demo.sqlite")
        XCTAssertEqual(try veerkracht(tool, ["demo"], db: db).status, 0)
        let own = folder.appendingPathComponent("own.csv")
        try "datum,wijk,activiteit,thema,deelnemers,uren,vrijwilligers,hulpbronnen\n2025-03-04,WK077201,Taalcafé,Armoede & Meedoen,12,1.5,2,\n"
            .write(to: own, atomically: true, encoding: .utf8)
        let refused = try veerkracht(tool, ["import", "activiteiten", own.path], db: db)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("holds the demo data (synthetic residents)"), refused.errors)
        XCTAssertTrue(refused.errors.contains("veerkracht init --db"), "says what to do instead: \(refused.errors)")
        let initialised = try veerkracht(tool, ["init"], db: db)
        XCTAssertEqual(initialised.status, 0)
        XCTAssertTrue(initialised.errors.contains("held only the demo's data; it was removed"), initialised.errors)
        let imported = try veerkracht(tool, ["import", "activiteiten", own.path], db: db)
        XCTAssertEqual(imported.status, 0, imported.errors)
        XCTAssertTrue(imported.errors.contains("as import 1; `veerkracht import undo 1` removes them again"), imported.errors)
        // init never removes own data.
        XCTAssertEqual(try veerkracht(tool, ["init"], db: db).status, 0)
        XCTAssertEqual(try veerkracht(tool, ["export", "output", "--by", "wijk"], db: db).output.split(separator: "\n").count, 2)
    }

    func testUndoAndMetingenByTheirNames() throws {
        let tool = try CommandLineTool.built()
        let db = folder.appendingPathComponent("own.sqlite")
        XCTAssertEqual(try veerkracht(tool, ["init"], db: db).status, 0)
        XCTAssertEqual(try veerkracht(tool, ["metingen", "add", "2025-voorjaar", "--van", "2025-03-01", "--tot", "2025-05-31"], db: db).status, 0)
        let items = try DefaultInstrument.load().items.filter { !$0.isBackground }.map(\.id)   // a file without the optional background columns
        let file = folder.appendingPathComponent("r.csv")
        try ((["respondent", "wijk", "datum", "meting"] + items).joined(separator: ",") + "\n"
             + (["r1", "WK077201", "2025-03-14", "2025-voorjaar"] + items.map { _ in "3" }).joined(separator: ",") + "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try veerkracht(tool, ["import", "responses", file.path], db: db).status, 0)
        let list = try veerkracht(tool, ["import", "list"], db: db)
        XCTAssertTrue(list.output.contains("1       "), list.output)
        XCTAssertTrue(list.output.contains("r.csv"), list.output)
        let metingen = try veerkracht(tool, ["metingen"], db: db)
        XCTAssertTrue(metingen.output.contains("2025-voorjaar  open   2025-03-01 t/m 2025-05-31  1"), metingen.output)
        XCTAssertEqual(try veerkracht(tool, ["metingen", "close", "2025-voorjaar"], db: db).status, 0)
        let closed = try veerkracht(tool, ["import", "undo", "1"], db: db)
        XCTAssertEqual(closed.status, 1)
        XCTAssertEqual(closed.errors, "Error: import 1 holds responses of meting '2025-voorjaar', which is closed; "
                       + "reopen it first with `veerkracht metingen reopen '2025-voorjaar'`\n")
        XCTAssertEqual(try veerkracht(tool, ["metingen", "reopen", "2025-voorjaar"], db: db).status, 0)
        let undone = try veerkracht(tool, ["import", "undo", "1"], db: db)
        XCTAssertEqual(undone.errors, "Undid import 1: removed 1 rows.\n")
        XCTAssertTrue(try veerkracht(tool, ["import", "list"], db: db).output.contains("undone"))
        let unknown = try veerkracht(tool, ["import", "undo", "999"], db: db)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.errors, "Error: there is no import 999 (see `veerkracht import list`)\n")
        XCTAssertEqual(try veerkracht(tool, ["themas", "add", "Gezondheid & Bewegen"], db: db).status, 0)
        let twice = try veerkracht(tool, ["themas", "add", "gezondheid & bewegen"], db: db)
        XCTAssertEqual(twice.status, 1)
        XCTAssertEqual(twice.errors, "Error: there is already a thema 'Gezondheid & Bewegen' (see `veerkracht themas list`)\n")
        let typo = try veerkracht(tool, ["metingen", "remove", "2025-voorjar"], db: db)
        XCTAssertEqual(typo.status, 1)
        XCTAssertEqual(typo.errors, "Error: there is no meting '2025-voorjar' (known: 2025-voorjaar)\n")
        XCTAssertEqual(try veerkracht(tool, ["metingen", "remove", "2025-voorjaar"], db: db).status, 0)
        XCTAssertEqual(try veerkracht(tool, ["check"], db: db).status, 0)
    }
}
