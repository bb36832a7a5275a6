import VeerkrachtCore
import VeerkrachtPresentation

/// The share of residents scoring laag, midden and hoog per construct: one stacked bar per
/// construct with the percentages (of fewer than 30 residents: the counts, "3 van 12") written on
/// (or, where a part is too narrow, just under) it.
enum DistributionChart {
    private static let width = 900.0, barLeft = 240.0, barRight = 820.0, rowHeight = 42.0, barHeight = 21.0
    private static let labelWidth = 44.0, characterWidth = 7.0

    /// - Parameter rows: construct names with their figures.
    static func render(_ rows: [(name: String, figures: ScoreFigures)], label: String) -> HTML {
        let parts = rows.enumerated().map { index, row in
            self.row(name: row.name, figures: row.figures, top: Double(index) * rowHeight)
        }
        return SVG.chart(width: width, height: Double(rows.count) * rowHeight, label: label, parts)
    }

    private static func row(name: String, figures: ScoreFigures, top: Double) -> HTML {
        let barTop = top + 4, middle = top + 4 + barHeight / 2
        let nameLines = SVG.wrap(name, width: 26)
        var parts = [SVG.lines(nameLines, x: 0, y: middle + 4.5 - Double(nameLines.count - 1) * 7.5, cssClass: "row-label")]
        parts.append(SVG.text(FigureText.n(figures.n), x: width, y: middle + 4.5, anchor: "end", cssClass: "note"))
        guard let values = figures.values else {
            parts.append(SVG.rect(x: barLeft, y: barTop, width: barRight - barLeft, height: barHeight, cssClass: "withheld-bar"))
            let why = switch figures.reason {
            case .complementary: "niet getoond om terugrekenen te voorkomen"
            case .pooled: "getoond als deel van het rapportagegebied"
            case .tooFew, nil: "te weinig respondenten om te tonen"
            }
            parts.append(SVG.text("\(FigureText.level(figures)): \(why)",
                                  x: (barLeft + barRight) / 2, y: middle + 4.5, anchor: "middle", cssClass: "gap-note"))
            return .join(parts)
        }
        let laag = SVG.clamped(values.percentLaag, 0...100), hoog = SVG.clamped(values.percentHoog, 0...(100 - laag))
        let shares: [(Category, Double)] = [(.laag, laag), (.midden, 100 - laag - hoog), (.hoog, hoog)]
        var left = barLeft, freeFrom = -Double.infinity
        for (category, share) in shares where share > 0 {
            let segment = share / 100 * (barRight - barLeft)
            parts.append(SVG.rect(x: left, y: barTop, width: segment, height: barHeight, cssClass: "segment \(category.rawValue)"))
            let text = DutchNumber.share(share, of: figures.n)
            if segment >= labelWidth {
                parts.append(SVG.text(text, x: left + segment / 2, y: middle + 4.5, anchor: "middle", cssClass: "segment-label"))
            } else {
                let half = Double(text.count) * characterWidth / 2
                let centre = max(left + segment / 2, freeFrom + half + 4)
                parts.append(SVG.text(text, x: centre, y: barTop + barHeight + 12, anchor: "middle", cssClass: "segment-label outside"))
                freeFrom = centre + half
            }
            left += segment
        }
        if figures.status == .indicatief {
            parts.append(SVG.text("indicatief", x: width, y: middle + 17, anchor: "end", cssClass: "note"))
        }
        return .join(parts)
    }
}
