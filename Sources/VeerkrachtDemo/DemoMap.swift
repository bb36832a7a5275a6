import Foundation
import VeerkrachtCore

/// Synthetic wijk boundaries for the demo gemeenten, in RD New: each gemeente a jittered grid of
/// cells around an invented centre, one cell per wijk, neighbours sharing their wavy borders
/// exactly. Deterministic: the same gemeenten give the same map.
///
/// ```swift
/// let map = DemoMap.make(generator.gemeenten)
/// try map.geoJSON().write(toFile: "kaart.geojson", atomically: true, encoding: .utf8)
/// ```
public enum DemoMap {
    /// The side of a grid cell, in metres.
    static let cell = 1_600.0
    /// Points between two grid vertices on a border, so the borders bend like real ones.
    static let bends = 12

    /// Where the named demo gemeenten lie (RD New, roughly their real centres); others get a place on a grid.
    static let centres: [String: (Double, Double)] = [
        "GM0772": (161_000, 384_000), "GM0153": (258_000, 471_000), "GM0164": (248_000, 478_000),
        "GM0106": (233_000, 557_000), "GM0114": (256_000, 533_000), "GM0088": (208_000, 607_000),
    ]

    /// The map of every wijk of `gemeenten`.
    public static func make(_ gemeenten: [DemoGemeente]) -> WijkMap {
        WijkMap(system: .rdNew, wijken: gemeenten.enumerated().flatMap { index, gemeente in
            wijken(of: gemeente, centre: centres[gemeente.code.rawValue]
                ?? (30_000 + Double(index % 25) * 10_000, 330_000 + Double(index / 25 % 25) * 10_000))
        })
    }

    private static func wijken(of gemeente: DemoGemeente, centre: (Double, Double)) -> [WijkMap.Wijk] {
        let count = gemeente.wijken.count
        let columns = Int(Double(count).squareRoot().rounded(.up))
        let rows = (count + columns - 1) / columns
        let seed = UInt64(gemeente.code.rawValue.dropFirst(2)) ?? 0
        let origin = (x: centre.0 - Double(columns) * cell / 2, y: centre.1 - Double(rows) * cell / 2)
        // Grid vertices, jittered by up to a quarter cell.
        func vertex(_ column: Int, _ row: Int) -> WijkMap.Point {
            var random = RandomSource(seed: seed, column, row)
            return WijkMap.Point(x: origin.x + (Double(column) + (random.unit() - 0.5) / 2) * cell,
                                 y: origin.y + (Double(row) + (random.unit() - 0.5) / 2) * cell)
        }
        // The border from vertex a to vertex b: the same points whichever cell walks it.
        func border(_ a: (Int, Int), _ b: (Int, Int)) -> [WijkMap.Point] {
            let (from, to) = a < b ? (a, b) : (b, a)
            let start = vertex(from.0, from.1), end = vertex(to.0, to.1)
            var random = RandomSource(seed: seed, from.0, from.1, to.0, to.1)
            let (phase, amplitude) = (random.unit() * 2 * .pi, cell * (0.02 + random.unit() * 0.05))
            let normal = (x: start.y - end.y, y: end.x - start.x)
            let length = (normal.x * normal.x + normal.y * normal.y).squareRoot()
            let points = (0..<bends).map { step in
                let t = Double(step) / Double(bends)
                let wave = sin(t * .pi) * sin(t * 3 * .pi + phase) * amplitude / length
                return WijkMap.Point(x: start.x + (end.x - start.x) * t + normal.x * wave, y: start.y + (end.y - start.y) * t + normal.y * wave)
            }
            return a < b ? points : [end] + points.dropFirst().reversed()
        }
        return gemeente.wijken.enumerated().map { index, wijk in
            let (column, row) = (index % columns, rows - 1 - index / columns)
            let corners = [(column, row), (column + 1, row), (column + 1, row + 1), (column, row + 1)]
            let ring = corners.indices.flatMap { border(corners[$0], corners[($0 + 1) % 4]) }
            return WijkMap.Wijk(code: wijk.code, name: wijk.naam, polygons: [WijkMap.Polygon(rings: [ring + [ring[0]]])])
        }
    }
}
