import GRDB
import VeerkrachtCore
@testable import VeerkrachtStore
import XCTest

/// The story workflow in the store: registering, the analist's review with the audit log, who may
/// change what, and which stories a report may show.
final class VerhaalStoreTests: XCTestCase {
    private let password = "een lang wachtwoord"

    private func form(wijk: String = "WK077201", datum: String = "2025-04-02", hulpbronnen: String = "cohesie",
                      titel: String = "Samen de stoep op", tekst: String = "Na de straatbarbecue ruimen buren samen op.",
                      bevestiging: String = "ja") -> VerhaalForm {
        VerhaalForm(wijk: wijk, datum: datum, hulpbronnen: hulpbronnen, titel: titel, tekst: tekst, bevestiging: bevestiging)
    }

    private func people(_ store: Store) throws -> (ali: User, bo: User, analist: User) {
        (try store.addUser(name: "ali", role: .veldwerker, gemeente: nil, password: password),
         try store.addUser(name: "bo", role: .veldwerker, gemeente: nil, password: password),
         try store.addUser(name: "an", role: .analist, gemeente: nil, password: password))
    }

    func testTheReviewWorkflowWithItsAuditLog() throws {
        let store = try Fixtures.store()
        let (ali, bo, analist) = try people(store)
        let entered = try store.enterVerhaal(form(hulpbronnen: "binding|cohesie"), by: ali).get()
        XCTAssertEqual(entered.status, .ingediend)
        XCTAssertEqual(entered.verhaal.hulpbronnen, ["cohesie", "binding"])
        XCTAssertEqual(entered.enteredBy, ali.id)
        XCTAssertEqual(try store.verhalen(status: .ingediend).map(\.id), [entered.id])
        XCTAssertEqual(try store.verhaalCounts(), [.ingediend: 1])

        // Rejecting needs a note, which the author then sees.
        XCTAssertThrowsError(try store.reviewVerhaal(id: entered.id, .reject, note: "  ", by: Actor(analist))) {
            XCTAssertEqual($0 as? VerhaalReviewError, .noteRequired)
        }
        let rejected = try store.reviewVerhaal(id: entered.id, .reject, note: "Noem de straat niet.", by: Actor(analist))
        XCTAssertEqual(rejected.status, .afgewezen)
        XCTAssertEqual(rejected.beoordeling, "Noem de straat niet.")
        XCTAssertEqual(rejected.beoordeeldDoor, "an")

        // Only its author (or an analist) changes it; the author's change waits for review again.
        XCTAssertThrowsError(try store.correctVerhaal(id: entered.id, form(), reason: "beter", by: bo)) {
            XCTAssertEqual($0 as? EntryError, .notYours)
        }
        let resubmitted = try store.correctVerhaal(id: entered.id, form(titel: "Samen opruimen"), reason: "straat weggelaten", by: ali).get()
        XCTAssertEqual(resubmitted.status, .ingediend)
        XCTAssertEqual(resubmitted.verhaal.titel, "Samen opruimen")

        XCTAssertThrowsError(try store.reviewVerhaal(id: entered.id, .highlight, note: "", by: Actor(analist))) {
            XCTAssertEqual($0 as? VerhaalReviewError, .notApplicable(.highlight, .ingediend, uitgelicht: false))
        }
        XCTAssertEqual(try store.reviewVerhaal(id: entered.id, .approve, note: "", by: Actor(analist)).status, .goedgekeurd)
        XCTAssertThrowsError(try store.reviewVerhaal(id: entered.id, .approve, note: "", by: Actor(analist))) {
            XCTAssertEqual($0 as? VerhaalReviewError, .notApplicable(.approve, .goedgekeurd, uitgelicht: false))
        }
        XCTAssertTrue(try store.reviewVerhaal(id: entered.id, .highlight, note: "", by: Actor(analist)).uitgelicht)

        // An analist's edit keeps the review; the author's edit of an approved story does not.
        let edited = try store.correctVerhaal(id: entered.id, form(titel: "Samen opruimen in de straat"), reason: "titel", by: analist).get()
        XCTAssertEqual([edited.status.rawValue, "\(edited.uitgelicht)"], ["goedgekeurd", "true"])
        let changed = try store.correctVerhaal(id: entered.id, form(titel: "Samen opruimen!"), reason: "uitroepteken", by: ali).get()
        XCTAssertEqual([changed.status.rawValue, "\(changed.uitgelicht)"], ["ingediend", "false"])

        XCTAssertThrowsError(try store.reviewVerhaal(id: 999, .approve, note: "", by: Actor(analist))) {
            XCTAssertEqual($0 as? VerhaalReviewError, .notFound)
        }
        try store.deleteVerhaal(id: entered.id, reason: "ingetrokken door de bewoner", by: ali)
        XCTAssertNil(try store.storedVerhaal(id: entered.id))

        let log = try store.auditLog().filter { $0.entity == "verhaal" }
        XCTAssertEqual(log.map(\.action), ["delete", "correct", "correct", "highlight", "approve", "correct", "reject", "create"])
        XCTAssertEqual(log.map(\.userName), ["ali", "ali", "an", "an", "an", "ali", "an", "ali"])
        XCTAssertEqual(log[6].reason, "Noem de straat niet.")
        XCTAssertTrue(log[3].oldValue?.contains("\"uitgelicht\":false") == true, log[3].oldValue ?? "")
        XCTAssertTrue(log[3].newValue?.contains("\"uitgelicht\":true") == true, log[3].newValue ?? "")
        XCTAssertTrue(log[1].newValue?.contains("\"status\":\"ingediend\"") == true, log[1].newValue ?? "")
    }

    func testRefusedFormsStoreNothing() throws {
        let store = try Fixtures.store()
        let (ali, _, _) = try people(store)
        guard case .failure(let problems) = try store.enterVerhaal(form(tekst: "Bel haar: 06 12345678", bevestiging: ""), by: ali) else {
            return XCTFail("expected a refusal")
        }
        XCTAssertEqual(problems.list.map(\.field), [.tekst, .bevestiging])
        XCTAssertEqual(problems.list.first?.problem, .identifyingDetail(.phoneNumber, "06 12345678"))
        guard case .failure(let future) = try store.enterVerhaal(form(datum: "2031-01-01"), by: ali) else { return XCTFail("future date") }
        XCTAssertEqual(future.list.map(\.problem), [.inFuture("2031-01-01")])
        XCTAssertEqual(try Fixtures.count(store, "verhaal"), 0)
        XCTAssertEqual(try Fixtures.count(store, "batch"), 0)
        XCTAssertTrue(try store.auditLog().isEmpty)
    }

    func testEnteredStoriesAreListedPerAuthor() throws {
        let store = try Fixtures.store()
        let (ali, bo, _) = try people(store)
        let first = try store.enterVerhaal(form(), by: ali).get()
        let second = try store.enterVerhaal(form(titel: "Tweede"), by: bo).get()
        XCTAssertEqual(try store.enteredVerhalen(by: ali).map(\.id), [first.id])
        XCTAssertEqual(try store.enteredVerhalen(by: nil).map(\.id), [second.id, first.id])
    }

    func testReportsGetOnlyApprovedStoriesOfTheirWijkenAndPeriod() throws {
        let store = try Fixtures.store()
        let (ali, _, analist) = try people(store)
        func enter(_ wijk: String, _ datum: String, approve: Bool = true, highlight: Bool = false) throws -> Int64 {
            let id = try store.enterVerhaal(form(wijk: wijk, datum: datum, titel: "\(wijk) \(datum)"), by: ali).get().id
            if approve { try store.reviewVerhaal(id: id, .approve, note: "", by: Actor(analist)) }
            if highlight { try store.reviewVerhaal(id: id, .highlight, note: "", by: Actor(analist)) }
            return id
        }
        let early = try enter("WK077201", "2024-11-30")
        let inPeriod = try enter("WK077201", "2025-03-01", highlight: true)
        let lastDay = try enter("WK077202", "2025-05-31")
        _ = try enter("WK077201", "2025-04-01", approve: false)
        _ = try enter("WK077203", "2025-04-01")
        let rejected = try enter("WK077201", "2025-04-02")
        try store.reviewVerhaal(id: rejected, .reject, note: "te herkenbaar", by: Actor(analist))

        let wijken = [WijkCode("WK077201")!, WijkCode("WK077202")!]
        let shown = try store.approvedVerhalen(wijken: wijken, from: "2024-12-01", through: "2025-05-31")
        XCTAssertEqual(shown.map(\.id), [inPeriod, lastDay])
        XCTAssertEqual(shown.map(\.uitgelicht), [true, false])
        XCTAssertEqual(try store.approvedVerhalen(wijken: wijken, from: nil, through: nil).map(\.id), [early, inPeriod, lastDay])
        XCTAssertEqual(try store.approvedVerhalen(wijken: [], from: nil, through: nil), [])
    }

    func testVerhaalCodingKeysFollowTheColumnsOfTheTable() throws {
        let store = try Store()
        let columns = try store.database.read { db in try db.columns(in: VerhaalRecord.databaseTableName).map(\.name) }
        XCTAssertEqual(VerhaalRecord.CodingKeys.allCases.map(\.stringValue), columns)
    }

    func testTheDatabaseRefusesAHighlightedStoryThatIsNotApproved() throws {
        let store = try Fixtures.store()
        let (ali, _, _) = try people(store)
        let id = try store.enterVerhaal(form(), by: ali).get().id
        XCTAssertThrowsError(try store.database.write { db in try db.execute(sql: "UPDATE verhaal SET uitgelicht = 1 WHERE id = ?", arguments: [id]) })
    }
}
