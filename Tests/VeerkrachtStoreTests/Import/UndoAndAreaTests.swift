import GRDB
import VeerkrachtCore
@testable import VeerkrachtStore
import XCTest

/// Undo removes exactly one import; wijk codes are checked against the gebieden; labels that look
/// the same are the same; ids are never given out twice.
final class UndoAndAreaTests: XCTestCase {
    private let actor = Actor.command("test")

    private func importRows(_ store: Store, _ rows: [[String]], source: String = "t.csv") throws -> ImportOutcome {
        try store.importResponses(from: Fixtures.reader(Fixtures.csv([Fixtures.header] + rows)), source: source)
    }

    func testUndoRemovesExactlyOneImport() throws {
        let store = try Fixtures.store()
        let keep = try importRows(store, [Fixtures.row("r1"), Fixtures.row("r2", wijk: "WK077202", answer: "2")], source: "goed.csv")
        let wrong = try importRows(store, [Fixtures.row("r3", answer: "5"), Fixtures.row("r4", wijk: "WK077202", answer: "1")], source: "fout.csv")
        let activities = try store.importActivities(from: Fixtures.reader("""
            datum,wijk,activiteit,thema,deelnemers,uren,vrijwilligers,hulpbronnen
            2025-03-04,WK077201,Taalcafé,Armoede & Meedoen,12,1.5,2,cohesie

            """), source: "act.csv")
        XCTAssertEqual(try store.undoImport(wrong.batchID, by: actor), 2)
        XCTAssertEqual(try store.undoImport(activities.batchID, by: actor), 1)
        let only = try Fixtures.store()
        _ = try importRows(only, [Fixtures.row("r1"), Fixtures.row("r2", wijk: "WK077202", answer: "2")])
        XCTAssertEqual(try store.scoreCells(level: .wijk), try only.scoreCells(level: .wijk), "as if the wrong file was never imported")
        XCTAssertEqual(try store.outputTotals(level: .wijk), [:])
        XCTAssertEqual(try store.check().problems, [])
        XCTAssertThrowsError(try store.undoImport(wrong.batchID, by: actor)) { error in
            XCTAssertTrue("\(error)".hasPrefix("import \(wrong.batchID) was already undone at "), "\(error)")
        }
        XCTAssertThrowsError(try store.undoImport(999, by: actor)) {
            XCTAssertEqual($0 as? UndoError, .unknown(999))
            XCTAssertEqual("\($0)", "there is no import 999", "the command line adds what to do (ManagedDataCommandTests)")
        }
        let listed = try store.importBatches()
        XCTAssertEqual(listed.map(\.source), ["act.csv", "fout.csv", "goed.csv"])
        XCTAssertEqual(listed.map { $0.undoneAt != nil }, [true, true, false])
        let audit = try store.auditLog().filter { $0.action == "undo" }
        XCTAssertEqual(audit.map(\.entityID), [activities.batchID, wrong.batchID])
        XCTAssertEqual(audit.last?.userName, "command:test")
        XCTAssertTrue(audit.last?.newValue?.contains("\"rows_removed\":2") ?? false)
        _ = keep
        // Re-importing the corrected file works, and its rows get new ids.
        let again = try importRows(store, [Fixtures.row("r3", answer: "4")])
        XCTAssertEqual(again.rows, 1)
    }

    func testIdsOfDeletedEntriesAreNeverReused() throws {
        let store = try Fixtures.store()
        try store.addMeting("2025-voorjaar", by: actor)
        let analist = try store.addUser(name: "an", role: .analist, gemeente: nil, password: "een lang wachtwoord")
        let form = ResponseForm(respondent: "r1", wijk: "WK077201", datum: "2025-03-14", meting: "2025-voorjaar", answers: [:])
        let first = try store.enterResponse(form, by: analist).get().id
        try store.deleteResponse(id: first, reason: "fout", by: analist)
        let second = try store.enterResponse(form, by: analist).get().id
        XCTAssertGreaterThan(second, first, "the deleted entry's id is not given to the next one")
        let imported = try importRows(store, [Fixtures.row("r2")])
        try store.undoImport(imported.batchID, by: analist.actor)
        let third = try store.enterResponse(ResponseForm(respondent: "r3", wijk: "WK077201", datum: "2025-03-14", meting: "2025-voorjaar",
                                                         answers: [:]), by: analist).get().id
        XCTAssertGreaterThan(third, second + 1, "nor the ids of an undone import")
        XCTAssertEqual(Set(try store.auditLog().filter { $0.entity == "response" }.map(\.entityID)).count, 3,
                       "every id in the audit log is one entry")
    }

    func testWijkCodesInAnyCaseAndCheckedAgainstTheGebieden() throws {
        let store = try Fixtures.store()
        let lower = try importRows(store, [Fixtures.row("r1", wijk: "wk077201"), Fixtures.row("r2", wijk: " Wk077201 ")])
        XCTAssertEqual(lower.warnings.last, "1 new wijk: WK077201 (no gebieden list checks their codes; `veerkracht import gebieden FILE` does)")
        XCTAssertEqual(try store.knownWijken().map(\.code), ["WK077201"], "stored upper-case, once")
        _ = try store.importGebieden(from: Fixtures.reader("code,naam\nGM0772,Eindhoven\nWK077201,Centrum\nwk077202,Stratum\n"),
                                     source: "gebieden.csv")
        XCTAssertEqual(try store.knownWijken().map(\.code), ["WK077201", "WK077202"])
        let refused = try XCTUnwrap(try Fixtures.refusal(store, Fixtures.csv([
            Fixtures.header, Fixtures.row("r3", wijk: "WK077202"), Fixtures.row("r4", wijk: "WK077210"), Fixtures.row("r5", wijk: "WK015301"),
        ])))
        XCTAssertEqual(refused.issues.map(\.description), [
            "line 3, column 2 (wijk): 'WK077210' is not a wijk of GM0772 in the gebieden (see `veerkracht status`, or import the gebieden again)",
        ])
        XCTAssertEqual(refused.warnings, [], "a refused import says nothing about new wijken")
        // A gemeente without a list still takes new wijken, named in one warning.
        let other = try importRows(store, [Fixtures.row("r5", wijk: "WK015301"), Fixtures.row("r6", wijk: "WK015302")])
        XCTAssertEqual(other.warnings, ["2 new wijken: WK015301, WK015302 (no gebieden list checks their codes; `veerkracht import gebieden FILE` does)"])
    }

    func testLabelsThatLookTheSameAreTheSame() throws {
        let store = try Fixtures.store()
        let composed = "jos\u{E9}", decomposed = "jose\u{301}"
        XCTAssertNotEqual(Array(composed.utf8), Array(decomposed.utf8))
        _ = try importRows(store, [Fixtures.row(composed)])
        let refused = try XCTUnwrap(try Fixtures.refusal(store, Fixtures.csv([Fixtures.header, Fixtures.row(decomposed)])))
        XCTAssertEqual(refused.issues.map(\.description),
                       ["line 2, column 1 (respondent): respondent 'jos\u{E9}' already has a response for meting '2025-voorjaar' in the database"])
        // A meting typed with a combining accent is the stored one.
        _ = try importRows(store, [Fixtures.row("r2", meting: "caf\u{E9}")])
        XCTAssertEqual(try importRows(store, [Fixtures.row("r3", meting: "cafe\u{301}")]).warnings, [])
        XCTAssertEqual(try store.metingLabels(), ["2025-voorjaar", "caf\u{E9}"])
        for blank in ["r\u{3164}", "\u{3164}", "r\u{2800}", "r\u{A0}1", "r\u{2003}1", "r\u{200B}1", "r\u{FEFF}", "r\u{115F}", "r\u{2028}1", "r\u{FE0F}"] {
            let refused = try XCTUnwrap(try Fixtures.refusal(store, Fixtures.csv([Fixtures.header, Fixtures.row(blank)])), blank.debugDescription)
            XCTAssertTrue(refused.issues[0].description.contains("invisible or blank-looking characters"), refused.description)
        }
        for visible in ["r❤️", "r👩‍👩‍👧", "ŋ-1", "Ærø"] {
            XCTAssertEqual(try importRows(store, [Fixtures.row(visible)]).rows, 1, visible)
        }
    }
}

extension User {
    var actor: Actor { Actor(self) }
}
