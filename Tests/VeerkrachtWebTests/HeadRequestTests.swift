import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtStore
@testable import VeerkrachtWeb
import XCTest

/// HEAD works wherever GET does: the same status and headers, no body (it used to be 404 everywhere).
final class HeadRequestTests: XCTestCase {
    func testHeadAnswersLikeGetOnEveryGetRouteForEveryRole() async throws {
        let world = try WebFixture.make()
        let users: [(String, User?)] = [("anonymous", nil), ("veldwerker", world.vera), ("analist", world.anna), ("gemeente", world.eindhoven)]
        let samples = RouteSamples(response: world.veraResponse, activity: world.veraActivity, verhaal: world.veraVerhaal, wijk: "WK077201",
                                   meting: "2026-voorjaar", vorige: "2025-voorjaar")
        let compared: [HTTPField.Name] = [.location, .contentType, .contentLength, .contentSecurityPolicy, .cacheControl, .retryAfter]
        try await world.app.test(.router) { client in
            for route in Route.all where route.method == .get {
                let uri = try XCTUnwrap(samples.uri(route), "route \(route.path) has no sample request in RouteSamples")
                for (label, user) in users {
                    let account = try user.map { try world.login($0) }
                    let get = try await client.get(uri, as: account)
                    let head = try await client.execute(uri: uri, method: .head, headers: account.map { [.cookie: $0.cookie] } ?? [:])
                    XCTAssertEqual(head.status, get.status, "HEAD \(uri) as \(label)")
                    XCTAssertEqual(head.body.readableBytes, 0, "HEAD \(uri) as \(label) has no body")
                    for name in compared {
                        XCTAssertEqual(head.headers[name], get.headers[name], "\(name) of HEAD \(uri) as \(label)")
                    }
                }
            }
        }
    }

    func testHeadOfAPageThatDoesNotExistIsA404WithoutBody() async throws {
        let world = try WebFixture.make()
        try await world.app.test(.router) { client in
            for uri in ["/bestaat-niet", "/uitloggen", "/invoer/abc"] {
                let get = try await client.get(uri, as: try world.login(world.vera))
                let head = try await client.execute(uri: uri, method: .head, headers: [.cookie: try world.login(world.vera).cookie])
                XCTAssertEqual(head.status, get.status, uri)
                XCTAssertEqual(head.body.readableBytes, 0, uri)
                XCTAssertEqual(head.headers[.contentLength], get.headers[.contentLength], uri)
            }
        }
    }

    /// On a live server two HEAD requests on one connection get two answers, each headers only, so
    /// the connection stays in step.
    func testALiveServerAnswersHeadWithHeadersOnly() async throws {
        let world = try WebFixture.make()
        try await world.app.test(.live) { client in
            let port = try XCTUnwrap(client.port)
            let answer = try RawHTTP.exchange(port: port, "HEAD /health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "HEAD /bestaat-niet HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            let parts = answer.components(separatedBy: "\r\n\r\n")
            XCTAssertEqual(parts.count, 3, answer)
            XCTAssertEqual(parts.map(RawHTTP.status), [200, 404, nil], answer)
            XCTAssertTrue(parts[0].lowercased().contains("content-length: 3"), "the length GET /health has: \(parts[0])")
            XCTAssertEqual(parts.last, "", "no body bytes")
        }
    }
}
