import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtStore
import VeerkrachtWeb
import XCTest

/// Escaping of every text from data, the security headers, the body limit and the error pages.
final class SafetyTests: XCTestCase {
    func testAScriptInAWijkOrActivityNameIsShownAsText() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        let anna = try world.login(world.anna)
        // WK077202 is called <script>alert(1)</script>, and so is vera's activity; put a questionnaire there too.
        _ = try world.store.enterResponse(WebFixture.questionnaire("r300", wijk: "WK077202"), by: world.vera).get()
        let pages: [(String, Account)] = [
            ("/invoer", vera), ("/activiteiten/nieuw", vera), ("/mijn-invoer", vera), ("/activiteiten", vera), ("/", vera),
            ("/activiteiten/\(world.veraActivity)", vera), ("/activiteiten", anna), ("/mijn-invoer", anna), ("/audit", anna),
            ("/rapporten", anna), ("/rapporten/wijk/WK077202?meting=2025-voorjaar", anna),
            ("/rapporten/gemeente/GM0772?meting=2025-voorjaar", anna),
        ]
        try await world.app.test(.router) { client in
            for (uri, account) in pages {
                let response = try await client.get(uri, as: account)
                XCTAssertEqual(response.status, .ok, uri)
                XCTAssertFalse(response.text.contains("<script"), "\(uri) has no script element")
                XCTAssertTrue(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri) shows the name as text")
            }
            // And what is typed into a form comes back escaped too.
            var form = WebFixture.questionnaire("\"><script>alert(2)</script>")
            form.answers["coh1"] = "<script>"
            let response = try await client.post("/invoer", FormEncoding.fields(form), as: vera)
            XCTAssertEqual(response.status, .unprocessableContent)
            XCTAssertFalse(response.text.contains("<script"))
            XCTAssertTrue(response.text.contains("value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""))
        }
    }

    func testEveryResponseCarriesTheSecurityHeaders() async throws {
        let world = try WebFixture.make()
        try await world.app.test(.router) { client in
            for uri in ["/health", "/login", "/bestaat-niet", "/invoer"] {
                let response = try await client.get(uri, as: nil)
                XCTAssertEqual(response.headers[.contentSecurityPolicy],
                               "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'", uri)
                XCTAssertEqual(response.headers[.cacheControl], "no-store", uri)
                XCTAssertEqual(response.headers[.init("X-Content-Type-Options")!], "nosniff", uri)
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
