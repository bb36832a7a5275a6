import VeerkrachtCore
import VeerkrachtPresentation

/// The gemeente's headline figures: a card per construct with its level, band and change marker.
enum HeadlineCards {
    static func render(_ report: GemeenteReport) -> HTML {
        let since = report.previous.map { " Pijlen en woorden geven de verandering sinds \($0.label)." } ?? ""
        return ReportLayout.section("In één oogopslag", kicker: "outcome",
                              lead: "De gemeente als geheel in meting \(report.meting.label): gemiddelde score van 0 tot 10 met 95%-interval.\(since)",
                              [.init(nil, tag("div", ["class": "cards three"], report.headline.map { card($0, bands: report.provenance.bands) }))])
    }

    private static func card(_ result: ConstructResult, bands: ScoreBands) -> HTML {
        var parts: [HTML] = [tag("div", ["class": "label"], .text(result.name))]
        if let values = result.figures.values {
            let band = bands.band(of: values.mean)
            parts.append(tag("div", ["class": "figure"],
                            .text(DutchNumber.score(values.mean)), tag("span", ["class": "band \(band.rawValue)"], .text(band.rawValue))))
            let interval = values.interval.map { "95%-interval \(FigureText.interval($0)) · " } ?? ""
            parts.append(tag("div", ["class": "detail"], .text("\(interval)\(FigureText.n(result.figures.n)) "), FigureMarkup.statusTag(result.figures)))
        } else {
            parts.append(tag("div", ["class": "figure withheld"], "onderdrukt"))
            parts.append(tag("div", ["class": "detail"], .text("te weinig respondenten (\(FigureText.n(result.figures.n)))")))
        }
        if let change = result.change, result.figures.values != nil {
            let verdict = ChangeVerdict(change)
            let words = change.values == nil ? "verandering \(verdict.words)" : verdict.words
            let difference = change.values?.difference.map { " (\(DutchNumber.signed($0.difference)))" } ?? ""
            parts.append(tag("span", ["class": "verdict-text \(verdict.cssClass)"],
                            .text([verdict.marker, words + difference].filter { !$0.isEmpty }.joined(separator: " "))))
        }
        return tag("div", ["class": "card"], parts)
    }
}
