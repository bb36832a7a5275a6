import Foundation
import Hummingbird
import HummingbirdTesting
import VeerkrachtCore
import VeerkrachtStore
import VeerkrachtWeb
import XCTest

/// 50 veldwerkers submitting at once lose nothing: every entry is stored, and the cells that the
/// reports read count every one of them (a file database in WAL mode, as `serve` uses).
final class ConcurrencyTests: XCTestCase {
    func testFiftySimultaneousSubmissionsAreAllStored() async throws {
        let world = try WebFixture.make()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-concurrency-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store(path: folder.appendingPathComponent("web.sqlite").path)
        try world.store.copy(into: store)
        let accounts = try (0..<50).map { Account(session: try store.startSession(for: $0.isMultiple(of: 2) ? world.vera : world.victor)) }
        let before = try store.scoreCells(level: .wijk, meting: "2025-voorjaar", area: "WK077201").first { $0.construct == "cohesie" }?.distribution.n ?? 0

        let app = Application(router: WebApp.router(store: store))
        try await app.test(.router) { client in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for (index, account) in accounts.enumerated() {
                    group.addTask {
                        let form = WebFixture.questionnaire("gelijktijdig-\(index)")
                        return try await client.post("/invoer", FormEncoding.fields(form), as: account).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let redirected = statuses.filter { $0 == .seeOther }.count
            XCTAssertEqual(redirected, 50, "\(statuses)")
        }

        let stored = try store.enteredResponses(by: nil, limit: 1000).filter { $0.response.respondent.hasPrefix("gelijktijdig-") }.count
        XCTAssertEqual(stored, 50)
        let after = try store.scoreCells(level: .wijk, meting: "2025-voorjaar", area: "WK077201").first { $0.construct == "cohesie" }?.distribution.n
        XCTAssertEqual(after, before + 50, "the cells count every entry")
        XCTAssertEqual(try store.auditLog(limit: 1000).filter { $0.action == "create" && $0.entity == "response" }.count, 50 + 2)
    }
}
