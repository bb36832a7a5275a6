import VeerkrachtCore

/// Means with their 95% intervals on the 0–10 scale (a dot and a whisker per construct), with the
/// comparison area's mean as an open diamond and the numbers beside every row.
enum IntervalChart {
    /// One construct: the area's figures and those of the comparison area.
    struct Row {
        let name: String
        let figures: ScoreFigures
        let comparison: ScoreFigures?
    }

    private static let width = 900.0, plotLeft = 240.0, plotRight = 650.0, numbersLeft = 675.0
    private static let top = 30.0, rowHeight = 48.0

    /// - Parameters:
    ///   - comparisonName: how the comparison reads beside a row, e.g. "gemeente".
    ///   - label: what the chart shows, for screen readers.
    static func render(_ rows: [Row], comparisonName: String, label: String) -> Markup {
        let bottom = top + Double(rows.count) * rowHeight
        var parts = ScaleBackground.bands(x: x, top: top - 8, bottom: bottom, labelY: top - 14)
        parts += (0...5).map { tick in
            let value = Double(tick * 2), at = x(value)
            return .join([SVG.line(x1: at, y1: top - 8, x2: at, y2: bottom, cssClass: "grid"),
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
        plotLeft + min(10, max(0, value)) / 10 * (plotRight - plotLeft)
    }

    private static func row(_ row: Row, centre y: Double, comparisonName: String) -> Markup {
        let name = SVG.wrap(row.name, width: 30)
        var parts = [SVG.lines(name, x: 0, y: y + 4.5 - Double(name.count - 1) * 7.5, cssClass: "row-label")]
        if let comparison = row.comparison?.values {
            parts.append(SVG.shape(diamond(x: x(comparison.mean), y: y, size: 7), closed: true, cssClass: "comparison-mark"))
        }
        var note: [String] = []
        if let values = row.figures.values {
            if let interval = values.interval {
                parts.append(SVG.line(x1: x(interval.lower), y1: y, x2: x(interval.upper), y2: y, cssClass: "whisker"))
                parts += [interval.lower, interval.upper].map { SVG.line(x1: x($0), y1: y - 6, x2: x($0), y2: y + 6, cssClass: "whisker") }
            }
            parts.append(SVG.circle(x: x(values.mean), y: y, radius: 6, cssClass: "dot level"))
            parts.append(SVG.text(FigureText.levelWithInterval(row.figures), x: numbersLeft, y: y - 2, cssClass: "value"))
            if row.figures.status == .indicatief { note.append("indicatief") }
        } else {
            parts.append(SVG.text("te weinig respondenten om te tonen", x: (plotLeft + plotRight) / 2, y: y + 4.5, anchor: "middle", cssClass: "gap-note"))
            parts.append(SVG.text(FigureText.level(row.figures), x: numbersLeft, y: y - 2, cssClass: "value withheld"))
        }
        if let comparison = row.comparison {
            note.append("\(comparisonName) \(FigureText.level(comparison))")
        }
        parts.append(SVG.text(note.joined(separator: " · "), x: numbersLeft, y: y + 14, cssClass: "note"))
        return .join(parts)
    }
}
