import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtStore
@testable import VeerkrachtWeb
import XCTest

/// A form body that breaks off before its `Content-Length` or is not a well-formed form is a 400
/// with the Dutch page, never a 500, and nothing is stored.
final class RequestBodyTests: XCTestCase {
    private static let title = "Formulier niet goed aangekomen"

    func testFormBodiesAreParsedStrictlyQueryStringsLeniently() {
        XCTAssertEqual(FormData(body: Array("a=b+c&d=%C3%A9&e&=f".utf8))?.fields.map { "\($0.name)=\($0.value)" }, ["a=b c", "d=é", "e=", "=f"])
        for malformed in ["a=%", "a=%4", "a=%zz", "%G1=b", "a=%C3%28", "a=%FF", "a=\u{FF}"] {
            XCTAssertNil(FormData(body: malformed == "a=\u{FF}" ? [0x61, 0x3D, 0xFF] : Array(malformed.utf8)), malformed)
        }
        XCTAssertEqual(FormData(encoded: "meting=%zz&x=%C3%28").fields.map(\.value), ["%zz", "\u{FFFD}("])
    }

    func testAMalformedFormIsA400PageAndStoresNothing() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        let before = try world.store.enteredResponses(by: nil)
        try await world.app.test(.router) { client in
            let questionnaire = FormEncoding.encode(FormEncoding.fields(WebFixture.questionnaire("r500")) + [("csrf", vera.csrf)])
            for (uri, body, account) in [("/invoer", questionnaire + "&opmerking=%E2%82", vera), ("/invoer", questionnaire + "&x=%zz", vera),
                                         ("/login", "gebruiker=vera&wachtwoord=%", nil)] {
                var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
                if let account { headers[.cookie] = account.cookie }
                let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
                XCTAssertEqual(response.status, .badRequest, "\(uri): \(body.suffix(20))")
                XCTAssertTrue(response.text.contains(Self.title) && response.text.contains("<html lang=\"nl\">"), uri)
            }
        }
        XCTAssertEqual(try world.store.enteredResponses(by: nil), before)
    }

    func testABodyShorterThanItsContentLengthIsA400Page() async throws {
        let world = try WebFixture.make()
        let vera = try world.login(world.vera)
        let before = try world.store.enteredResponses(by: nil)
        let questionnaire = FormEncoding.encode([("csrf", vera.csrf)] + FormEncoding.fields(WebFixture.questionnaire("r501")))
        try await world.app.test(.live) { client in
            let port = try XCTUnwrap(client.port)
            for (path, body, cookie) in [("/login", "gebruiker=vera&wacht", ""), ("/invoer", questionnaire, "Cookie: \(vera.cookie)\r\n")] {
                let answer = try RawHTTP.exchange(port: port, "POST \(path) HTTP/1.1\r\nHost: localhost\r\n\(cookie)"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count + 100)\r\n\r\n\(body)")
                XCTAssertEqual(RawHTTP.status(answer), 400, "\(path): \(answer.prefix(200))")
                XCTAssertTrue(answer.contains(Self.title), path)
                XCTAssertEqual(answer.components(separatedBy: "HTTP/1.1 ").count, 2, "one answer: \(path)")
            }
        }
        XCTAssertEqual(try world.store.enteredResponses(by: nil), before)
    }
}
