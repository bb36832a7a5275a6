import Foundation
@testable import VeerkrachtCore
import XCTest

/// The wijk map reader takes the GeoJSON files CBS and PDOK publish and refuses every other file
/// with a message that names the problem and the feature.
final class WijkMapReaderTests: XCTestCase {
    typealias F = GeoJSONFixture

    func testAPDOKFileInRDNewGivesTheWijkenWithTheirNames() throws {
        let map = try WijkMapReader.read(F.pdokRD(gemeente: "0772", wijken: ["Centrum", "Stratum", "Tongelre"]))
        XCTAssertEqual(map.system, .rdNew)
        XCTAssertEqual(map.wijken.map(\.code.rawValue), ["WK077201", "WK077202", "WK077203"])
        XCTAssertEqual(map.wijken.map(\.name), ["Centrum", "Stratum", "Tongelre"])
        XCTAssertEqual(map.wijken[1].polygons, [WijkMap.Polygon(rings: [F.square(156_000, 380_000, 1_000).map { WijkMap.Point(x: $0[0], y: $0[1]) }])])
        XCTAssertEqual(map.gemeenten, [GemeenteCode("GM0772")!])
    }

    func testAWGS84FileWithoutCRSIsRecognisedByItsRangesAndReadsStatcode() throws {
        let data = F.collection([
            F.feature(["statcode": "WK036300", "statnaam": "Burgwallen-Oude Zijde", "jaarcode": 2024],
                      F.polygon(F.square(4.895, 52.370, 0.01))),
            F.feature(["statcode": "wk036301", "statnaam": "Burgwallen-Nieuwe Zijde"], F.polygon(F.square(4.885, 52.370, 0.01))),
        ])
        let map = try WijkMapReader.read(data)
        XCTAssertEqual(map.system, .wgs84)
        XCTAssertEqual(map.wijken.map(\.code.rawValue), ["WK036300", "WK036301"], "a code in lower case is read in upper case")
        XCTAssertEqual(map.wijken[0].name, "Burgwallen-Oude Zijde")
    }

    func testTheCodePropertiesAreTriedInOrderInAnyCase() throws {
        let data = F.collection([F.feature(["Statcode": "WK077299", "wk_code": "WK077202", "WIJKCODE": "WK077201", "WijkNaam": "Centrum"],
                                           F.polygon(F.square(155_000, 380_000, 500)))])
        let wijk = try WijkMapReader.read(data).wijken[0]
        XCTAssertEqual(wijk.code.rawValue, "WK077201")
        XCTAssertEqual(wijk.name, "Centrum")
    }

    func testAMultiPolygonWithHolesKeepsEveryPolygonAndRing() throws {
        let outer = F.square(155_000, 380_000, 2_000), hole = F.square(155_500, 380_500, 500).reversed().map { $0 }
        let island = F.square(160_000, 380_000, 300)
        let data = F.collection([F.feature(["WK_CODE": "WK077201"], F.multiPolygon([outer, hole], [island]))], crs: 28992)
        let wijk = try WijkMapReader.read(data).wijken[0]
        XCTAssertEqual(wijk.polygons.map(\.rings.count), [2, 1])
        XCTAssertEqual(wijk.polygons[0].rings[1].first, WijkMap.Point(x: 155_500, y: 380_500))
    }

    func testAWijkInSeveralFeaturesIsOneWijkWithAllTheirPolygons() throws {
        let data = F.collection([F.feature(["WK_CODE": "WK077201", "WK_NAAM": "Centrum"], F.polygon(F.square(155_000, 380_000, 500))),
                                 F.feature(["WK_CODE": "WK077201"], F.polygon(F.square(156_000, 380_000, 500)))], crs: 28992)
        let map = try WijkMapReader.read(data)
        XCTAssertEqual(map.wijken.count, 1)
        XCTAssertEqual(map.wijken[0].polygons.count, 2)
        XCTAssertEqual(map.wijken[0].name, "Centrum")
    }

    /// A map of the whole country: the report keeps its gemeente's wijken and names the others when it has none.
    func testAWholeCountryFileKeepsTheGemeentesWijken() throws {
        var features: [[String: Any]] = []
        for gemeente in 1...342 {
            for wijk in 1...10 {
                let (x, y) = (20_000 + Double(gemeente % 18) * 14_000 + Double(wijk) * 1_000, 310_000 + Double(gemeente / 18) * 15_000)
                features.append(F.feature(["statcode": String(format: "WK%04d%02d", gemeente, wijk), "statnaam": "Wijk \(wijk)"],
                                          F.polygon(F.square(x, y, 900))))
            }
        }
        let map = try WijkMapReader.read(F.collection(features, crs: 28992))
        XCTAssertEqual(map.wijken.count, 3_420)
        XCTAssertEqual(map.gemeenten.count, 342)
        let kept = try map.keeping(gemeente: GemeenteCode("GM0153")!)
        XCTAssertEqual(kept.wijken.map(\.code.rawValue), (1...10).map { String(format: "WK0153%02d", $0) })
        XCTAssertThrowsError(try map.keeping(gemeente: GemeenteCode("GM0999")!)) {
            XCTAssertEqual("\($0)", "the map holds no wijk of GM0999; it holds wijken of GM0001, GM0002, GM0003, GM0004, GM0005, GM0006, "
                + "GM0007, GM0008, GM0009, GM0010 and 332 other gemeenten")
        }
        let small = try WijkMapReader.read(F.pdokRD(gemeente: "0772", wijken: ["Centrum"]))
        XCTAssertThrowsError(try small.keeping(gemeente: GemeenteCode("GM0153")!)) {
            XCTAssertEqual("\($0)", "the map holds no wijk of GM0153; it holds wijken of GM0772")
        }
    }

    func testWhatIsNotAFeatureCollectionIsRefusedByWhatItIs() {
        assertRefused(Data("wijken;code\n".utf8), "not a JSON file: unexpected 'w', expected a value at line 1, column 1")
        assertRefused(Data("{\"type\": \"FeatureCollection\",\n \"features\": [}".utf8),
                      "not a JSON file: unexpected '}', expected a value at line 2, column 15")
        assertRefused(Data("[]".utf8), "not a GeoJSON FeatureCollection: the file holds a JSON array")
        assertRefused(try! JSONSerialization.data(withJSONObject: F.feature(["WK_CODE": "WK077201"], F.polygon(F.square(155_000, 380_000, 5)))),
                      "not a GeoJSON FeatureCollection: the file holds a Feature")
        assertRefused(Data(#"{"type": "FeatureCollection"}"#.utf8),
                      "not a GeoJSON FeatureCollection: the file holds a FeatureCollection without a list of features")
        assertRefused(F.collection([]), "the map holds no features")
        assertRefused(Data(String(repeating: "[", count: 100_000).utf8), "not a JSON file: nested more than 64 levels deep at line 1, column 65")
        assertRefused(F.collection([F.feature(["WK_CODE": "WK077201"], F.polygon(F.square(155_000, 380_000, 5)))], crs: 3857),
                      "the map's coordinate system 'urn:ogc:def:crs:EPSG::3857' is neither WGS84 (EPSG:4326) nor RD New (EPSG:28992)")
    }

    func testAFeatureWithoutAWijkCodeIsNamedByItsIndex() {
        let square = F.polygon(F.square(155_000, 380_000, 500))
        assertRefused(F.collection([F.feature(["WK_CODE": "WK077201"], square), F.feature(["naam": "Centrum"], square)]),
                      "feature 1 has no wijk code: expected a property wijkcode, WK_CODE or statcode")
        assertRefused(F.collection([F.feature(["statcode": "BU07720101"], square)]), "feature 0: 'BU07720101' is not a CBS wijk code (e.g. WK077201)")
        assertRefused(F.collection([F.feature(["statcode": "GM0772"], square)]), "feature 0: 'GM0772' is not a CBS wijk code (e.g. WK077201)")
        assertRefused(Data(#"{"type": "FeatureCollection", "features": [3]}"#.utf8), "feature 0 is not a GeoJSON Feature (a JSON object)")
    }

    func testAGeometryOtherThanAPolygonIsRefused() {
        let code = ["WK_CODE": "WK077201"]
        assertRefused(F.collection([F.feature(code, ["type": "Point", "coordinates": [155_000, 380_000]])], crs: 28992),
                      "feature 0 (WK077201) is a Point: a wijk needs a Polygon or MultiPolygon")
        assertRefused(F.collection([F.feature(code, ["type": "LineString", "coordinates": [[155_000, 380_000], [156_000, 380_000]]])], crs: 28992),
                      "feature 0 (WK077201) is a LineString: a wijk needs a Polygon or MultiPolygon")
        assertRefused(F.collection([F.feature(code, nil)]), "feature 0 (WK077201) has no geometry")
        assertRefused(F.collection([F.feature(code, ["type": "Polygon", "coordinates": F.square(155_000, 380_000, 5)])], crs: 28992),
                      "feature 0 (WK077201): the coordinates are not a list of rings, as a Polygon needs")
        assertRefused(F.collection([F.feature(code, F.polygon(F.square(155_000, 380_000, 5)).merging(["type": "MultiPolygon"]) { $1 })], crs: 28992),
                      "feature 0 (WK077201): the coordinates are not a list of polygons, as a MultiPolygon needs")
    }

    func testARingOfFewerThanFourPositionsIsRefused() {
        let triangle = [[155_000.0, 380_000.0], [156_000, 380_000], [155_000, 380_000]]
        assertRefused(F.collection([F.feature(["WK_CODE": "WK077201"], F.polygon(triangle))]),
                      "feature 0 (WK077201) has a ring of 3 positions: a ring needs at least 4 (the last repeating the first)")
    }

    func testCoordinatesOutsideTheNetherlandsAreRefusedAndSwappedOnesNamed() {
        let code = ["WK_CODE": "WK077201"]
        assertRefused(F.collection([F.feature(code, F.polygon(F.square(52.37, 4.89, 0.01)))]),
                      "feature 0 (WK077201) has position [52.37, 4.89]: latitude and longitude are swapped (GeoJSON writes the longitude first)")
        assertRefused(F.collection([F.feature(code, F.polygon(F.square(4.89, 52.37, 0.01))),
                                    F.feature(["WK_CODE": "WK077202"], F.polygon(F.square(52.38, 4.9, 0.01)))]),
                      "feature 1 (WK077202) has position [52.38, 4.9]: latitude and longitude are swapped (GeoJSON writes the longitude first)")
        assertRefused(F.collection([F.feature(code, F.polygon(F.square(-73.98, 40.75, 0.01)))]),
                      "feature 0 (WK077201) has position [-73.98, 40.75], which lies in the Netherlands neither in WGS84 (longitude "
                        + "3.0 to 7.5, latitude 50.5 to 53.8) nor in RD New (x -10,000 to 310,000, y 280,000 to 640,000 metres)")
        assertRefused(F.collection([F.feature(code, F.polygon(F.square(155_000, 380_000, 500))),
                                    F.feature(["WK_CODE": "WK077202"], F.polygon(F.square(5.47, 51.44, 0.01)))]),
                      "feature 1 (WK077202) has position [5.47, 51.44], outside the Netherlands in RD New (metres), the coordinate "
                        + "system of the rest of the map")
        assertRefused(F.collection([F.feature(code, F.polygon(F.square(5.47, 51.44, 0.01)))], crs: 28992),
                      "feature 0 (WK077201) has position [5.47, 51.44], outside the Netherlands in RD New (metres), the coordinate "
                        + "system of the rest of the map")
        assertRefused(F.collection([F.feature(code, F.polygon(F.square(1e300, 380_000, 500)))]),
                      "feature 0 (WK077201) has position [1e+300, 380000.0], which lies in the Netherlands neither in WGS84 (longitude "
                        + "3.0 to 7.5, latitude 50.5 to 53.8) nor in RD New (x -10,000 to 310,000, y 280,000 to 640,000 metres)")
    }

    /// Python's json module writes NaN and Infinity; a number too large for a double reads as infinite.
    func testNaNAndInfiniteCoordinatesAreRefused() {
        let nan = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"WK_CODE":"WK077201"},"#
            + #""geometry":{"type":"Polygon","coordinates":[[[155000,380000],[156000,380000],[NaN,381000],[155000,380000]]]}}]}"#
        assertRefused(Data(nan.utf8), "feature 0 (WK077201) has a coordinate that is not a number (NaN or infinite)")
        assertRefused(Data(nan.replacingOccurrences(of: "NaN", with: "1e400").utf8),
                      "feature 0 (WK077201) has a coordinate that is not a number (NaN or infinite)")
        assertRefused(Data(nan.replacingOccurrences(of: "[[[155000,380000]", with: "[[[-Infinity,380000]").utf8),
                      "feature 0 (WK077201) has a coordinate that is not a number (NaN or infinite)")
    }

    /// A huge file fails at once with a message, never by exhausting memory.
    func testTheSizeAndNumberOfPositionsAreBounded() throws {
        let data = F.pdokRD(gemeente: "0772", wijken: (1...20).map { "Wijk \($0)" })
        XCTAssertThrowsError(try WijkMapReader.read(data, limits: .init(maximumBytes: 1_000))) {
            XCTAssertEqual("\($0)", "the map file has \(MessageText.count(data.count)) bytes, more than the 1,000 this reader takes: "
                + "use a generalised (simplified) wijk map or one with only your gemeente's wijken")
        }
        XCTAssertThrowsError(try WijkMapReader.read(data, limits: .init(maximumPositions: 99))) {
            XCTAssertEqual("\($0)", "the map holds more than 99 positions: use a generalised (simplified) wijk map or one with only "
                + "your gemeente's wijken")
        }
        XCTAssertEqual(try WijkMapReader.read(data, limits: .init(maximumPositions: 100)).positionCount, 100)
        XCTAssertEqual(WijkMapReader.Limits().maximumBytes, 200_000_000)
        XCTAssertEqual(WijkMapReader.Limits().maximumPositions, 10_000_000)
    }

    /// A dense map (200,000 positions, about 8 MB) reads in seconds, even in a debug build.
    func testADenseMapReadsQuickly() throws {
        let ring = (0..<20_000).map { i -> String in
            let angle = Double(i) / 20_000 * 2 * .pi
            return "[\(155_000 + 1_000 * cos(angle)),\(380_000 + 1_000 * sin(angle))]"
        }
        let closed = "[" + (ring + [ring[0]]).joined(separator: ",") + "]"
        let features = (1...10).map { #"{"type":"Feature","properties":{"WK_CODE":"WK0772\#(String(format: "%02d", $0))"},"geometry":{"type":"Polygon","coordinates":[\#(closed)]}}"# }
        let data = Data((#"{"type":"FeatureCollection","features":["# + features.joined(separator: ",") + "]}").utf8)
        let start = Date()
        let map = try WijkMapReader.read(data)
        XCTAssertEqual(map.positionCount, 200_010)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10, "read \(data.count) bytes")
        XCTAssertEqual(map.wijken[3].polygons[0].rings[0][5_000].y, 380_000 + 1_000 * sin(Double(5_000) / 20_000 * 2 * .pi), accuracy: 1e-9)
    }

    func testTheWrittenGeoJSONReadsBackUnchanged() throws {
        let data = F.collection([F.feature(["WK_CODE": "WK077201", "WK_NAAM": "Sint-\"Jozef\" \\ Café\n\u{1}"],
                                           F.multiPolygon([F.square(155_000.25, 380_000.125, 500), F.square(155_100, 380_100, 100)])),
                                 F.feature(["WK_CODE": "WK077202"], F.polygon(F.square(156_000, 380_000, 500)))], crs: 28992)
        let map = try WijkMapReader.read(data)
        XCTAssertEqual(try WijkMapReader.read(Data(map.geoJSON().utf8)), map)
        let wgs84 = try WijkMapReader.read(F.collection([F.feature(["statcode": "WK036300"], F.polygon(F.square(4.895123456789, 52.37, 0.01)))]))
        XCTAssertEqual(try WijkMapReader.read(Data(wgs84.geoJSON().utf8)), wgs84)
    }

    func testEscapesAndAByteOrderMarkAreRead() throws {
        let text = "\u{FEFF}" + #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"WK_CODE":"WK077201","WK_NAAM":"Caf\u00e9 \ud83c\udfe0 \"A\/B\""},"geometry":{"type":"Polygon","coordinates":[[[155000,380000],[156000,380000],[156000,381000.5e0],[155000,380000]]]}}]}"#
        let wijk = try WijkMapReader.read(Data(text.utf8)).wijken[0]
        XCTAssertEqual(wijk.name, "Café 🏠 \"A/B\"")
        XCTAssertEqual(wijk.polygons[0].rings[0][2], WijkMap.Point(x: 156_000, y: 381_000.5))
    }

    private func assertRefused(_ data: Data, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try WijkMapReader.read(data), file: file, line: line) {
            XCTAssertTrue($0 is WijkMapError, "\($0)", file: file, line: line)
            XCTAssertEqual("\($0)", message, file: file, line: line)
        }
    }
}
