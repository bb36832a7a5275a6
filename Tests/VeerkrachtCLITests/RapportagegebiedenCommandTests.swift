import Foundation
import XCTest

/// `veerkracht rapportagegebieden` as a user types it: add, list and remove groups of wijken, and
/// the messages of the common mistakes. Needs `.build/debug/veerkracht`.
final class RapportagegebiedenCommandTests: CommandTestCase {
    private func gebieden() throws -> String {
        let database = path("eigen.sqlite")
        XCTAssertEqual(try veerkracht("init", "--db", database).status, 0)
        let file = path("gebieden.csv")
        try "code,naam\nGM0772,Eindhoven\nWK077205,Woensel-Noord\nWK077207,Gestel\nWK077208,Achtse Barrier\nGM0796,Den Bosch\nWK079601,Binnenstad\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try veerkracht("import", "gebieden", file, "--db", database)
        XCTAssertEqual(imported.status, 0, imported.errors)
        return database
    }

    func testHelp() throws {
        let help = try veerkracht("rapportagegebieden", "--help")
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.output.contains("List, add or remove rapportagegebieden"), help.output)
        XCTAssertTrue(help.output.contains("add"), help.output)
        let add = try veerkracht("rapportagegebieden", "add", "--help")
        XCTAssertTrue(add.output.contains("Group two or more wijken of one gemeente under a name."), add.output)
    }

    func testAddListAndRemove() throws {
        let database = try gebieden()
        XCTAssertEqual(try veerkracht("rapportagegebieden", "--db", database).errors,
                       "No rapportagegebieden yet; add one with `veerkracht rapportagegebieden add NAME WIJK WIJK…`.\n")
        let added = try veerkracht("rapportagegebieden", "add", "Noord", "wk077208", "WK077205", "--db", database)
        XCTAssertEqual(added.status, 0, added.errors)
        XCTAssertEqual(added.errors, "Added rapportagegebied 'Noord' in GM0772: WK077205, WK077208.\n")
        XCTAssertEqual(try veerkracht("rapportagegebieden", "list", "GM0772", "--db", database).output,
                       "name   gemeente  wijken\nNoord  GM0772    WK077205 WK077208\n")
        XCTAssertEqual(try veerkracht("rapportagegebieden", "list", "GM0796", "--db", database).output, "")
        XCTAssertEqual(try veerkracht("rapportagegebieden", "remove", "noord", "--db", database).errors, "Removed rapportagegebied 'Noord'.\n")
        XCTAssertEqual(try veerkracht("rapportagegebieden", "list", "--db", database).output, "")
    }

    func testCommonMistakes() throws {
        let database = try gebieden()
        XCTAssertEqual(try veerkracht("rapportagegebieden", "add", "Noord", "WK077208", "WK077205", "--db", database).status, 0)
        let cases: [([String], String)] = [
            (["add", "Gestel", "WK077207"], "Error: rapportagegebied 'Gestel' needs at least two different wijken\n"),
            (["add", "=Som", "WK077207", "WK077205"], "Error: rapportagegebied '=Som': '=Som' must start with a letter or a digit\n"),
            (["add", "noord", "WK077207", "WK079601"], "Error: there is already a rapportagegebied 'Noord' (see `veerkracht rapportagegebieden list`)\n"),
            (["add", "Zuid", "WK077207", "WK079601"], "Error: WK079601 lies in GM0796, not in GM0772: a rapportagegebied groups wijken of one gemeente\n"),
            (["add", "Zuid", "WK077207", "WK077299"],
             "Error: the database knows no wijk 'WK077299' (see `veerkracht status`, or import the gebieden with `veerkracht import gebieden`)\n"),
            (["add", "Zuid", "WK077207", "WK077208"],
             "Error: WK077208 is already in rapportagegebied 'Noord'; remove that group first with `veerkracht rapportagegebieden remove 'Noord'`\n"),
            (["remove", "Zuid"], "Error: there is no rapportagegebied 'Zuid' (known: Noord) (see `veerkracht rapportagegebieden list`)\n"),
        ]
        for (arguments, errors) in cases {
            let run = try tool.run(["rapportagegebieden"] + arguments + ["--db", database])
            XCTAssertEqual(run.status, 1, arguments.joined(separator: " "))
            XCTAssertEqual(run.errors, errors)
        }
        XCTAssertEqual(try veerkracht("rapportagegebieden", "list", "--db", database).output,
                       "name   gemeente  wijken\nNoord  GM0772    WK077205 WK077208\n", "a refused group changes nothing")
    }
}
