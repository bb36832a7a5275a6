import HummingbirdTesting
import VeerkrachtCore
import VeerkrachtStore
import XCTest

/// The web app's gemeente summary draws the wijk map stored for its gemeente, names escaped.
final class KaartPageTests: XCTestCase {
    func testTheGemeenteSummaryDrawsTheStoredMap() async throws {
        let world = try WebFixture.make()
        let eindhoven = try world.login(world.eindhoven)
        let uri = "/rapporten/gemeente/GM0772?meting=\(WebFixture.closedMetingen.meting)&vorige=\(WebFixture.closedMetingen.vorige)"
        try await world.app.test(.router) { client in
            let before = try await client.get(uri, as: eindhoven)
            XCTAssertEqual(before.status, .ok)
            XCTAssertFalse(before.text.contains(#"class="chart kaart""#), "no map stored, no map")
        }
        func square(_ code: String, _ x: Double, name: String? = nil) -> WijkMap.Wijk {
            let ring = [(x, 380_000.0), (x + 900, 380_000), (x + 900, 380_900), (x, 380_900), (x, 380_000)].map { WijkMap.Point(x: $0.0, y: $0.1) }
            return WijkMap.Wijk(code: WijkCode(code)!, name: name, polygons: [WijkMap.Polygon(rings: [ring])])
        }
        try world.store.storeWijkMap(WijkMap(system: .rdNew, wijken: [square("WK077201", 155_000), square("WK077202", 156_000, name: WebFixture.scriptName)]), source: "wijken.geojson")
        try await world.app.test(.router) { client in
            let page = try await client.get(uri, as: eindhoven)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.text.contains(#"class="chart kaart""#))
            XCTAssertTrue(page.text.contains("<title>Centrum: "), "Centrum has 12 respondents: a band")
            XCTAssertTrue(page.text.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;: geen gegevens</title>"),
                          "a wijk without respondents, by the map's name, escaped")
            XCTAssertFalse(page.text.contains(WebFixture.scriptName))
        }
    }
}
