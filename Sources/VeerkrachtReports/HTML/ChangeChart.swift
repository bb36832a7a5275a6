import VeerkrachtCore
import VeerkrachtPresentation

/// Change since the previous meting per construct: the difference of means as a dot with its 95%
/// interval around a zero line, and beside it the two means and the verdict in words. A filled
/// dot marks a significant change, an open dot a change that may be chance.
enum ChangeChart {
    /// One construct: its name and its change figures.
    struct Row {
        let name: String
        let change: ChangeFigures
    }

    private static let width = 900.0, plotLeft = 240.0, plotRight = 560.0, textLeft = 585.0
    private static let top = 30.0, rowHeight = 44.0

    static func render(_ rows: [Row], label: String) -> HTML {
        let axis = Axis(rows.compactMap { $0.change.values })
        let bottom = top + Double(rows.count) * rowHeight
        let x = { (value: Double) in
            plotLeft + (SVG.clamped(value, -axis.limit...axis.limit) + axis.limit) / (2 * axis.limit) * (plotRight - plotLeft)
        }
        var parts: [HTML] = [
            SVG.text("◀ lager", x: plotLeft, y: top - 14, cssClass: "band-name"),
            SVG.text("hoger ▶", x: plotRight, y: top - 14, anchor: "end", cssClass: "band-name"),
        ]
        parts += axis.ticks.map { value in
            .join([SVG.line(x1: x(value), y1: top - 6, x2: x(value), y2: bottom, cssClass: value == 0 ? "zero" : "grid"),
                   SVG.text(DutchNumber.signed(value), x: x(value), y: bottom + 16, anchor: "middle", cssClass: "tick")])
        }
        parts.append(SVG.text("verschil in punten op de schaal 0–10", x: (plotLeft + plotRight) / 2, y: bottom + 34, anchor: "middle", cssClass: "note"))
        for (index, row) in rows.enumerated() {
            parts.append(self.row(row, centre: top + (Double(index) + 0.5) * rowHeight, x: x))
        }
        return SVG.chart(width: width, height: bottom + 42, label: label, parts)
    }

    private static func row(_ row: Row, centre y: Double, x: (Double) -> Double) -> HTML {
        let name = SVG.wrap(row.name, width: 26)
        var parts = [SVG.lines(name, x: 0, y: y + 4.5 - Double(name.count - 1) * 7.5, cssClass: "row-label")]
        let verdict = ChangeVerdict(row.change)
        let verdictText = [verdict.marker, verdict.words].filter { !$0.isEmpty }.joined(separator: " ")
        guard let values = row.change.values else {
            parts.append(SVG.text(verdictText, x: textLeft, y: y + 4.5, cssClass: "verdict \(verdict.cssClass)"))
            return .join(parts)
        }
        var summary = "van \(DutchNumber.score(values.meanFrom)) naar \(DutchNumber.score(values.meanTo))"
        if let difference = values.difference {
            parts.append(SVG.whisker(x1: x(difference.interval.lower), x2: x(difference.interval.upper), y: y))
            parts.append(SVG.circle(x: x(difference.difference), y: y, radius: 6, cssClass: "dot change \(verdict.cssClass)"))
            summary += ": \(DutchNumber.signed(difference.difference)) (\(FigureText.differenceInterval(difference.interval)))"
        }
        parts.append(SVG.text(summary, x: textLeft, y: y - 2, cssClass: "value"))
        parts.append(SVG.text(verdictText, x: textLeft, y: y + 14, cssClass: "verdict \(verdict.cssClass)"))
        return .join(parts)
    }

    /// A symmetric axis around zero wide enough for every interval, with ticks at round steps; at
    /// most ±10, the whole scale (a wider interval, or one that is not a number, ends at the edge).
    private struct Axis {
        let limit: Double
        let ticks: [Double]

        init(_ values: [ChangeFigures.Values]) {
            let ends = values.compactMap(\.difference).flatMap { [abs($0.interval.lower), abs($0.interval.upper)] }
            let extent = SVG.clamped(ends.filter { !$0.isNaN }.max() ?? 0, 0...10)
            let step = extent <= 1.5 ? 0.5 : (extent <= 5 ? 1 : 2)
            limit = max(1, (extent / step).rounded(.up) * step)
            let count = Int((limit / step).rounded())
            ticks = (-count...count).map { Double($0) * step }
        }
    }
}
