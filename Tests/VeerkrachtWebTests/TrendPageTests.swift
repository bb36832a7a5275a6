import HummingbirdTesting
import VeerkrachtWeb
import XCTest

/// The web app's report pages carry the trend over every meting, as the CLI's reports do.
final class TrendPageTests: XCTestCase {
    func testReportPagesShowEveryMeting() async throws {
        let world = try WebFixture.make()
        let eindhoven = try world.login(world.eindhoven)
        let (vorige, meting) = WebFixture.closedMetingen
        try await world.app.test(.router) { client in
            for uri in ["/rapporten/wijk/WK077201?meting=\(meting)", "/rapporten/gemeente/GM0772?meting=\(meting)"] {
                let page = try await client.get(uri, as: eindhoven)
                XCTAssertEqual(page.status, .ok, uri)
                let section = try XCTUnwrap(page.text.components(separatedBy: "<h2>Hoe ontwikkelden de scores zich?").dropFirst().first, uri)
                let trend = try XCTUnwrap(section.components(separatedBy: "<h2>").first)
                XCTAssertTrue(trend.contains(">\(vorige)<") && trend.contains(">\(meting)<"), "both metingen in the trend: \(uri)")
            }
            // With only the first meting there is no trend to show.
            let first = try await client.get("/rapporten/gemeente/GM0772?meting=\(vorige)", as: eindhoven)
            XCTAssertEqual(first.status, .ok)
            XCTAssertFalse(first.text.contains("<h2>Hoe ontwikkelden de scores zich?"))
        }
    }
}
