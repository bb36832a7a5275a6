import VeerkrachtCore
@testable import VeerkrachtStore
import XCTest

/// Rapportagegebieden in the store: added whole or refused with a typed error and nothing
/// stored, listed per gemeente, removed by name; their cells pool the members' respondents.
final class RapportagegebiedStoreTests: XCTestCase {
    /// Respondents in WK077201 (3), WK077202 (2) and WK079601 (1) at 2025-voorjaar; r1 and r4
    /// answer again at 2026-voorjaar.
    private func store() throws -> Store {
        let store = try Fixtures.store()
        let first = [Fixtures.row("r1"), Fixtures.row("r2"), Fixtures.row("r3", answer: "5"),
                     Fixtures.row("r4", wijk: "WK077202", answer: "2"), Fixtures.row("r5", wijk: "WK077202", answer: "3"),
                     Fixtures.row("r6", wijk: "WK079601")]
        let second = [Fixtures.row("r1", datum: "2026-03-14", meting: "2026-voorjaar", answer: "5"),
                      Fixtures.row("r4", wijk: "WK077202", datum: "2026-03-14", meting: "2026-voorjaar", answer: "1")]
        _ = try store.importResponses(from: Fixtures.reader(Fixtures.csv([Fixtures.header] + first + second)), source: "t.csv")
        return store
    }

    func testAddListAndRemove() throws {
        let store = try store()
        let added = try store.addRapportagegebied("  Noord ", wijken: ["wk077202", "WK077201", "WK077201"])
        XCTAssertEqual(added, Rapportagegebied(name: "Noord", gemeente: "GM0772", wijken: ["WK077201", "WK077202"]))
        XCTAssertEqual(try store.rapportagegebieden(), [added])
        XCTAssertEqual(try store.rapportagegebieden(gemeente: "GM0772"), [added])
        XCTAssertEqual(try store.rapportagegebieden(gemeente: "GM0796"), [])
        XCTAssertEqual(try store.removeRapportagegebied("NOORD"), added)
        XCTAssertEqual(try store.rapportagegebieden(), [])
        XCTAssertNoThrow(try store.addRapportagegebied("Noord", wijken: ["WK077201", "WK077202"]), "its wijken are free again")
    }

    func testMistakesAreRefusedWithTheFactAndNothingIsStored() throws {
        let store = try store()
        try store.addRapportagegebied("Noord", wijken: ["WK077201", "WK077202"])
        let long = String(repeating: "a", count: Rapportagegebied.maximumNameLength + 1)
        let cases: [(String, [String], RapportagegebiedError)] = [
            ("", ["WK077201", "WK077202"], .invalidName("", .missing)),
            (long, ["WK077201", "WK077202"], .invalidName(long, .tooLong(maximum: Rapportagegebied.maximumNameLength))),
            ("=1+1", ["WK077201", "WK077202"], .invalidName("=1+1", .notStartingWithLetterOrDigit("=1+1"))),
            ("Zuid", ["WK077201"], .tooFewWijken("Zuid")),
            ("Zuid", ["WK079601", "WK079601"], .tooFewWijken("Zuid")),
            ("noord", ["WK079601", "WK079602"], .duplicateName("Noord")),
            ("Zuid", ["WK079601", "WK079699"], .unknownWijk("WK079699")),
            ("Zuid", ["WK079601", "GM0772"], .unknownWijk("GM0772")),
            ("Zuid", ["WK079601", "WK077201"], .severalGemeenten(wijk: "WK077201", gemeente: "GM0772", other: "GM0796")),
            ("Zuid", ["WK077202", "WK079601"], .alreadyGrouped(wijk: "WK077202", group: "Noord")),
        ]
        for (name, wijken, expected) in cases {
            XCTAssertThrowsError(try store.addRapportagegebied(name, wijken: wijken), name) { XCTAssertEqual($0 as? RapportagegebiedError, expected) }
        }
        XCTAssertThrowsError(try store.removeRapportagegebied("Zuid")) {
            XCTAssertEqual($0 as? RapportagegebiedError, .unknown("Zuid", known: ["Noord"]))
        }
        XCTAssertEqual(try store.rapportagegebieden().map(\.name), ["Noord"])
        let rows = try store.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM rapportagegebied_wijk") }
        XCTAssertEqual(rows, 2, "no refused group left a member behind")
    }

    func testGroupCellsPoolTheMembersRespondents() throws {
        let store = try store()
        XCTAssertEqual(try store.groupScoreCells(gemeente: "GM0772", meting: "2025-voorjaar"), [], "no groups, no cells")
        try store.addRapportagegebied("Noord", wijken: ["WK077201", "WK077202"])
        let wijken = try store.scoreCells(level: .wijk, meting: "2025-voorjaar", area: "GM0772")
        let groups = try store.groupScoreCells(gemeente: "GM0772", meting: "2025-voorjaar")
        XCTAssertEqual(Set(groups.map(\.area)), ["Noord"])
        for cell in groups {
            var merged = ScoreDistribution()
            for wijk in wijken where wijk.construct == cell.construct { merged.merge(wijk.distribution) }
            XCTAssertEqual(cell.distribution.n, 5, cell.construct)
            XCTAssertEqual(cell.distribution.n, merged.n)
            XCTAssertEqual(cell.distribution.moments.mean, merged.moments.mean, accuracy: 1e-12)
            XCTAssertEqual(cell.distribution.laag, merged.laag)
        }
        let change = try store.groupChangeCells(gemeente: "GM0772", from: "2025-voorjaar", to: "2026-voorjaar")
        let perWijk = try store.changeCells(level: .wijk, from: "2025-voorjaar", to: "2026-voorjaar", area: "GM0772")
        for cell in change {
            XCTAssertEqual(cell.area, "Noord")
            XCTAssertEqual(cell.from.n, 5, cell.construct)
            XCTAssertEqual(cell.to.n, 2, cell.construct)
            XCTAssertEqual(cell.panel.pairs, 2, "r1 and r4, each in their own wijk both times")
            let members = perWijk.filter { $0.construct == cell.construct }
            XCTAssertEqual(cell.panel.pairs, members.reduce(0) { $0 + $1.panel.pairs }, "the group's panel is its members' panels")
            let meanDifference = members.reduce(0.0) { $0 + Double($1.panel.pairs) * ($1.panel.meanDifference ?? 0) } / Double(cell.panel.pairs)
            XCTAssertEqual(try XCTUnwrap(cell.panel.meanDifference), meanDifference, accuracy: 1e-12, cell.construct)
        }
    }
}
