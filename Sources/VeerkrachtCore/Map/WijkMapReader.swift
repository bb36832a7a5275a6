import Foundation

/// Reads wijk boundaries from GeoJSON as CBS and PDOK publish them (the CBS Wijk- en Buurtkaart):
/// a `FeatureCollection` whose features carry the wijk code in a property `wijkcode`, `WK_CODE` or
/// `statcode` (tried in that order, in any case) and the name in `wijknaam`, `WK_NAAM` or
/// `statnaam`, with Polygon or MultiPolygon geometries in WGS84 or RD New. The old-style `crs`
/// member says which; without it the first position decides, and every position must then lie in
/// the Netherlands in that system. A wijk in several features is one wijk with all their polygons.
///
/// ```swift
/// let map = try WijkMapReader.read(try Data(contentsOf: url))
/// ```
public enum WijkMapReader {
    /// How much the reader takes, so that a huge file fails with a message instead of exhausting memory.
    public struct Limits: Sendable {
        /// The largest file, in bytes.
        public var maximumBytes: Int
        /// The most positions over all features.
        public var maximumPositions: Int

        public init(maximumBytes: Int = 200_000_000, maximumPositions: Int = 10_000_000) {
            self.maximumBytes = maximumBytes
            self.maximumPositions = maximumPositions
        }
    }

    /// The properties that may hold the wijk code, and the name, in the order they are tried.
    static let codeProperties = ["wijkcode", "wk_code", "statcode"]
    static let nameProperties = ["wijknaam", "wk_naam", "statnaam"]

    /// The map in `data`; throws a `WijkMapError` naming the problem and the feature.
    public static func read(_ data: Data, limits: Limits = Limits()) throws -> WijkMap {
        guard data.count <= limits.maximumBytes else { throw WijkMapError.tooLarge(bytes: data.count, limit: limits.maximumBytes) }
        let root = try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do {
                return try GeoJSONParser.parse(bytes, maximumPositions: limits.maximumPositions)
            } catch let error as GeoJSONParser.SyntaxError {
                let before = bytes[..<min(error.offset, bytes.count)]
                let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                let column = before.count - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
                throw WijkMapError.notJSON(error.problem, line: line, column: column)
            } catch is GeoJSONParser.TooManyPositions {
                throw WijkMapError.tooManyPositions(limit: limits.maximumPositions)
            }
        }
        guard case .string("FeatureCollection") = root["type"] else { throw WijkMapError.notAFeatureCollection(found: root.kind) }
        guard case .array(let features) = root["features"] else {
            throw WijkMapError.notAFeatureCollection(found: "a FeatureCollection without a list of features")
        }
        guard !features.isEmpty else { throw WijkMapError.empty }
        var system = try declaredSystem(root["crs"])
        var wijken: [WijkCode: (name: String?, polygons: [WijkMap.Polygon])] = [:]
        for (index, feature) in features.enumerated() {
            let (code, name, polygons) = try read(feature, index: index)
            let decided = try system ?? decide(polygons[0].rings[0][0], index: index, code: code)
            system = decided
            try check(polygons, in: decided, index: index, code: code)
            wijken[code, default: (name, [])].polygons += polygons
            if wijken[code]?.name == nil { wijken[code]?.name = name }
        }
        return WijkMap(system: system!, wijken: wijken.map { WijkMap.Wijk(code: $0.key, name: $0.value.name, polygons: $0.value.polygons) })
    }

    /// The system the `crs` member names, if there is one.
    private static func declaredSystem(_ crs: GeoJSONValue?) throws -> WijkMap.CoordinateSystem? {
        guard let crs, case .string(let name) = crs["properties"]?["name"] else { return nil }
        if name.hasSuffix("28992") { return .rdNew }
        if name.hasSuffix("4326") || name.uppercased().hasSuffix("CRS84") { return .wgs84 }
        throw WijkMapError.unsupportedCoordinateSystem(name)
    }

    /// A feature's wijk code, name and polygons (each with rings of at least four finite positions).
    private static func read(_ feature: GeoJSONValue, index: Int) throws -> (WijkCode, String?, [WijkMap.Polygon]) {
        guard case .object = feature else { throw WijkMapError.notAFeature(index: index) }
        guard let value = property(feature["properties"], codeProperties) else { throw WijkMapError.noWijkCode(index: index) }
        guard let code = WijkCode(value.trimmingCharacters(in: .whitespaces)) else { throw WijkMapError.notAWijkCode(index: index, value: value) }
        let name = property(feature["properties"], nameProperties).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let geometry = feature["geometry"], case .object = geometry else { throw WijkMapError.noGeometry(index: index, code: code) }
        guard case .string(let type) = geometry["type"] else { throw WijkMapError.wrongGeometry(index: index, code: code, type: "geometry without a type") }
        let polygons: [WijkMap.Polygon]
        switch (type, geometry["coordinates"]) {
        case ("Polygon", .coordinates(let coordinates)?):
            polygons = [try polygon(coordinates, index: index, code: code, expected: "a list of rings, as a Polygon needs")]
        case ("MultiPolygon", .coordinates(.list(let list))?) where !list.isEmpty:
            polygons = try list.map { try polygon($0, index: index, code: code, expected: "a list of polygons, as a MultiPolygon needs") }
        case ("Polygon", _):
            throw WijkMapError.malformedCoordinates(index: index, code: code, expected: "a list of rings, as a Polygon needs")
        case ("MultiPolygon", _):
            throw WijkMapError.malformedCoordinates(index: index, code: code, expected: "a list of polygons, as a MultiPolygon needs")
        default:
            throw WijkMapError.wrongGeometry(index: index, code: code, type: type)
        }
        return (code, name?.isEmpty == true ? nil : name, polygons)
    }

    private static func polygon(_ coordinates: GeoJSONValue.Coordinates, index: Int, code: WijkCode, expected: String) throws -> WijkMap.Polygon {
        guard case .list(let list) = coordinates, !list.isEmpty else {
            throw WijkMapError.malformedCoordinates(index: index, code: code, expected: expected)
        }
        let rings = try list.map { element in
            guard case .ring(let ring) = element else { throw WijkMapError.malformedCoordinates(index: index, code: code, expected: expected) }
            guard ring.count >= 4 else { throw WijkMapError.shortRing(index: index, code: code, positions: ring.count) }
            return ring
        }
        return WijkMap.Polygon(rings: rings)
    }

    /// The first property of `names` (ignoring case) that holds a string or number.
    private static func property(_ properties: GeoJSONValue?, _ names: [String]) -> String? {
        guard case .object(let members)? = properties else { return nil }
        for name in names {
            if let text = members.first(where: { $0.key.lowercased() == name })?.value.text { return text }
        }
        return nil
    }

    /// The system of a file without `crs`, from its first position.
    private static func decide(_ point: WijkMap.Point, index: Int, code: WijkCode) throws -> WijkMap.CoordinateSystem {
        guard point.x.isFinite && point.y.isFinite else { throw WijkMapError.notFinite(index: index, code: code) }
        if Ranges.wgs84(point) { return .wgs84 }
        if Ranges.rdNew(point) { return .rdNew }
        if Ranges.wgs84(WijkMap.Point(x: point.y, y: point.x)) { throw WijkMapError.swapped(index: index, code: code, x: point.x, y: point.y) }
        throw WijkMapError.outOfRange(index: index, code: code, x: point.x, y: point.y, system: nil)
    }

    /// Every position finite and in the Netherlands in `system`.
    private static func check(_ polygons: [WijkMap.Polygon], in system: WijkMap.CoordinateSystem, index: Int, code: WijkCode) throws {
        let inside = system == .wgs84 ? Ranges.wgs84 : Ranges.rdNew
        for ring in polygons.lazy.flatMap(\.rings) {
            for point in ring where !inside(point) {
                guard point.x.isFinite && point.y.isFinite else { throw WijkMapError.notFinite(index: index, code: code) }
                if system == .wgs84 && inside(WijkMap.Point(x: point.y, y: point.x)) {
                    throw WijkMapError.swapped(index: index, code: code, x: point.x, y: point.y)
                }
                throw WijkMapError.outOfRange(index: index, code: code, x: point.x, y: point.y, system: system)
            }
        }
    }

    /// Where the Netherlands lies, generously (the Wadden islands and the borders included).
    enum Ranges {
        static func wgs84(_ point: WijkMap.Point) -> Bool { (3.0...7.5).contains(point.x) && (50.5...53.8).contains(point.y) }
        static func rdNew(_ point: WijkMap.Point) -> Bool { (-10_000...310_000).contains(point.x) && (280_000...640_000).contains(point.y) }
    }
}
