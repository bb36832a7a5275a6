import Foundation
import VeerkrachtCore
@testable import VeerkrachtStore
import XCTest

/// A wijk map stored per gemeente: only the gemeenten of the database (or those asked for), read
/// back unchanged, listed, replaced and removed.
final class WijkMapStoreTests: XCTestCase {
    private func wijk(_ code: String, _ name: String?, x: Double) -> WijkMap.Wijk {
        let ring = [(x, 380_000.0), (x + 900, 380_000), (x + 900, 380_900), (x, 380_900), (x, 380_000)].map { WijkMap.Point(x: $0.0, y: $0.1) }
        return WijkMap.Wijk(code: WijkCode(code)!, name: name, polygons: [WijkMap.Polygon(rings: [ring])])
    }

    private lazy var country = WijkMap(system: .rdNew, wijken: [
        wijk("WK077201", "Centrum", x: 155_000), wijk("WK077202", "Stratum \"Oost\"", x: 156_000),
        wijk("WK015301", "Centrum", x: 255_000), wijk("WK036301", nil, x: 120_000),
    ])

    private func store() throws -> Store {
        let store = try Fixtures.store()
        _ = try store.importGebieden(from: Fixtures.reader("code,naam\nGM0772,Eindhoven\nWK077201,Centrum\nGM0153,Enschede\n"),
                                     source: "gebieden.csv")
        return store
    }

    func testTheGemeentenOfTheDatabaseGetTheirWijkenReadBackUnchanged() throws {
        let store = try store()
        let stored = try store.storeWijkMap(country, source: "wijken_2024.geojson")
        XCTAssertEqual(stored.map(\.gemeente), ["GM0153", "GM0772"])
        XCTAssertEqual(stored.map(\.wijken), [1, 2])
        XCTAssertEqual(try store.wijkMap(gemeente: "GM0772"), try country.keeping(gemeente: GemeenteCode("GM0772")!))
        XCTAssertEqual(try store.wijkMap(gemeente: "gm0153")?.wijken.map(\.code.rawValue), ["WK015301"])
        XCTAssertNil(try store.wijkMap(gemeente: "GM0363"), "Amsterdam is not in the database")
        XCTAssertEqual(try store.wijkMaps().map(\.source), ["wijken_2024.geojson", "wijken_2024.geojson"])
    }

    func testAGemeenteAskedForIsStoredAndAnEarlierMapReplaced() throws {
        let store = try store()
        try store.storeWijkMap(country, source: "a.geojson")
        let amsterdam = try store.storeWijkMap(country, source: "b.geojson", gemeenten: [GemeenteCode("GM0363")!, GemeenteCode("GM0772")!])
        XCTAssertEqual(amsterdam.map(\.gemeente), ["GM0363", "GM0772"])
        XCTAssertEqual(try store.wijkMaps().map { "\($0.gemeente) \($0.source)" }, ["GM0153 a.geojson", "GM0363 b.geojson", "GM0772 b.geojson"])
        XCTAssertThrowsError(try store.storeWijkMap(country, source: "c.geojson", gemeenten: [GemeenteCode("GM0106")!])) {
            XCTAssertEqual($0 as? WijkMapError, .noWijkOf(GemeenteCode("GM0106")!, holds: ["GM0153", "GM0363", "GM0772"].map { GemeenteCode($0)! }))
        }
    }

    func testAMapWithoutAGemeenteOfTheDatabaseIsRefusedAndNothingStored() throws {
        let store = try store()
        let amsterdam = try country.keeping(gemeente: GemeenteCode("GM0363")!)
        XCTAssertThrowsError(try store.storeWijkMap(amsterdam, source: "a.geojson")) {
            XCTAssertEqual("\($0)", "the map holds no wijk of a gemeente in the database; it holds wijken of GM0363")
        }
        XCTAssertEqual(try store.wijkMaps(), [])
    }

    func testMapsAreRemovedPerGemeenteOrAll() throws {
        let store = try store()
        try store.storeWijkMap(country, source: "a.geojson")
        XCTAssertEqual(try store.removeWijkMap(gemeente: "gm0772"), ["GM0772"])
        XCTAssertNil(try store.wijkMap(gemeente: "GM0772"))
        XCTAssertEqual(try store.removeWijkMap(gemeente: "GM0772"), [])
        XCTAssertEqual(try store.removeWijkMap(gemeente: nil), ["GM0153"])
        XCTAssertEqual(try store.wijkMaps(), [])
    }
}
