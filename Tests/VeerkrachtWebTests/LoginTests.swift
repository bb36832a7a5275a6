import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtStore
@testable import VeerkrachtWeb
import XCTest

/// Logging in and out through the forms: `POST /login` with `gebruiker` and `wachtwoord`.
final class LoginTests: XCTestCase {
    private static func login(_ client: some TestClientProtocol, _ name: String, _ password: String,
                       headers: HTTPFields = [:]) async throws -> TestResponse {
        try await client.post("/login", [("gebruiker", name), ("wachtwoord", password)], as: nil, headers: headers)
    }

    /// The session token a response sets, if any.
    private static func token(_ response: TestResponse) -> String? {
        response.headers[values: .setCookie].compactMap { cookie -> String? in
            guard cookie.hasPrefix("veerkracht_sessie=") else { return nil }
            let value = cookie.dropFirst("veerkracht_sessie=".count).prefix { $0 != ";" }
            return value.isEmpty ? nil : String(value)
        }.first
    }

    private static func account(_ token: String?, _ world: WebFixture) throws -> Account? {
        try token.flatMap { try world.store.session(token: $0) }.map(Account.init)
    }

    func testAWrongPasswordIsRefusedWithoutASession() async throws {
        let world = try WebFixture.make()
        try await world.app.test(.router) { client in
            let response = try await Self.login(client, "vera", "niet-het-wachtwoord")
            XCTAssertEqual(response.status, .unprocessableContent)
            XCTAssertNil(Self.token(response))
            XCTAssertTrue(response.text.contains("Gebruikersnaam of wachtwoord klopt niet."))
            XCTAssertTrue(response.text.contains("value=\"vera\""), "the name stays filled in")
            let unknown = try await Self.login(client, "niemand", "wat-dan-ook-123")
            XCTAssertEqual(unknown.status, .unprocessableContent, "an unknown name answers the same")
            XCTAssertTrue(unknown.text.contains("Gebruikersnaam of wachtwoord klopt niet."))
        }
    }

    func testLoginStartsANewSessionWithSecureCookieFlags() async throws {
        let world = try WebFixture.make()
        try await world.app.test(.router) { client in
            let first = try await Self.login(client, "vera", WebFixture.passwords["vera"]!)
            XCTAssertEqual(first.status, .seeOther)
            XCTAssertEqual(first.location, "/")
            let cookie = try XCTUnwrap(first.headers[values: .setCookie].first { $0.hasPrefix("veerkracht_sessie=") })
            for flag in ["HttpOnly", "SameSite=Strict", "Path=/"] { XCTAssertTrue(cookie.contains(flag), "\(flag) in \(cookie)") }
            XCTAssertFalse(cookie.contains("Secure"), "plain HTTP: no Secure flag")
            let firstAccount = try XCTUnwrap(try Self.account(Self.token(first), world))
            XCTAssertEqual(firstAccount.session.user.name, "vera")
            let home = try await client.get("/", as: firstAccount)
            XCTAssertEqual(home.status, .ok)
            XCTAssertTrue(home.text.contains("Welkom, vera"))

            // Logging in again, with the old cookie still sent: a fresh token, the old one ended.
            var headers = HTTPFields()
            headers[.cookie] = firstAccount.cookie
            headers[.init("X-Forwarded-Proto")!] = "https"
            let second = try await Self.login(client, "vera", WebFixture.passwords["vera"]!, headers: headers)
            XCTAssertEqual(second.status, .seeOther)
            let secondToken = try XCTUnwrap(Self.token(second))
            XCTAssertNotEqual(secondToken, firstAccount.session.token)
            XCTAssertNil(try world.store.session(token: firstAccount.session.token), "the old session ended")
            XCTAssertTrue(second.headers[values: .setCookie].contains { $0.hasPrefix("veerkracht_sessie=") && $0.contains("Secure") },
                          "behind a TLS proxy the cookie is Secure")
        }
    }

    func testLoginReturnsToThePageAskedFor() async throws {
        let world = try WebFixture.make()
        try await world.app.test(.router) { client in
            let page = try await client.get("/mijn-invoer", as: nil)
            XCTAssertEqual(page.status, .seeOther)
            XCTAssertEqual(page.location, "/login?terug=%2Fmijn-invoer")
            let form = try await client.get(try XCTUnwrap(page.location), as: nil)
            XCTAssertTrue(form.text.contains("name=\"terug\" value=\"/mijn-invoer\""))
            let back = try await client.post("/login", [("gebruiker", "vera"), ("wachtwoord", WebFixture.passwords["vera"]!), ("terug", "/mijn-invoer")], as: nil)
            XCTAssertEqual(back.location, "/mijn-invoer")
            let elsewhere = try await client.post("/login", [("gebruiker", "vera"), ("wachtwoord", WebFixture.passwords["vera"]!),
                                                             ("terug", "//evil.example/")], as: nil)
            XCTAssertEqual(elsewhere.location, "/", "never to another site")
        }
    }

    func testRepeatedFailuresLockTheAccountWithACalmMessage() async throws {
        let world = try WebFixture.make()
        try await world.app.test(.router) { client in
            for attempt in 1..<Store.maximumFailures {
                let response = try await Self.login(client, "victor", "fout-wachtwoord-\(attempt)")
                XCTAssertEqual(response.status, .unprocessableContent, "attempt \(attempt)")
            }
            let locked = try await Self.login(client, "victor", "fout-wachtwoord-laatste")
            XCTAssertEqual(locked.status, .tooManyRequests)
            XCTAssertNotNil(locked.headers[.retryAfter])
            XCTAssertTrue(locked.text.contains("Inloggen is even geblokkeerd."))
            let right = try await Self.login(client, "victor", WebFixture.passwords["victor"]!)
            XCTAssertEqual(right.status, .tooManyRequests, "locked, even with the right password")
            XCTAssertNil(Self.token(right))
        }
    }

    func testAnUnknownNameIsAnsweredAndLockedLikeAnAccount() async throws {
        let world = try WebFixture.make()
        try await world.app.test(.router) { client in
            for attempt in 1...Store.maximumFailures + 1 {
                let known = try await Self.login(client, "victor", "fout-wachtwoord-\(attempt)")
                let unknown = try await Self.login(client, "niemand", "fout-wachtwoord-\(attempt)")
                XCTAssertEqual(unknown.status, known.status, "attempt \(attempt)")
                XCTAssertEqual(unknown.status, attempt < Store.maximumFailures ? .unprocessableContent : .tooManyRequests, "attempt \(attempt)")
                XCTAssertEqual(unknown.headers[.retryAfter] == nil, known.headers[.retryAfter] == nil, "attempt \(attempt)")
                XCTAssertEqual(Self.anonymised(unknown.text, name: "niemand"), Self.anonymised(known.text, name: "victor"), "attempt \(attempt)")
            }
        }
    }

    /// A page with the name typed and the clock times taken out.
    private static func anonymised(_ page: String, name: String) -> String {
        page.replacingOccurrences(of: "value=\"\(name)\"", with: "value=\"…\"")
            .replacingOccurrences(of: #"\d\d:\d\d"#, with: "…", options: .regularExpression)
    }

    func testOneClientTryingManyNamesIsLockedOthersAreNot() async throws {
        let world = try WebFixture.make()
        @Sendable func from(_ address: String) -> HTTPFields { [.init("X-Forwarded-For")!: "10.1.2.3, \(address)"] }
        // A live server: the connection comes from this machine, as from a reverse proxy, so the
        // address the proxy appended to X-Forwarded-For is the client's.
        try await world.app.test(.live) { client in
            for attempt in 1..<Store.maximumClientFailures {
                let response = try await Self.login(client, "naam\(attempt)", "wachtwoord", headers: from("203.0.113.7"))
                XCTAssertEqual(response.status, .unprocessableContent, "attempt \(attempt)")
            }
            let locked = try await Self.login(client, "naam0", "wachtwoord", headers: from("203.0.113.7"))
            XCTAssertEqual(locked.status, .tooManyRequests)
            XCTAssertNotNil(locked.headers[.retryAfter])
            let right = try await Self.login(client, "vera", WebFixture.passwords["vera"]!, headers: from("203.0.113.7"))
            XCTAssertEqual(right.status, .tooManyRequests, "every name is locked from that client")
            let elsewhere = try await Self.login(client, "vera", WebFixture.passwords["vera"]!, headers: from("198.51.100.2"))
            XCTAssertEqual(elsewhere.status, .seeOther, "another client is not")
        }
    }

    func testTheClientAddressIsTheProxysForwardedOneOnlyBehindALocalProxy() {
        XCTAssertEqual(ClientAddress.resolve(peer: "203.0.113.7", forwardedFor: []), "203.0.113.7")
        XCTAssertEqual(ClientAddress.resolve(peer: "203.0.113.7", forwardedFor: ["198.51.100.2"]), "203.0.113.7",
                       "a client far away cannot choose its address")
        XCTAssertEqual(ClientAddress.resolve(peer: "127.0.0.1", forwardedFor: ["1.2.3.4, 198.51.100.2"]), "198.51.100.2",
                       "the address the local proxy appended, not what the client sent before it")
        XCTAssertEqual(ClientAddress.resolve(peer: "::1", forwardedFor: ["1.2.3.4", "198.51.100.2"]), "198.51.100.2")
        XCTAssertEqual(ClientAddress.resolve(peer: "::1", forwardedFor: []), "::1")
        XCTAssertNil(ClientAddress.resolve(peer: nil, forwardedFor: ["198.51.100.2"]))
    }

    func testLogoutEndsTheSession() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        try await world.app.test(.router) { client in
            let response = try await client.post("/uitloggen", [], as: vera)
            XCTAssertEqual(response.status, .seeOther)
            XCTAssertEqual(response.location, "/login?uitgelogd=1")
            XCTAssertTrue(response.headers[values: .setCookie].contains { $0.hasPrefix("veerkracht_sessie=;") && $0.contains("Max-Age=0") })
            XCTAssertNil(try world.store.session(token: vera.session.token))
            let after = try await client.get("/", as: vera)
            XCTAssertEqual(after.status, .seeOther, "the old cookie no longer works")
            XCTAssertEqual(after.location, "/login")
            let again = try await client.post("/invoer", FormEncoding.fields(WebFixture.questionnaire("r777")), as: vera)
            XCTAssertEqual(again.status, .forbidden)
        }
    }
}
