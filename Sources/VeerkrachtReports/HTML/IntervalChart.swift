import VeerkrachtCore
import VeerkrachtPresentation

/// Means with their 95% intervals on the 0–10 scale (a dot and a whisker per construct), with the
/// comparison area's mean as an open diamond and the numbers beside every row.
enum IntervalChart {
    /// One construct: the area's figures and those of the comparison area.
    struct Row {
        let name: String
        let figures: ScoreFigures
        let comparison: ScoreFigures?
    }

    private static let width = 900.0, plotLeft = 240.0, plotRight = 700.0, numbersLeft = 722.0
    private static let top = 30.0, rowHeight = 44.0

    /// - Parameters:
    ///   - comparisonName: how the comparison reads beside a row, e.g. "gemeente".
    ///   - label: what the chart shows, for screen readers.
    static func render(_ rows: [Row], comparisonName: String, label: String, bands: ScoreBands) -> HTML {
        let bottom = top + Double(rows.count) * rowHeight
        var parts = BandStrip.render(x: x, top: top - 10, bands: bands)
        parts += (0...5).map { tick in
            let value = Double(tick * 2), at = x(value)
            return .join([SVG.line(x1: at, y1: top - 4, x2: at, y2: bottom, cssClass: "grid"),
                          SVG.text(DutchNumber.format(value, decimals: 0), x: at, y: bottom + 16, anchor: "middle", cssClass: "tick")])
        }
        for (index, row) in rows.enumerated() {
            parts.append(self.row(row, centre: top + (Double(index) + 0.5) * rowHeight, comparisonName: comparisonName))
        }
        return SVG.chart(width: width, height: bottom + 24, label: label, parts)
    }

    /// The corners of a diamond around (x, y).
    static func diamond(x: Double, y: Double, size: Double) -> [(x: Double, y: Double)] {
        [(x, y - size), (x + size, y), (x, y + size), (x - size, y)]
    }

    private static func x(_ value: Double) -> Double {
        plotLeft + SVG.clamped(value, 0...10) / 10 * (plotRight - plotLeft)
    }

    private static func row(_ row: Row, centre y: Double, comparisonName: String) -> HTML {
        let name = SVG.wrap(row.name, width: 26)
        var parts = [SVG.lines(name, x: 0, y: y + 4.5 - Double(name.count - 1) * 7.5, cssClass: "row-label")]
        if let comparison = row.comparison?.values {
            parts.append(SVG.polygon(diamond(x: x(comparison.mean), y: y, size: 7), cssClass: "comparison-mark"))
        }
        var note: [String] = []
        if let values = row.figures.values {
            if let interval = values.interval {
                parts.append(SVG.whisker(x1: x(interval.lower), x2: x(interval.upper), y: y))
            }
            parts.append(SVG.circle(x: x(values.mean), y: y, radius: 6, cssClass: "dot level"))
            parts.append(SVG.text(FigureText.levelWithInterval(row.figures), x: numbersLeft, y: y - 2, cssClass: "value"))
            if row.figures.status == .indicatief { note.append("indicatief") }
        } else {
            let words = SVG.wrap(FigureText.level(row.figures), width: 22)   // "aanvullend onderdrukt", "(n = 120)"
            parts.append(SVG.text(words[0], x: numbersLeft, y: y - 2, cssClass: "value withheld"))
            note += words.dropFirst()
        }
        if let comparison = row.comparison {
            note.append("\(comparisonName) \(FigureText.level(comparison))")
        }
        parts.append(SVG.text(note.joined(separator: " · "), x: numbersLeft, y: y + 14, cssClass: "note"))
        return .join(parts)
    }
}
