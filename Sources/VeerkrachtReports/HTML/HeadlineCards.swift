import VeerkrachtCore

/// The gemeente's headline figures: a card per construct with its level, band and change marker.
enum HeadlineCards {
    static func render(_ report: GemeenteReport) -> Markup {
        let since = report.previous.map { " Pijlen en woorden geven de verandering sinds \($0.label)." } ?? ""
        return Layout.section("In één oogopslag", kicker: "outcome",
                              lead: "De gemeente als geheel in meting \(report.meting.label): gemiddelde score van 0 tot 10 met 95%-interval.\(since)",
                              [.init(nil, el("div", ["class": "cards three"], report.headline.map { card($0, bands: report.provenance.bands) }))])
    }

    private static func card(_ result: ConstructResult, bands: ScoreBands) -> Markup {
        var parts: [Markup] = [el("div", ["class": "label"], .text(result.name))]
        if let values = result.figures.values {
            let band = bands.band(of: values.mean)
            parts.append(el("div", ["class": "figure"],
                            .text(FigureText.score(values.mean)), el("span", ["class": "band \(band.rawValue)"], .text(band.rawValue))))
            let interval = values.interval.map { "95%-interval \(FigureText.interval($0)) · " } ?? ""
            parts.append(el("div", ["class": "detail"], .text("\(interval)\(FigureText.n(result.figures.n)) "), FigureMarkup.statusTag(result.figures)))
        } else {
            parts.append(el("div", ["class": "figure withheld"], "onderdrukt"))
            parts.append(el("div", ["class": "detail"], .text("te weinig respondenten (\(FigureText.n(result.figures.n)))")))
        }
        if let change = result.change, result.figures.values != nil {
            let verdict = ChangeVerdict(change)
            let words = change.values == nil ? "verandering \(verdict.words)" : verdict.words
            let difference = change.values?.difference.map { " (\(FigureText.signed($0.difference)))" } ?? ""
            parts.append(el("span", ["class": "verdict-text \(verdict.cssClass)"],
                            .text([verdict.marker, words + difference].filter { !$0.isEmpty }.joined(separator: " "))))
        }
        return el("div", ["class": "card"], parts)
    }
}
