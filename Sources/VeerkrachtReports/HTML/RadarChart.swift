import Foundation
import VeerkrachtCore
import VeerkrachtPresentation

/// The "spinnenweb": one axis per hulpbron from 0 in the centre to 10 at the rim, the area as a
/// solid shape and the comparison area as a dashed one. A withheld cell is not plotted: the shape
/// is left open at that axis and the axis says why.
enum RadarChart {
    /// One axis: a hulpbron with the area's and the comparison area's figures.
    struct Axis {
        let name: String
        let figures: ScoreFigures
        let comparison: ScoreFigures?
    }

    private static let width = 640.0, height = 436.0, centre = (x: 320.0, y: 240.0), radius = 150.0, lineHeight = 16.0

    static func render(_ axes: [Axis], label: String) -> HTML {
        var parts: [HTML] = (1...5).map { ring in
            SVG.polygon(axes.indices.map { point(axis: $0, of: axes.count, value: Double(ring * 2)) },
                        cssClass: ring == 5 ? "ring outer" : "ring")
        }
        for index in axes.indices {
            let rim = point(axis: index, of: axes.count, value: 10)
            parts.append(SVG.line(x1: centre.x, y1: centre.y, x2: rim.x, y2: rim.y, cssClass: "spoke"))
            parts.append(axisLabel(axes[index], index: index, of: axes.count))
        }
        parts.append(series(axes.map { $0.comparison?.values?.mean }, cssClass: "comparison"))
        parts.append(series(axes.map { $0.figures.values?.mean }, cssClass: "area"))
        parts += (1...5).map { ring in
            let at = point(axis: 0, of: axes.count, value: Double(ring * 2))
            return SVG.text(DutchNumber.format(Double(ring * 2), decimals: 0), x: at.x + 5, y: at.y + 4, cssClass: "tick halo")
        }
        return SVG.chart(width: width, height: height, label: label, parts)
    }

    /// The shape through the values present: closed and filled when all are there, otherwise only
    /// the sides between neighbouring axes that both have a value.
    private static func series(_ values: [Double?], cssClass: String) -> HTML {
        let points = values.enumerated().map { index, value in
            value.map { point(axis: index, of: values.count, value: SVG.clamped($0, 0...10)) }
        }
        var parts: [HTML] = []
        if points.allSatisfy({ $0 != nil }) {
            parts.append(SVG.polygon(points.compactMap { $0 }, cssClass: "series-shape \(cssClass)"))
        } else {
            for index in points.indices {
                guard let from = points[index], let to = points[(index + 1) % points.count], points.count > 1 else { continue }
                parts.append(SVG.line(x1: from.x, y1: from.y, x2: to.x, y2: to.y, cssClass: "series-line \(cssClass)"))
            }
        }
        parts += points.compactMap { $0 }.map { SVG.circle(x: $0.x, y: $0.y, radius: 4, cssClass: "series-dot \(cssClass)") }
        return .join(parts)
    }

    /// The hulpbron's name outside the rim with the two scores under it; a withheld score says so.
    private static func axisLabel(_ axis: Axis, index: Int, of count: Int) -> HTML {
        let at = point(axis: index, of: count, value: 11.2)
        let centred = abs(at.x - centre.x) < 20
        let anchor = centred ? "middle" : (at.x > centre.x ? "start" : "end")
        let comparison = axis.comparison.map { "gemeente \(FigureText.level($0))" }
        var lines: [(text: HTML, cssClass: String)] = SVG.wrap(axis.name, width: 18).map { (.text($0), "axis-label") }
        if let values = axis.figures.values {
            let area = tag("tspan", ["class": "area-value"], .text(DutchNumber.score(values.mean)))
            lines.append((comparison.map { "\(area) · \($0)" } ?? area, "axis-value"))
        } else {
            // Beside the rim the words break after "aanvullend onderdrukt"; above or below the centre they have room.
            lines += SVG.wrap(FigureText.level(axis.figures), width: centred ? 32 : 22).map { (.text($0), "gap-note") }
            if let comparison { lines.append((.text(comparison), "axis-value")) }
        }
        let above = at.y < centre.y - 20
        let firstY = above ? at.y - Double(lines.count - 1) * lineHeight : at.y + (centred ? 12 : 4)
        return .join(lines.enumerated().map { offset, line in
            let y = firstY + Double(offset) * lineHeight
            return tag("text", ["x": SVG.number(at.x), "y": SVG.number(y), "text-anchor": anchor, "class": line.cssClass], line.text)
        })
    }

    private static func point(axis index: Int, of count: Int, value: Double) -> (x: Double, y: Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
        let distance = radius * value / 10
        return (centre.x + distance * cos(angle), centre.y + distance * sin(angle))
    }
}
