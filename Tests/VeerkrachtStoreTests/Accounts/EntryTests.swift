import Foundation
import GRDB
import VeerkrachtCore
import VeerkrachtReports
@testable import VeerkrachtStore
import XCTest

final class EntryTests: XCTestCase {
    private let password = "een lang wachtwoord"

    private func form(_ respondent: String, overrides: [String: String] = [:]) -> ResponseForm {
        let row = Fixtures.row(respondent, overrides: overrides)
        return ResponseForm(respondent: row[0], wijk: row[1], datum: row[2], meting: row[3],
                            answers: Dictionary(uniqueKeysWithValues: zip(Fixtures.itemIDs, row.dropFirst(4))))
    }

    func testEnterCorrectDeleteWithAuditAndCells() throws {
        let store = try Fixtures.store()
        try store.addMeting("2025-voorjaar", by: .command("test"))
        let ali = try store.addUser(name: "ali", role: .veldwerker, gemeente: nil, password: password)
        let bo = try store.addUser(name: "bo", role: .veldwerker, gemeente: nil, password: password)
        let analist = try store.addUser(name: "an", role: .analist, gemeente: nil, password: password)

        let entered = try store.enterResponse(form("r1"), by: ali).get()
        XCTAssertEqual(entered.scores["cohesie"], 6.5)
        XCTAssertEqual(entered.enteredBy, ali.id)
        XCTAssertEqual(try store.scoreCells(level: .wijk).first { $0.construct == "cohesie" }?.distribution.n, 1)

        guard case .failure(let problems) = try store.enterResponse(form("r1"), by: ali) else { return XCTFail("duplicate") }
        XCTAssertEqual(problems.list.first?.problem, .alreadyAnswered(respondent: "r1", meting: "2025-voorjaar"))
        guard case .failure(let invalid) = try store.enterResponse(form("r2", overrides: ["coh1": "9"]), by: ali) else { return XCTFail("invalid") }
        XCTAssertEqual(invalid.list.map(\.field), [.item(0)])

        XCTAssertThrowsError(try store.correctResponse(id: entered.id, form("r1"), reason: "typfout", by: bo)) {
            XCTAssertEqual($0 as? EntryError, .notYours)
        }
        XCTAssertThrowsError(try store.correctResponse(id: entered.id, form("r1"), reason: " ", by: ali)) {
            XCTAssertEqual($0 as? EntryError, .reasonRequired)
        }
        let corrected = try store.correctResponse(id: entered.id, form("r1", overrides: ["coh4": "2"]), reason: "typfout bij coh4", by: ali).get()
        XCTAssertEqual(corrected.scores["cohesie"], 7.5)   // coh4 = 2 reversed → 4 → 7.5; all five 7.5
        XCTAssertEqual(try store.scoreCells(level: .wijk).first { $0.construct == "cohesie" }?.distribution.moments.mean, 7.5)

        try store.deleteResponse(id: entered.id, reason: "dubbel ingevoerd", by: analist)
        XCTAssertNil(try store.storedResponse(id: entered.id))
        XCTAssertTrue(try store.scoreCells(level: .wijk).isEmpty, "cells follow the deletion")

        let log = try store.auditLog()
        XCTAssertEqual(log.map(\.action), ["delete", "correct", "create", "add"])
        XCTAssertEqual(log[1].userName, "ali")
        XCTAssertEqual(log[1].reason, "typfout bij coh4")
        XCTAssertTrue(log[1].oldValue?.contains("\"coh4\":4") == true, log[1].oldValue ?? "")
        XCTAssertTrue(log[1].newValue?.contains("\"coh4\":2") == true, log[1].newValue ?? "")
        XCTAssertThrowsError(try store.database.write { db in try db.execute(sql: "DELETE FROM audit") }, "append-only")
        XCTAssertThrowsError(try store.database.write { db in try db.execute(sql: "UPDATE audit SET reason = 'x'") }, "append-only")
    }

    func testEnteredResponsesAreListedPerUser() throws {
        let store = try Fixtures.store()
        try store.addMeting("2025-voorjaar", by: .command("test"))
        let ali = try store.addUser(name: "ali", role: .veldwerker, gemeente: nil, password: password)
        let bo = try store.addUser(name: "bo", role: .veldwerker, gemeente: nil, password: password)
        _ = try store.enterResponse(form("r1"), by: ali).get()
        _ = try store.enterResponse(form("r2"), by: bo).get()
        XCTAssertEqual(try store.enteredResponses(by: ali).map(\.response.respondent), ["r1"])
        XCTAssertEqual(try store.enteredResponses(by: nil).map(\.response.respondent), ["r2", "r1"])
    }
}
