import Foundation
import Hummingbird
import HummingbirdTesting
@_spi(Testing) import VeerkrachtStore
import VeerkrachtWeb
import XCTest

/// A questionnaire sent while the database is read-only or its disk full (issue 6): a Dutch page
/// (503) that says what happened and that nothing was stored, no SQL or SQLite codes, and indeed
/// nothing of the entry stored: no response, no audit line, cells unchanged. The database is a
/// file in WAL mode, as `serve` uses; it turns read-only through `query_only` and fills up through
/// `max_page_count`, both on the store's writing connection (chmod would not stop root).
final class StorageFaultPageTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-webfault-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The fixture's world in a database file, with a session of vera's.
    private func fileWorld() throws -> (store: Store, vera: Account) {
        let world = try WebFixture.make()
        let store = try Store(path: folder.appendingPathComponent("web.sqlite").path)
        try world.store.copy(into: store)
        return (store, Account(session: try store.startSession(for: world.vera)))
    }

    func testReadOnlyDatabaseDuringEntryStoresNothing() async throws {
        let (store, vera) = try fileWorld()
        let app = Application(router: WebApp.router(store: store))
        let before = try Counts(store)
        try store.refuseWrites(true)
        try await app.test(.router) { client in
            let form = try await client.get("/invoer", as: vera)
            XCTAssertEqual(form.status, .ok, "the form still opens")
            let refused = try await client.post("/invoer", FormEncoding.fields(WebFixture.questionnaire("r-alleen-lezen")), as: vera)
            XCTAssertEqual(refused.status, .serviceUnavailable)
            Self.assertCalmPage(refused.text, saying: "Opslaan kan nu niet", "alleen gelezen")
        }
        XCTAssertEqual(try Counts(store), before)

        try store.refuseWrites(false)
        try await app.test(.router) { client in
            let stored = try await client.post("/invoer", FormEncoding.fields(WebFixture.questionnaire("r-alleen-lezen")), as: vera)
            XCTAssertEqual(stored.status, .seeOther, "writable again, the same questionnaire is stored")
        }
    }

    func testFullDiskDuringEntriesKeepsEveryEntryWholeOrNotAtAll() async throws {
        let (store, vera) = try fileWorld()
        try store.refuseGrowth()
        let (stored, refusal) = try await Application(router: WebApp.router(store: store)).test(.router) { client -> ([String], (respondent: String, page: String)?) in
            var stored: [String] = []
            for number in 1...500 {
                let respondent = "r-vol-\(number)"
                let response = try await client.post("/invoer", FormEncoding.fields(WebFixture.questionnaire(respondent)), as: vera)
                guard response.status == .seeOther else {
                    XCTAssertEqual(response.status, .serviceUnavailable, response.text)
                    return (stored, (respondent, response.text))
                }
                stored.append(respondent)
            }
            return (stored, nil)
        }
        guard let refusal else { return XCTFail("500 questionnaires fitted without a new page") }
        Self.assertCalmPage(refusal.page, saying: "De schijf is vol", "niet opgeslagen, ook niet voor een deel")

        let kept = try store.enteredResponses(by: nil, limit: 1000).filter { $0.response.respondent.hasPrefix("r-vol-") }
        let responses = kept.map(\.response.respondent)
        let storedIDs = Set(kept.map(\.id))
        let created = try store.auditLog(limit: 10_000).filter { $0.entity == "response" && $0.action == "create" && storedIDs.contains($0.entityID) }.count
        XCTAssertEqual(Set(responses), Set(stored), "every confirmed entry is stored and the refused one is not")
        XCTAssertEqual(created, stored.count, "one audit line per stored entry")
        let report = try store.check()
        XCTAssertTrue(report.isHealthy, "\(report.problems)")
    }

    /// The error page: its title and message, what to do, and nothing of the internals.
    private static func assertCalmPage(_ page: String, saying phrases: String..., file: StaticString = #filePath, line: UInt = #line) {
        for phrase in phrases + ["Meld dit bij de beheerder"] {
            XCTAssertTrue(page.contains(phrase), "the page does not say ‘\(phrase)’", file: file, line: line)
        }
        for hidden in ["SQLite", "SQLITE", "INSERT", "disk is full"] {
            XCTAssertFalse(page.contains(hidden), "the page shows ‘\(hidden)’", file: file, line: line)
        }
    }
}

/// What a refused entry must not change.
private struct Counts: Equatable {
    let responses: Int, audit: Int, batches: Int, cells: Int

    init(_ store: Store) throws {
        let status = try store.status()
        responses = status.metingen.map(\.responses).reduce(0, +)
        audit = try store.auditLog(limit: .max).count
        batches = status.imports
        cells = try store.scoreCells(level: .wijk).map(\.distribution.n).reduce(0, +)
    }
}
