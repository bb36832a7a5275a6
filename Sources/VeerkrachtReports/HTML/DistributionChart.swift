import VeerkrachtCore

/// The share of residents scoring laag, midden and hoog per construct: one stacked bar per
/// construct with the percentages written on (or, where a part is too narrow, just under) it.
enum DistributionChart {
    private static let width = 900.0, barWidth = 760.0, rowHeight = 62.0
    private static let labelWidth = 40.0, characterWidth = 7.0

    /// - Parameter rows: construct names with their figures.
    static func render(_ rows: [(name: String, figures: ScoreFigures)], label: String) -> Markup {
        let parts = rows.enumerated().map { index, row in
            self.row(name: row.name, figures: row.figures, top: Double(index) * rowHeight)
        }
        return SVG.chart(width: width, height: Double(rows.count) * rowHeight, label: label, parts)
    }

    private static func row(name: String, figures: ScoreFigures, top: Double) -> Markup {
        let barTop = top + 22, barHeight = 22.0
        var parts = [SVG.text(name, x: 0, y: top + 15, cssClass: "row-label")]
        let count = [FigureText.n(figures.n)] + (figures.status == .indicatief ? ["indicatief"] : [])
        parts.append(SVG.text(count.joined(separator: " · "), x: width, y: barTop + 16, anchor: "end", cssClass: "note"))
        guard let values = figures.values else {
            parts.append(SVG.rect(x: 0, y: barTop, width: barWidth, height: barHeight, cssClass: "withheld-bar"))
            parts.append(SVG.text("\(FigureText.level(figures)): te weinig respondenten om te tonen",
                                  x: barWidth / 2, y: barTop + 15.5, anchor: "middle", cssClass: "gap-note"))
            return .join(parts)
        }
        let shares: [(Category, Double)] = [
            (.laag, values.percentLaag),
            (.midden, max(0, 100 - values.percentLaag - values.percentHoog)),
            (.hoog, values.percentHoog),
        ]
        var left = 0.0, freeFrom = -Double.infinity
        for (category, share) in shares where share > 0 {
            let segment = share / 100 * barWidth
            parts.append(SVG.rect(x: left, y: barTop, width: segment, height: barHeight, cssClass: "segment \(category.rawValue)"))
            let text = FigureText.percent(share)
            if segment >= labelWidth {
                parts.append(SVG.text(text, x: left + segment / 2, y: barTop + 15.5, anchor: "middle", cssClass: "segment-label"))
            } else {
                let half = Double(text.count) * characterWidth / 2
                let centre = max(left + segment / 2, freeFrom + half + 4)
                parts.append(SVG.text(text, x: centre, y: barTop + barHeight + 13, anchor: "middle", cssClass: "segment-label outside"))
                freeFrom = centre + half
            }
            left += segment
        }
        return .join(parts)
    }
}
