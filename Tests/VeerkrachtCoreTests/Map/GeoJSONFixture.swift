import Foundation

/// GeoJSON files as CBS and PDOK write them, generated in the tests: features with a property
/// dictionary and a geometry, written as JSON text.
enum GeoJSONFixture {
    /// A square ring of side `size` with its south-west corner at (x, y), closed, counter-clockwise.
    static func square(_ x: Double, _ y: Double, _ size: Double) -> [[Double]] {
        [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    }

    static func polygon(_ rings: [[Double]]...) -> [String: Any] {
        ["type": "Polygon", "coordinates": rings]
    }

    static func multiPolygon(_ polygons: [[[Double]]]...) -> [String: Any] {
        ["type": "MultiPolygon", "coordinates": polygons]
    }

    static func feature(_ properties: [String: Any], _ geometry: Any?) -> [String: Any] {
        ["type": "Feature", "properties": properties, "geometry": geometry ?? NSNull()]
    }

    /// A FeatureCollection; `crs` is an EPSG code for the old-style `crs` member, if any.
    static func collection(_ features: [[String: Any]], crs: Int? = nil) -> Data {
        var root: [String: Any] = ["type": "FeatureCollection", "features": features]
        if let crs { root["crs"] = ["type": "name", "properties": ["name": "urn:ogc:def:crs:EPSG::\(crs)"]] }
        return try! JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])
    }

    /// A file as PDOK's WFS writes the CBS wijken in RD New: `WK_CODE`, `WK_NAAM`, `GM_CODE` and
    /// figures besides, a `crs` member, one wijk of `gemeente` per kilometre square along a row.
    static func pdokRD(gemeente: String, wijken: [String], origin: (Double, Double) = (155_000, 380_000)) -> Data {
        collection(wijken.enumerated().map { index, name in
            feature(["WK_CODE": "WK\(gemeente)\(String(format: "%02d", index + 1))", "WK_NAAM": name, "GM_CODE": "GM\(gemeente)",
                     "GM_NAAM": "Eindhoven", "AANT_INW": 12_345, "JRSTATCODE": "2024WK\(gemeente)"],
                    polygon(square(origin.0 + Double(index) * 1_000, origin.1, 1_000)))
        }, crs: 28992)
    }
}
