/// Wijk boundaries read from a GeoJSON file (`WijkMapReader`): every wijk's polygons in the file's
/// coordinate system, WGS84 (longitude, latitude) or RD New (metres).
///
/// ```swift
/// let map = try WijkMapReader.read(data)
/// let eindhoven = try map.keeping(gemeente: GemeenteCode("GM0772")!)
/// ```
public struct WijkMap: Sendable, Equatable {
    /// How the positions are written.
    public enum CoordinateSystem: String, Sendable, Equatable {
        /// EPSG:4326: x is the longitude, y the latitude, in degrees.
        case wgs84
        /// EPSG:28992 (Rijksdriehoeksstelsel): x and y in metres.
        case rdNew
    }

    /// A position: longitude and latitude (WGS84) or x and y in metres (RD New).
    public struct Point: Sendable, Equatable {
        public let x: Double
        public let y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// A polygon: its outer ring first, then its holes. A ring is closed (its last position
    /// repeats the first) and has at least four positions.
    public struct Polygon: Sendable, Equatable {
        public let rings: [[Point]]

        public init(rings: [[Point]]) { self.rings = rings }
    }

    /// One wijk: its code, its name if the file gives one, and its polygons (more than one for a
    /// wijk in parts, such as islands).
    public struct Wijk: Sendable, Equatable {
        public let code: WijkCode
        public let name: String?
        public let polygons: [Polygon]

        public init(code: WijkCode, name: String?, polygons: [Polygon]) {
            self.code = code
            self.name = name
            self.polygons = polygons
        }
    }

    public let system: CoordinateSystem
    /// The wijken, by code.
    public let wijken: [Wijk]

    public init(system: CoordinateSystem, wijken: [Wijk]) {
        self.system = system
        self.wijken = wijken.sorted { $0.code < $1.code }
    }

    /// The gemeenten the map has wijken of, by code.
    public var gemeenten: [GemeenteCode] { Set(wijken.map(\.code.gemeente)).sorted() }

    /// The map with only the wijken of `gemeente`; refused with `WijkMapError.noWijkOf` when it
    /// has none (the error names the gemeenten it does hold).
    public func keeping(gemeente: GemeenteCode) throws -> WijkMap {
        let kept = wijken.filter { $0.code.gemeente == gemeente }
        guard !kept.isEmpty else { throw WijkMapError.noWijkOf(gemeente, holds: gemeenten) }
        return WijkMap(system: system, wijken: kept)
    }

    /// The number of positions, over every ring.
    public var positionCount: Int {
        wijken.reduce(0) { $0 + $1.polygons.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } } }
    }
}
