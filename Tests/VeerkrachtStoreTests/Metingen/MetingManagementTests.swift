import GRDB
import VeerkrachtCore
@testable import VeerkrachtStore
import XCTest

/// Metingen are things one manages: a typo does not make a new one, a closed one takes nothing,
/// dates keep to the period and to today, and every change is in the audit log.
final class MetingManagementTests: XCTestCase {
    private let actor = Actor.command("test")

    private func importRows(_ store: Store, _ rows: [[String]], meting: String? = nil) throws -> ImportOutcome {
        try store.importResponses(from: Fixtures.reader(Fixtures.csv([Fixtures.header] + rows)), source: "t.csv", meting: meting)
    }

    func testALabelLikeAKnownMetingIsRefusedWithTheKnownOnes() throws {
        let store = try Fixtures.store()
        _ = try importRows(store, [Fixtures.row("r1")])
        for typo in ["2025-Voorjaar", "voorjaar 2025", "2025_voorjaar", "2025-voorjar", "Voorjaar-2025"] {
            let refused = try XCTUnwrap(try Fixtures.refusal(store, Fixtures.csv([Fixtures.header, Fixtures.row("r2", meting: typo)])), typo)
            XCTAssertEqual(refused.issues.map(\.description), [
                "line 2, column 4 (meting): there is no meting '\(typo)'; did you mean '2025-voorjaar'? (known: 2025-voorjaar). "
                    + "If it really is a new meting, add it first: veerkracht metingen add '\(typo)'",
            ], typo)
        }
        XCTAssertEqual(try store.metingLabels(), ["2025-voorjaar"], "no meting was made by a typo")
        // A really new meting is added, and said so.
        let outcome = try importRows(store, [Fixtures.row("r2", datum: "2025-10-01", meting: "2025-najaar")])
        XCTAssertEqual(outcome.warnings, ["new meting '2025-najaar' (the database had: 2025-voorjaar)"])
        // Added by hand, a label that looks like another is fine.
        try store.addMeting("2025-Voorjaar-extra", by: actor)
        XCTAssertEqual(try importRows(store, [Fixtures.row("r3", meting: "2025-Voorjaar-extra")]).rows, 1)
    }

    func testConfusableLabels() {
        for (a, b) in [("2026-voorjaar", "2026-Voorjaar"), ("2026-voorjaar", "voorjaar 2026"), ("2026-voorjaar", "2026-voorjar"),
                       ("meting 1", "Meting-1"), ("2026-najaar", "2026-naajar")] {
            XCTAssertTrue(MetingRules.confusable(a, b), "\(a) ~ \(b)")
        }
        for (a, b) in [("2025-voorjaar", "2026-voorjaar"), ("2026-voorjaar", "2026-najaar"), ("meting 1", "meting 2"),
                       ("2026-voorjaar", "2026-voorjaar"), ("T0", "T1"), ("nulmeting", "eindmeting")] {
            XCTAssertFalse(MetingRules.confusable(a, b), "\(a) !~ \(b)")
        }
    }

    func testNewLabelsStartWithALetterOrDigit() throws {
        let store = try Fixtures.store()
        for label in ["=1+1", "+31", "-2025", "@voorjaar", " =x"] {
            XCTAssertThrowsError(try store.addMeting(label, by: actor), label)
            let refused = try XCTUnwrap(try Fixtures.refusal(store, Fixtures.csv([Fixtures.header, Fixtures.row("r1", meting: label)])), label)
            XCTAssertTrue(refused.issues[0].description.contains("must start with a letter or a digit"), refused.description)
        }
        XCTAssertEqual(try store.metingLabels(), [])
    }

    func testDatesMayNotLieInTheFutureNorOutsideThePeriod() throws {
        let store = try Fixtures.store()
        try store.addMeting("2025-voorjaar", from: "2025-03-01", to: "2025-05-31", by: actor)
        let refused = try XCTUnwrap(try Fixtures.refusal(store, Fixtures.csv([
            Fixtures.header, Fixtures.row("r1", datum: "2025-02-28"), Fixtures.row("r2", datum: "2025-06-01"),
            Fixtures.row("r3", datum: "2199-01-01"), Fixtures.row("r4", datum: "2025-03-01"), Fixtures.row("r5", datum: "2025-05-31"),
        ])))
        XCTAssertEqual(refused.issues.map(\.description), [
            "line 2, column 3 (datum): 2025-02-28 lies outside the period of meting '2025-voorjaar' (2025-03-01 t/m 2025-05-31)",
            "line 3, column 3 (datum): 2025-06-01 lies outside the period of meting '2025-voorjaar' (2025-03-01 t/m 2025-05-31)",
            "line 4, column 3 (datum): 2199-01-01 lies in the future",
        ])
        let future = try XCTUnwrap(try Fixtures.refusal(store, Fixtures.csv([Fixtures.header, Fixtures.row("r1", datum: "2199-01-01", meting: "2199-x")])))
        XCTAssertEqual(future.issues.map(\.description), ["line 2, column 3 (datum): 2199-01-01 lies in the future"])
        // A period that would leave stored responses outside is refused.
        _ = try importRows(store, [Fixtures.row("r4", datum: "2025-04-01")])
        XCTAssertThrowsError(try store.setMetingPeriod("2025-voorjaar", from: "2025-04-02", to: nil, by: actor)) { error in
            XCTAssertEqual("\(error)", "1 response of meting '2025-voorjaar' (answered 2025-04-01 to 2025-04-01) would fall outside that period")
        }
        XCTAssertThrowsError(try store.addMeting("x", from: "2025-05-01", to: "2025-04-01", by: actor)) { error in
            XCTAssertEqual("\(error)", "meting 'x': the period starts (2025-05-01) after it ends (2025-04-01)")
        }
    }

    func testAClosedMetingTakesNoImportsEntriesCorrectionsOrUndo() throws {
        let store = try Fixtures.store()
        let first = try importRows(store, [Fixtures.row("r1"), Fixtures.row("r2")])
        let analist = try store.addUser(name: "an", role: .analist, gemeente: nil, password: "een lang wachtwoord")
        let entered = try store.enterResponse(ResponseForm(respondent: "r3", wijk: "WK077201", datum: "2025-03-14", meting: "2025-voorjaar",
                                                           answers: [:]), by: analist).get()
        try store.closeMeting("2025-voorjaar", by: actor)
        let refused = try XCTUnwrap(try Fixtures.refusal(store, Fixtures.csv([Fixtures.header, Fixtures.row("r9")])))
        XCTAssertEqual(refused.issues.first?.description,
                       "line 2, column 4 (meting): meting '2025-voorjaar' is closed; it takes no new or changed responses "
                        + "(reopen it with `veerkracht metingen reopen`)")
        let form = ResponseForm(respondent: "r4", wijk: "WK077201", datum: "2025-03-14", meting: "2025-voorjaar", answers: [:])
        guard case .failure(let problems) = try store.enterResponse(form, by: analist) else { return XCTFail("entered into a closed meting") }
        XCTAssertEqual(problems.list.map(\.problem), [.closedMeting("2025-voorjaar")])
        XCTAssertThrowsError(try store.correctResponse(id: entered.id, form, reason: "typo", by: analist)) {
            XCTAssertEqual($0 as? EntryError, .closedMeting("2025-voorjaar"))
        }
        XCTAssertThrowsError(try store.deleteResponse(id: entered.id, reason: "typo", by: analist)) {
            XCTAssertEqual($0 as? EntryError, .closedMeting("2025-voorjaar"))
        }
        XCTAssertThrowsError(try store.undoImport(first.batchID, by: actor)) {
            XCTAssertEqual($0 as? UndoError, .closedMeting(first.batchID, meting: "2025-voorjaar"))
        }
        XCTAssertThrowsError(try store.mergeMeting("2025-voorjaar", into: "x", by: actor))
        XCTAssertEqual(try Fixtures.count(store, "response"), 3, "nothing changed")
        try store.reopenMeting("2025-voorjaar", by: actor)
        XCTAssertEqual(try store.undoImport(first.batchID, by: actor), 2)
    }

    func testRenameMergeAndRemove() throws {
        let store = try Fixtures.store()
        _ = try importRows(store, [Fixtures.row("r1"), Fixtures.row("r2", wijk: "WK077202")])
        try store.addMeting("2025-Voorjaar", by: actor)   // someone made it by hand
        _ = try importRows(store, [Fixtures.row("r3", meting: "2025-Voorjaar", answer: "2"), Fixtures.row("r1", meting: "2025-Voorjaar")])
        XCTAssertThrowsError(try store.mergeMeting("2025-Voorjaar", into: "2025-voorjaar", by: actor)) { error in
            XCTAssertEqual("\(error)", "1 respondent answered both '2025-Voorjaar' and '2025-voorjaar' (e.g. r1); "
                + "a respondent answers once per meting, so these metingen cannot be merged")
        }
        let id = try XCTUnwrap(try store.database.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM response WHERE respondent = 'r1' AND meting_id = (SELECT id FROM meting WHERE label = '2025-Voorjaar')") })
        let analist = try store.addUser(name: "an", role: .analist, gemeente: nil, password: "een lang wachtwoord")
        try store.deleteResponse(id: id, reason: "dubbel", by: analist)
        XCTAssertEqual(try store.mergeMeting("2025-Voorjaar", into: "2025-voorjaar", by: actor), 1)
        XCTAssertEqual(try store.metingLabels(), ["2025-voorjaar"])
        // The cells are those of the three responses together, as if imported at once.
        let merged = try store.scoreCells(level: .gemeente)
        let direct = try Fixtures.store()
        _ = try importRows(direct, [Fixtures.row("r1"), Fixtures.row("r2", wijk: "WK077202"), Fixtures.row("r3", answer: "2")])
        XCTAssertEqual(merged, try direct.scoreCells(level: .gemeente))
        XCTAssertEqual(try store.check().problems, [])

        try store.renameMeting("2025-voorjaar", to: "2025-1", by: actor)
        XCTAssertEqual(try store.metingLabels(), ["2025-1"])
        XCTAssertThrowsError(try store.removeMeting("2025-1", by: actor)) { error in
            XCTAssertTrue("\(error)".hasPrefix("meting '2025-1' holds 3 responses; only an empty meting can be removed"), "\(error)")
        }
        try store.addMeting("leeg", by: actor)
        try store.removeMeting("leeg", by: actor)
        XCTAssertThrowsError(try store.removeMeting("leeg", by: actor)) { error in
            XCTAssertEqual("\(error)", "there is no meting 'leeg' (known: 2025-1)")
        }
        let actions = try store.auditLog().filter { $0.entity == "meting" }.map(\.action)
        XCTAssertEqual(actions, ["remove", "add", "rename", "merge", "add"])
        XCTAssertTrue(try store.auditLog().allSatisfy { $0.entity != "meting" || $0.userName == "command:test" })
    }

    func testMetingenAreOrderedByPeriodThenLabel() throws {
        let store = try Fixtures.store()
        try store.addMeting("najaar", from: "2025-09-01", by: actor)
        try store.addMeting("voorjaar", from: "2025-03-01", by: actor)
        try store.addMeting("2024-x", by: actor)
        XCTAssertEqual(try store.metingLabels(), ["2024-x", "voorjaar", "najaar"])
    }

    /// Without periods the labels say when: a najaar after the voorjaar of its year, not before it
    /// as the alphabet would have it.
    func testMetingenWithoutPeriodAreOrderedByWhatTheirLabelsSay() throws {
        let store = try Fixtures.store()
        for label in ["2025-najaar", "2026-voorjaar", "2025-voorjaar", "2024-najaar"] { try store.addMeting(label, by: actor) }
        XCTAssertEqual(try store.metingLabels(), ["2024-najaar", "2025-voorjaar", "2025-najaar", "2026-voorjaar"])
        XCTAssertEqual(try store.metingen().map(\.meting.label), try store.metingLabels())
    }
}
