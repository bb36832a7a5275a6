import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtStore
@testable import VeerkrachtWeb
import XCTest

/// Every route of `Route.all` × {anonymous, veldwerker, analist, gemeente} × its method gets the
/// status its access rule promises: allowed → 200 (GET) or the handler's answer (POST); not
/// logged in → to the login page (GET) or 403 (POST); wrong role → 403.
final class AccessMatrixTests: XCTestCase {
    /// What an allowed POST with an empty form answers: the form comes back (422), except logout.
    private static func allowedPOST(_ path: String) -> HTTPResponse.Status {
        path == "/uitloggen" ? .seeOther : .unprocessableContent
    }

    func testEveryRouteAnswersEveryRoleAsItsRuleSays() async throws {
        let world = try WebFixture.make()
        let users: [(String, User?)] = [("anonymous", nil), ("veldwerker", world.vera), ("analist", world.anna), ("gemeente", world.eindhoven)]
        XCTAssertEqual(Set(Route.all.map { "\($0.method) \($0.path)" }).count, Route.all.count, "a route is listed twice")
        let samples = RouteSamples(response: world.veraResponse, activity: world.veraActivity, verhaal: world.veraVerhaal, wijk: "WK077201",
                                   meting: WebFixture.closedMetingen.meting, vorige: WebFixture.closedMetingen.vorige)
        try await world.app.test(.router) { client in
            for route in Route.all {
                guard let uri = samples.uri(route) else {
                    XCTFail("route \(route.method) \(route.path) has no sample request in RouteSamples")
                    continue
                }
                for (label, user) in users {
                    // A fresh session per request, so logging out in one cell does not affect the next.
                    let account = try user.map { try world.login($0) }
                    let role = user?.role
                    let response = route.method == .get
                        ? try await client.get(uri, as: account)
                        : try await client.post(uri, [], as: account)
                    let expected: HTTPResponse.Status
                    if !route.access.permits(role) {
                        expected = role == nil && route.method == .get ? .seeOther : .forbidden
                    } else if route.method == .post {
                        expected = Self.allowedPOST(route.path)
                    } else {
                        expected = route.path == "/login" && role != nil ? .seeOther : .ok
                    }
                    XCTAssertEqual(response.status, expected, "\(route.method) \(uri) as \(label)")
                    if role == nil && !route.access.permits(nil) && route.method == .get {
                        XCTAssertTrue(response.location?.hasPrefix("/login") ?? false, "\(uri) as \(label) goes to the login page")
                    }
                }
            }
        }
    }

    func testTheAccessRulesAreTheOnesAgreed() {
        func access(_ method: HTTPRequest.Method, _ path: String) -> Access? {
            Route.all.first { $0.method == method && $0.path == path }?.access
        }
        XCTAssertEqual(access(.get, "/health"), .anyone)
        XCTAssertEqual(access(.post, "/login"), .anyone)
        XCTAssertEqual(access(.post, "/uitloggen"), .signedIn)
        XCTAssertEqual(access(.post, "/invoer"), .roles([.veldwerker, .analist]))
        XCTAssertEqual(access(.get, "/rapporten/gemeente/{code}"), .roles([.analist, .gemeente]))
        XCTAssertEqual(access(.get, "/audit"), .roles([.analist]))
        XCTAssertEqual(access(.post, "/verhalen/nieuw"), .roles([.veldwerker, .analist]))
        XCTAssertEqual(access(.post, "/verhalen/{id}/beoordelen"), .roles([.analist]), "only analisten review verhalen")
        XCTAssertEqual(access(.get, "/export/scores.csv"), .roles([.analist]))
        XCTAssertEqual(Route.all.filter { $0.method == .post && !$0.checksCSRF }.map(\.path), ["/login"], "every POST but login checks CSRF")
        for route in Route.all where route.access.permits(.gemeente) {
            XCTAssertFalse(route.path.hasPrefix("/invoer") || route.path.hasPrefix("/activiteiten") || route.path.hasPrefix("/audit")
                               || route.path.hasPrefix("/verhalen"),
                           "a gemeente account never reaches a page with one resident's answers: \(route.path)")
        }
    }
}
