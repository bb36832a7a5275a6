import VeerkrachtCore
import VeerkrachtPresentation

/// Every meting of an area as small multiples: one small line chart per construct, two per row,
/// all on the same 0–10 axis. A point is a mean with its 95% interval (lighter when indicatief);
/// a thick segment with ▲ or ▼ marks a significant change between consecutive metingen. A
/// withheld point is a hollow grey marker under the axis labelled "onderdrukt", never a value; a
/// meting without respondents reads "geen".
enum TrendChart {
    private static let width = 900.0, columns = 2, panelWidth = 450.0
    private static let plotInset = 40.0, plotEnd = 420.0, plotTop = 34.0, plotHeight = 112.0, pointInset = 26.0

    static func render(_ trend: Trend, label: String) -> HTML {
        let rows = (trend.series.count + columns - 1) / columns
        // Room under the axis for withheld points, only when there are any.
        let lane = trend.series.contains { $0.points.contains { $0.values == nil } } ? 44.0 : 0
        let panelHeight = plotTop + plotHeight + lane + 52
        let panels = trend.series.enumerated().map { index, series in
            panel(series, metingen: trend.metingen, lane: lane,
                  x: Double(index % columns) * panelWidth, y: Double(index / columns) * panelHeight)
        }
        return SVG.chart(width: width, height: Double(rows) * panelHeight, label: label, panels)
    }

    private static func panel(_ series: Trend.Series, metingen: [String], lane: Double, x left: Double, y top: Double) -> HTML {
        let plotLeft = left + plotInset, plotRight = left + plotEnd
        let bottom = top + plotTop + plotHeight
        let y = { (value: Double) in bottom - SVG.clamped(value, 0...10) / 10 * plotHeight }
        let x = { (index: Int) -> Double in
            guard metingen.count > 1 else { return (plotLeft + plotRight) / 2 }
            return plotLeft + pointInset + Double(index) / Double(metingen.count - 1) * (plotRight - plotLeft - 2 * pointInset)
        }
        var parts: [HTML] = [SVG.text(series.name, x: left, y: top + 16, cssClass: "row-label")]
        for tick in stride(from: 0, through: 10, by: 2) {
            let at = y(Double(tick))
            parts.append(SVG.line(x1: plotLeft, y1: at, x2: plotRight, y2: at, cssClass: tick == 0 ? "trend-base" : "grid"))
            parts.append(SVG.text(String(tick), x: plotLeft - 6, y: at + 4, anchor: "end", cssClass: "tick"))
        }
        for (index, step) in series.steps.enumerated() {
            guard let from = series.points[index].values, let to = series.points[index + 1].values else { continue }
            let verdict = ChangeVerdict(step)
            let significant = verdict == .rose || verdict == .fell
            let (x1, y1, x2, y2) = (x(index), y(from.mean), x(index + 1), y(to.mean))
            parts.append(SVG.line(x1: x1, y1: y1, x2: x2, y2: y2, cssClass: significant ? "trend-step significant" : "trend-step"))
            if significant {
                parts.append(SVG.text(verdict.marker, x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 8, anchor: "middle", cssClass: "trend-marker halo"))
            }
        }
        for (index, point) in series.points.enumerated() {
            let at = x(index)
            if let values = point.values {
                if let interval = values.interval {
                    let (upper, lower) = (y(interval.upper), y(interval.lower))
                    parts += [SVG.line(x1: at, y1: upper, x2: at, y2: lower, cssClass: "whisker"),
                              SVG.line(x1: at - 4, y1: upper, x2: at + 4, y2: upper, cssClass: "whisker"),
                              SVG.line(x1: at - 4, y1: lower, x2: at + 4, y2: lower, cssClass: "whisker")]
                }
                let indicatief = point.status == .indicatief
                parts.append(SVG.circle(x: at, y: y(values.mean), radius: 5, cssClass: indicatief ? "trend-dot indicatief" : "trend-dot"))
                let above = y(values.interval?.upper ?? values.mean) - 7
                parts.append(SVG.text(DutchNumber.score(values.mean), x: at + 7, y: max(top + plotTop - 4, above), cssClass: "trend-value halo"))
            } else if point.n > 0 {
                parts.append(SVG.circle(x: at, y: bottom + 13, radius: 5, cssClass: "trend-withheld"))
                parts.append(centred(SVG.wrap(FigureText.withheld(point.reason), width: 10), x: at, y: bottom + 31, cssClass: "trend-status"))
            } else {
                parts.append(SVG.text("geen", x: at, y: bottom + 18, anchor: "middle", cssClass: "trend-status"))
            }
            parts.append(centred(axisLabel(metingen[index], crowded: metingen.count > 3), x: at, y: bottom + lane + 20, cssClass: "tick trend-meting"))
        }
        return .join(parts)
    }

    /// Lines of text centred on x, 14 units apart, the first baseline at y.
    private static func centred(_ lines: [String], x: Double, y: Double, cssClass: String) -> HTML {
        .join(lines.enumerated().map { SVG.text($1, x: x, y: y + Double($0) * 14, anchor: "middle", cssClass: cssClass) })
    }

    /// A meting's label under its point: on two lines at the first dash ("2025" / "voorjaar")
    /// when many metingen share the axis.
    private static func axisLabel(_ label: String, crowded: Bool) -> [String] {
        guard crowded, let dash = label.firstIndex(of: "-") else { return [label] }
        return [String(label[..<dash]), String(label[label.index(after: dash)...])]
    }
}
