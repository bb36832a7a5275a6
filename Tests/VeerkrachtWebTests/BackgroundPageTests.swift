import HummingbirdTesting
import VeerkrachtWeb
import XCTest

/// The web app's report pages carry the reports' "Wie deden mee?" section: here, with responses
/// that hold no background answers, the one sentence that says so and no empty tables.
final class BackgroundPageTests: XCTestCase {
    func testReportPagesSayWhoAnswered() async throws {
        let world = try WebFixture.make()
        let eindhoven = try world.login(world.eindhoven)
        try await world.app.test(.router) { client in
            for uri in ["/rapporten/wijk/WK077201?meting=2024-najaar", "/rapporten/gemeente/GM0772?meting=2024-najaar"] {
                let page = try await client.get(uri, as: eindhoven)
                XCTAssertEqual(page.status, .ok, uri)
                XCTAssertTrue(page.text.contains("<h2>Wie deden mee?"), uri)
                XCTAssertTrue(page.text.contains("De vragen naar leeftijd en geslacht zijn in "), uri)
                XCTAssertFalse(page.text.contains("<h2>Voor wie?"), uri)
            }
        }
    }
}
