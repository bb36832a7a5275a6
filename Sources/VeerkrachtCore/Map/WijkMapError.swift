/// Why a GeoJSON file is refused as a wijk map. Each case names the feature (its index, counted
/// from 0 as in the file, and its wijk code when it has one) and the problem.
public enum WijkMapError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is larger than the reader takes.
    case tooLarge(bytes: Int, limit: Int)
    /// The file holds more positions than the reader takes.
    case tooManyPositions(limit: Int)
    /// Not JSON: what was found where (line and column counted from 1).
    case notJSON(String, line: Int, column: Int)
    /// JSON, but not a GeoJSON FeatureCollection: what it is instead.
    case notAFeatureCollection(found: String)
    /// A `crs` member naming a coordinate system other than WGS84 or RD New.
    case unsupportedCoordinateSystem(String)
    /// A feature that is not a JSON object.
    case notAFeature(index: Int)
    /// A feature without a `wijkcode`, `WK_CODE` or `statcode` property.
    case noWijkCode(index: Int)
    /// A feature whose code property holds something other than a CBS wijk code.
    case notAWijkCode(index: Int, value: String)
    /// A feature without a geometry.
    case noGeometry(index: Int, code: WijkCode)
    /// A geometry other than Polygon or MultiPolygon.
    case wrongGeometry(index: Int, code: WijkCode, type: String)
    /// Coordinates that are not nested as the geometry type says.
    case malformedCoordinates(index: Int, code: WijkCode, expected: String)
    /// A ring with fewer than four positions.
    case shortRing(index: Int, code: WijkCode, positions: Int)
    /// A coordinate that is NaN or infinite.
    case notFinite(index: Int, code: WijkCode)
    /// A position that lies neither in the Netherlands in WGS84 nor in RD New, or outside the
    /// file's coordinate system's range.
    case outOfRange(index: Int, code: WijkCode, x: Double, y: Double, system: WijkMap.CoordinateSystem?)
    /// A position that would lie in the Netherlands with latitude and longitude swapped.
    case swapped(index: Int, code: WijkCode, x: Double, y: Double)
    /// The map has no wijk of this gemeente; it holds wijken of these.
    case noWijkOf(GemeenteCode, holds: [GemeenteCode])
    /// None of the map's gemeenten is in the database; it holds wijken of these.
    case noGemeenteKnown(holds: [GemeenteCode])
    /// The map holds no feature at all.
    case empty

    public var description: String {
        switch self {
        case let .tooLarge(bytes, limit):
            "the map file has \(MessageText.count(bytes)) bytes, more than the \(MessageText.count(limit)) this reader takes: "
                + "use a generalised (simplified) wijk map or one with only your gemeente's wijken"
        case let .tooManyPositions(limit):
            "the map holds more than \(MessageText.count(limit)) positions: use a generalised (simplified) wijk map "
                + "or one with only your gemeente's wijken"
        case let .notJSON(problem, line, column):
            "not a JSON file: \(problem) at line \(line), column \(column)"
        case let .notAFeatureCollection(found):
            "not a GeoJSON FeatureCollection: the file holds \(found)"
        case let .unsupportedCoordinateSystem(name):
            "the map's coordinate system '\(name)' is neither WGS84 (EPSG:4326) nor RD New (EPSG:28992)"
        case let .notAFeature(index):
            "feature \(index) is not a GeoJSON Feature (a JSON object)"
        case let .noWijkCode(index):
            "feature \(index) has no wijk code: expected a property wijkcode, WK_CODE or statcode"
        case let .notAWijkCode(index, value):
            "feature \(index): '\(value)' is not a CBS wijk code (e.g. WK077201)"
        case let .noGeometry(index, code):
            "feature \(index) (\(code)) has no geometry"
        case let .wrongGeometry(index, code, type):
            "feature \(index) (\(code)) is a \(type): a wijk needs a Polygon or MultiPolygon"
        case let .malformedCoordinates(index, code, expected):
            "feature \(index) (\(code)): the coordinates are not \(expected)"
        case let .shortRing(index, code, positions):
            "feature \(index) (\(code)) has a ring of \(positions) position\(positions == 1 ? "" : "s"): a ring needs at least 4 "
                + "(the last repeating the first)"
        case let .notFinite(index, code):
            "feature \(index) (\(code)) has a coordinate that is not a number (NaN or infinite)"
        case let .outOfRange(index, code, x, y, system?):
            "feature \(index) (\(code)) has position [\(x), \(y)], outside the Netherlands in \(Self.name(system)), the coordinate system "
                + "of the rest of the map"
        case let .outOfRange(index, code, x, y, nil):
            "feature \(index) (\(code)) has position [\(x), \(y)], which lies in the Netherlands neither in WGS84 (longitude "
                + "3.0 to 7.5, latitude 50.5 to 53.8) nor in RD New (x -10,000 to 310,000, y 280,000 to 640,000 metres)"
        case let .swapped(index, code, x, y):
            "feature \(index) (\(code)) has position [\(x), \(y)]: latitude and longitude are swapped (GeoJSON writes the "
                + "longitude first)"
        case let .noWijkOf(gemeente, holds):
            "the map holds no wijk of \(gemeente); it holds wijken of \(Self.list(holds))"
        case let .noGemeenteKnown(holds):
            "the map holds no wijk of a gemeente in the database; it holds wijken of \(Self.list(holds))"
        case .empty:
            "the map holds no features"
        }
    }

    /// Gemeente codes for a message: all of them, or the first ten and how many more.
    private static func list(_ codes: [GemeenteCode]) -> String {
        codes.count <= 12 ? codes.map(\.rawValue).joined(separator: ", ")
            : codes.prefix(10).map(\.rawValue).joined(separator: ", ") + " and \(codes.count - 10) other gemeenten"
    }

    private static func name(_ system: WijkMap.CoordinateSystem) -> String {
        switch system {
        case .wgs84: "WGS84 (longitude, latitude)"
        case .rdNew: "RD New (metres)"
        }
    }
}
