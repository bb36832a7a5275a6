import Foundation
import VeerkrachtCore

/// A wijk map placed on a drawing: north up, true to scale (RD New as metres; WGS84 with the
/// longitude shortened by cos(latitude)), fitted into a width and a largest height, each ring
/// simplified (Douglas–Peucker) to what can be seen at that size.
struct KaartGeometry {
    /// A point on the drawing (y grows downward).
    typealias Point = (x: Double, y: Double)

    let width: Double
    let height: Double
    /// Metres on the ground per unit of the drawing.
    let metresPerUnit: Double
    /// Every wijk's polygons as rings of drawing points, in the map's order.
    let shapes: [[[[Point]]]]

    /// - Parameter tolerance: the largest deviation simplification may cause, in drawing units.
    init(_ map: WijkMap, width: Double, maxHeight: Double, margin: Double, tolerance: Double = 0.5) {
        let latitude = map.system == .wgs84 ? Self.middleLatitude(map) * .pi / 180 : 0
        let shrink = map.system == .wgs84 ? cos(latitude) : 1
        let projected = map.wijken.map { wijk in wijk.polygons.map { $0.rings.map { $0.map { (x: $0.x * shrink, y: $0.y) } } } }
        var (minX, minY, maxX, maxY) = (Double.infinity, Double.infinity, -Double.infinity, -Double.infinity)
        for point in projected.joined().joined().joined() {
            (minX, maxX, minY, maxY) = (min(minX, point.x), max(maxX, point.x), min(minY, point.y), max(maxY, point.y))
        }
        let spanX = max(maxX - minX, 1e-9), spanY = max(maxY - minY, 1e-9)
        let scale = min((width - 2 * margin) / spanX, (maxHeight - 2 * margin) / spanY)
        let offsetX = (width - spanX * scale) / 2
        self.width = width
        height = (spanY * scale + 2 * margin).rounded(.up)
        metresPerUnit = (map.system == .wgs84 ? 111_320 : 1) / scale
        shapes = projected.map { polygons in
            polygons.compactMap { rings in
                let drawn = rings.map { ring in
                    Self.simplify(ring.map { (x: offsetX + ($0.x - minX) * scale, y: margin + (maxY - $0.y) * scale) }, tolerance: tolerance)
                }
                return drawn[0].count >= 4 ? drawn.filter { $0.count >= 4 } : nil
            }
        }
    }

    /// The latitude halfway between the map's southernmost and northernmost position.
    private static func middleLatitude(_ map: WijkMap) -> Double {
        var (low, high) = (Double.infinity, -Double.infinity)
        for wijk in map.wijken { for polygon in wijk.polygons { for point in polygon.rings[0] { (low, high) = (min(low, point.y), max(high, point.y)) } } }
        return (low + high) / 2
    }

    /// Douglas–Peucker: the fewest of `points` that stay within `tolerance` of the line through
    /// all of them; the first and last are always kept, and a closed ring is first split at the
    /// point farthest from its start. Iterative, so a long ring cannot overflow the stack.
    static func simplify(_ points: [Point], tolerance: Double) -> [Point] {
        guard points.count > 4 else { return points }
        let closed = points[0] == points[points.count - 1]
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (first, last) = stack.popLast() {
            guard last > first + 1 else { continue }
            var (farthest, distance) = (first, 0.0)
            for index in first + 1..<last {
                let d = Self.distance(points[index], from: points[first], to: points[last])
                if d > distance { (farthest, distance) = (index, d) }
            }
            // A closed ring's ends coincide: split it at its farthest point whatever the tolerance.
            if distance > tolerance || (closed && first == 0 && last == points.count - 1 && farthest > first) {
                keep[farthest] = true
                stack.append((first, farthest))
                stack.append((farthest, last))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    /// The distance from `point` to the segment from `a` to `b`.
    private static func distance(_ point: Point, from a: Point, to b: Point) -> Double {
        let (dx, dy) = (b.x - a.x, b.y - a.y)
        let length = dx * dx + dy * dy
        let t = length == 0 ? 0 : max(0, min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length))
        return hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy))
    }

    /// The SVG path of a wijk's polygons (holes cut out with the even-odd rule).
    static func path(_ polygons: [[[Point]]]) -> String {
        var d = ""
        for ring in polygons.joined() {
            for (index, point) in ring.dropLast().enumerated() {
                d += (index == 0 ? "M" : "L") + SVG.number(point.x) + " " + SVG.number(point.y)
            }
            d += "Z"
        }
        return d
    }

    /// Hatching: lines rising to the right, `spacing` apart, inside the polygons and outside their
    /// holes, as an SVG path. The lines lie on one grid whatever the polygon, so the hatching of
    /// neighbours lines up. Drawn lines rather than a fill pattern: the page refers to nothing by url.
    static func hatch(_ polygons: [[[Point]]], spacing: Double) -> String {
        let step = spacing * 2.0.squareRoot()
        var d = ""
        for polygon in polygons {
            let sums = polygon.joined().map { $0.x + $0.y }
            guard let low = sums.min(), let high = sums.max() else { continue }
            var c = ((low / step).rounded(.down) + 1) * step
            while c < high {
                var crossings: [Point] = []
                for ring in polygon {
                    for (a, b) in zip(ring, ring.dropFirst()) {
                        let (fa, fb) = (a.x + a.y - c, b.x + b.y - c)
                        guard (fa <= 0) != (fb <= 0) else { continue }
                        let t = fa / (fa - fb)
                        crossings.append((a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)))
                    }
                }
                crossings.sort { $0.x < $1.x }
                for pair in stride(from: 0, to: crossings.count - 1, by: 2) {
                    let (a, b) = (crossings[pair], crossings[pair + 1])
                    d += "M" + SVG.number(a.x) + " " + SVG.number(a.y) + "L" + SVG.number(b.x) + " " + SVG.number(b.y)
                }
                c += step
            }
        }
        return d
    }

    /// Where a wijk's label goes and how much room it has: the middle of the widest stretch inside
    /// the largest polygon (outside its holes) along the horizontal line through the centroid of
    /// its outer ring, and that polygon's height.
    static func labelPlace(_ polygons: [[[Point]]]) -> (point: Point, room: Double, height: Double)? {
        guard let largest = polygons.max(by: { abs(area($0[0])) < abs(area($1[0])) }) else { return nil }
        let ys = largest[0].map(\.y)
        let y = centroid(largest[0])?.y ?? (ys.min()! + ys.max()!) / 2
        var crossings: [Double] = []
        for ring in largest {
            for (a, b) in zip(ring, ring.dropFirst()) where (a.y <= y) != (b.y <= y) {
                crossings.append(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x))
            }
        }
        crossings.sort()
        let stretches = stride(from: 0, to: crossings.count - 1, by: 2).map { (crossings[$0], crossings[$0 + 1]) }
        guard let widest = stretches.max(by: { $0.1 - $0.0 < $1.1 - $1.0 }) else { return nil }
        return ((x: (widest.0 + widest.1) / 2, y: y), widest.1 - widest.0, ys.max()! - ys.min()!)
    }

    /// The signed area of a closed ring (the shoelace formula).
    private static func area(_ ring: [Point]) -> Double {
        zip(ring, ring.dropFirst()).reduce(0) { $0 + ($1.0.x * $1.1.y - $1.1.x * $1.0.y) } / 2
    }

    private static func centroid(_ ring: [Point]) -> Point? {
        let a = area(ring)
        guard abs(a) > 1e-9 else { return nil }
        let sum = zip(ring, ring.dropFirst()).reduce((x: 0.0, y: 0.0)) { total, edge in
            let cross = edge.0.x * edge.1.y - edge.1.x * edge.0.y
            return (total.x + (edge.0.x + edge.1.x) * cross, total.y + (edge.0.y + edge.1.y) * cross)
        }
        return (sum.x / (6 * a), sum.y / (6 * a))
    }
}
