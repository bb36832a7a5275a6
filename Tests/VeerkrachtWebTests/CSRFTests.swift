import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtStore
import VeerkrachtWeb
import XCTest

/// Every state-changing request needs the session's CSRF token in field `csrf`: without it, or
/// with a forged one or another session's, the answer is 403 and the database is unchanged.
final class CSRFTests: XCTestCase {
    /// What the app can change: entries, activities, the audit log and the sessions.
    private struct State: Equatable {
        let responses: [StoredResponse]
        let activities: [StoredActivity]
        let audit: [AuditEntry]
        let sessionAlive: Bool

        init(_ world: WebFixture, _ account: Account) throws {
            responses = try world.store.enteredResponses(by: nil)
            activities = try world.store.enteredActivities(by: nil)
            audit = try world.store.auditLog()
            sessionAlive = try world.store.session(token: account.session.token) != nil
        }
    }

    func testPostsWithoutAValidTokenAreRefusedAndChangeNothing() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        let other = try world.login(world.anna)
        // Each request would succeed with the right token (checked at the end).
        let requests: [(String, [(String, String)])] = [
            ("/invoer", FormEncoding.fields(WebFixture.questionnaire("r900"))),
            ("/invoer/\(world.veraResponse)", FormEncoding.fields(WebFixture.questionnaire("r001")) + [("reden", "typefout")]),
            ("/invoer/\(world.veraResponse)/verwijderen", [("reden", "dubbel ingevoerd")]),
            ("/activiteiten/nieuw", FormEncoding.fields(WebFixture.activity("Taalcafé"))),
            ("/activiteiten/\(world.veraActivity)", FormEncoding.fields(WebFixture.activity("Taalcafé Oost")) + [("reden", "naam")]),
            ("/activiteiten/\(world.veraActivity)/verwijderen", [("reden", "dubbel")]),
            ("/uitloggen", []),
        ]
        let before = try State(world, vera)
        try await world.app.test(.router) { client in
            for (uri, fields) in requests {
                for csrf in [CSRFField.missing, .forged] {
                    let response = try await client.post(uri, fields, as: vera, csrf: csrf)
                    XCTAssertEqual(response.status, .forbidden, "\(uri) with \(csrf) token")
                    XCTAssertTrue(response.text.contains("Er is niets veranderd"), "\(uri): the page says nothing changed")
                }
                // Another session's valid token is no good either.
                var headers = HTTPFields()
                headers[.cookie] = vera.cookie
                headers[.contentType] = "application/x-www-form-urlencoded"
                let stolen = try await client.execute(uri: uri, method: .post, headers: headers,
                                                      body: ByteBuffer(string: FormEncoding.encode(fields + [("csrf", other.csrf)])))
                XCTAssertEqual(stolen.status, .forbidden, "\(uri) with another session's token")
            }
            XCTAssertEqual(try State(world, vera), before, "nothing changed")

            // The same requests with the right token do what they say.
            for (uri, fields) in requests {
                let response = try await client.post(uri, fields, as: vera)
                XCTAssertEqual(response.status, .seeOther, "\(uri) with the right token: \(response.text.prefix(300))")
            }
        }
        XCTAssertNotEqual(try State(world, vera), before)
        XCTAssertEqual(try world.store.auditLog().count, before.audit.count + 6)
    }
}
