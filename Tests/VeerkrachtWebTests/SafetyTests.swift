import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtStore
import VeerkrachtWeb
import XCTest

/// The security headers, the body limit and the error pages (escaping: `XSSTests`).
final class SafetyTests: XCTestCase {
    func testEveryResponseCarriesTheSecurityHeaders() async throws {
        let world = try WebFixture.make()
        try await world.app.test(.router) { client in
            for uri in ["/health", "/login", "/bestaat-niet", "/invoer"] {
                let response = try await client.get(uri, as: nil)
                XCTAssertEqual(response.headers[.contentSecurityPolicy],
                               "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'", uri)
                XCTAssertEqual(response.headers[.cacheControl], "no-store", uri)
                XCTAssertEqual(response.headers[.init("X-Content-Type-Options")!], "nosniff", uri)
                XCTAssertEqual(response.headers[.init("Referrer-Policy")!], "no-referrer", uri)
                XCTAssertEqual(response.headers[.init("X-Frame-Options")!], "DENY", uri)
            }
            let health = try await client.get("/health", as: nil)
            XCTAssertEqual(health.status, .ok)
        }
    }

    func testErrorsAreCalmDutchPagesWithoutInternals() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        try await world.app.test(.router) { client in
            let missing = try await client.get("/bestaat-niet", as: vera)
            XCTAssertEqual(missing.status, .notFound)
            XCTAssertTrue(missing.text.contains("<html lang=\"nl\">"))
            XCTAssertTrue(missing.text.contains("Niet gevonden"))
            let noEntry = try await client.get("/invoer/999999", as: vera)
            XCTAssertEqual(noEntry.status, .notFound)
            let notANumber = try await client.get("/invoer/abc", as: vera)
            XCTAssertEqual(notANumber.status, .notFound)
            for page in [missing.text, noEntry.text, notANumber.text] {
                XCTAssertFalse(page.contains("SELECT"))
                XCTAssertFalse(page.contains("Error"))
            }
        }
    }

    func testAnOversizedFormIsRefusedAndStoresNothing() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        let before = try world.store.enteredResponses(by: nil)
        try await world.app.test(.router) { client in
            let padding = String(repeating: "x", count: 70 * 1024)
            let response = try await client.post("/invoer", FormEncoding.fields(WebFixture.questionnaire("r400")) + [("opvulling", padding)], as: vera)
            XCTAssertEqual(response.status, .contentTooLarge)
            XCTAssertTrue(response.text.contains("Te veel gegevens"))
        }
        XCTAssertEqual(try world.store.enteredResponses(by: nil), before)
    }
}
