import GRDB
import VeerkrachtCore
@testable import VeerkrachtStore
import XCTest

/// `import verhalen`: the columns of a verhalen file, all or nothing, every row waiting for review,
/// and undo.
final class VerhaalImportTests: XCTestCase {
    private static let header = ["wijk", "datum", "hulpbronnen", "titel", "tekst", "bevestiging"]

    private func row(wijk: String = "WK077201", datum: String = "2025-04-02", hulpbronnen: String = "cohesie",
                     titel: String = "Samen de stoep op", tekst: String = "Buren ruimen samen op.", bevestiging: String = "ja") -> [String] {
        [wijk, datum, hulpbronnen, titel, tekst, bevestiging]
    }

    private func refusal(_ store: Store, _ text: String) throws -> ImportRefused? {
        do {
            _ = try store.importVerhalen(from: Fixtures.reader(text), source: "verhalen.csv")
            XCTFail("expected the import to be refused")
            return nil
        } catch let refused as ImportRefused {
            return refused
        }
    }

    func testImportsAFileAsStoriesWaitingForReview() throws {
        let store = try Fixtures.store()
        // Columns in another order, an extra column, a text over several lines with a `;` and quotes (as Excel writes it).
        let text = Fixtures.csv([["titel", "tekst", "opmerking", "bevestiging", "hulpbronnen", "datum", "wijk"],
                                 ["Samen de stoep op", "Eerste regel; \"zei ze\".\r\n\r\nTweede alinea.", "x", "JA", "binding|cohesie", "2025-04-02", "WK077201"],
                                 ["Digicafé", "Twee buren leren videobellen.", "", "ja", "digitaal_contact", "2025-04-03", "WK077202"]],
                                newline: "\r\n")
        let outcome = try store.importVerhalen(from: Fixtures.reader(text), source: "verhalen.csv")
        XCTAssertEqual(outcome.rows, 2)
        XCTAssertEqual(outcome.warnings.first, "column 3 'opmerking' is not a verhalen column and is ignored")
        let stored = try store.verhalen()
        XCTAssertEqual(stored.map(\.status), [.ingediend, .ingediend])
        XCTAssertEqual(stored.map(\.enteredBy), [nil, nil])
        XCTAssertEqual(stored.last?.verhaal, Verhaal(datum: "2025-04-02", wijk: WijkCode("WK077201")!, hulpbronnen: ["cohesie", "binding"],
                                                     titel: "Samen de stoep op", tekst: "Eerste regel; \"zei ze\".\n\nTweede alinea."))
        let lines = try store.database.read { db in try Int.fetchAll(db, sql: "SELECT source_line FROM verhaal ORDER BY id") }
        XCTAssertEqual(lines, [2, 5])
    }

    func testEveryProblemByLineAndColumnAndNothingStored() throws {
        let store = try Fixtures.store()
        let text = Fixtures.csv([Self.header, row(),
                                 row(wijk: "Centrum", hulpbronnen: ""),
                                 row(tekst: "Mail naar jan@example.org", bevestiging: "nee"),
                                 row(titel: String(repeating: "t", count: 121))])
        let refused = try XCTUnwrap(try refusal(store, text))
        XCTAssertEqual(refused.issues.map(\.description), [
            "line 3, column 1 (wijk): 'Centrum' is not a CBS wijk code (WK + 6 characters, e.g. WK077201)",
            "line 3, column 3 (hulpbronnen): name at least one hulpbron the story illustrates",
            "line 4, column 5 (tekst): holds what looks like an e-mail address ('jan@example.org'); a story may not hold details that identify a resident",
            "line 4, column 6 (bevestiging): confirm that the story holds no names or other details that identify a resident (write 'ja')",
            "line 5, column 4 (titel): longer than 120 characters",
        ])
        XCTAssertEqual(try Fixtures.count(store, "verhaal"), 0)
        XCTAssertEqual(try Fixtures.count(store, "batch"), 0)
    }

    func testAMissingColumnIsNamedWithTheColumnsExpected() throws {
        let store = try Fixtures.store()
        let refused = try XCTUnwrap(try refusal(store, Fixtures.csv([["wijk", "datum", "titel", "tekst"], ["WK077201", "2025-04-02", "a", "b"]])))
        XCTAssertEqual(refused.issues.map(\.description), [
            "line 1: the header has no columns 'hulpbronnen', 'bevestiging' (a verhalen file has the columns wijk,datum,hulpbronnen,titel,tekst,bevestiging)",
        ])
    }

    func testAnImportIsUndoneWholeWithItsReviews() throws {
        let store = try Fixtures.store()
        let outcome = try store.importVerhalen(from: Fixtures.reader(Fixtures.csv([Self.header, row(), row(titel: "Tweede")])), source: "verhalen.csv")
        let analist = try store.addUser(name: "an", role: .analist, gemeente: nil, password: "een lang wachtwoord")
        try store.reviewVerhaal(id: try store.verhalen().first!.id, .approve, note: "", by: Actor(analist))
        XCTAssertEqual(try store.undoImport(outcome.batchID, by: .command("test")), 2)
        XCTAssertEqual(try Fixtures.count(store, "verhaal"), 0)
        XCTAssertEqual(try store.importBatches().first?.kind, "verhalen")
    }
}
