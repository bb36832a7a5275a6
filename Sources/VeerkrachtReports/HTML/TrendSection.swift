import VeerkrachtCore
import VeerkrachtPresentation

/// "Hoe ontwikkelden de scores zich?": every meting of the area as one chart (`TrendChart`), the
/// same figures as a table for those who cannot see the chart, and in words who of the residents
/// who answered the first and the last meting changed reliably. Shown only for an area with
/// respondents at two metingen or more.
enum TrendSection {
    /// The section, or nil when the area has no trend.
    /// - Parameters:
    ///   - area: how the area reads in a sentence, e.g. "wijk Gestel".
    ///   - previous: the meting of the report's change section, whose panel is shown there already.
    static func render(_ trend: Trend, area: String, previous: String?, policy: DisclosurePolicy) -> HTML? {
        guard trend.hasTrend, let span = trend.span else { return nil }
        let explanation = Explanations.bundled.explanation("trend")
        let chart = tag("figure", ["class": "trend"],
                       ChartLegend.render([
                           (.dot("trend-dot"), "gemiddelde met 95%-interval"),
                           (.dot("trend-dot indicatief"), "indicatief (minder dan \(policy.indicativeBelow) respondenten)"),
                           (.line("trend-step significant"), "▲ ▼ dikke lijn: significante verandering sinds de vorige meting"),
                           (.line("trend-step"), "dunne lijn: geen significante verandering"),
                           (.dot("trend-withheld"), "onderdrukt: alleen het aantal is bekend"),
                       ]),
                       TrendChart.render(trend, label: "Gemiddelde per onderdeel bij elke meting van \(span.from) tot en met \(span.to) "
                                             + "in \(area), schaal 0 tot 10, met 95%-interval"),
                       tag("figcaption", [:], tag("strong", [:], .text(explanation.title)), " ", .text(explanation.text)))
        let shown = trend.series.contains { $0.points.contains { $0.values != nil } }
        var blocks: [ReportLayout.Block] = shown ? [.init(nil, chart)] : []
        blocks.append(.init("De cijfers per meting", table(trend)))
        if span.from != previous {
            blocks.append(panel(trend, span: span))
        }
        let lead = shown
            ? "Elke meting van \(span.from) tot en met \(span.to) in \(area): het gemiddelde met zijn 95%-interval, voor elk "
                + "onderdeel op dezelfde schaal van 0 tot 10."
            : "Er is geen ontwikkeling te tonen: van \(span.from) tot en met \(span.to) is in \(area) elk onderdeel bij elke "
                + "meting onderdrukt, omdat te weinig bewoners antwoordden of om terugrekenen te voorkomen (aanvullend onderdrukt)."
        return ReportLayout.section("Hoe ontwikkelden de scores zich?", kicker: "door de tijd", lead: lead, blocks)
    }

    /// Who of the residents who answered the first and the last meting changed reliably, per construct.
    private static func panel(_ trend: Trend, span: (from: String, to: String)) -> ReportLayout.Block {
        let title = "Bewoners die \(span.from) en \(span.to) meededen"
        let nobody = trend.series.allSatisfy { series in
            guard let change = series.firstToLast, change.nFrom > 0, change.nTo > 0 else { return true }
            return change.values?.panel.pairs == 0
        }
        guard !nobody else { return .init(title, tag("p", [:], .text("Geen bewoner deed zowel in \(span.from) als in \(span.to) mee."))) }
        return .init(title, lead: "Per persoon vergeleken: betrouwbaar vooruit of achteruit betekent een verandering die groter is "
                         + "dan de meetonnauwkeurigheid (RCI).",
                     tag("ul", ["class": "sentences"], trend.series.map { tag("li", [:], .text(panelSentence($0))) }))
    }

    /// Every point as text: a row per construct, a column per meting, ▲ or ▼ where the score
    /// changed significantly since the meting before.
    private static func table(_ trend: Trend) -> HTML {
        let head = tag("tr", [:], [tag("th", ["scope": "col"], "Onderdeel")]
                           + trend.metingen.map { tag("th", ["scope": "col", "class": "num"], .text($0)) })
        let rows = trend.series.map { series in
            tag("tr", [:], [tag("th", ["scope": "row"], .text(series.name))] + series.points.enumerated().map { index, point in
                let verdict = index > 0 ? ChangeVerdict(series.steps[index - 1]) : .unchanged
                let marker: HTML = verdict.marker.isEmpty ? ""
                    : tag("span", ["class": "verdict-text \(verdict.cssClass)", "title": verdict.words], .text(verdict.marker + " "))
                let status: HTML = point.status == .indicatief ? tag("span", ["class": "small"], FigureMarkup.statusTag(point)) : ""
                guard point.values != nil else { return tag("td", ["class": "num"], withheld(point)) }
                return tag("td", ["class": "num"], marker, FigureMarkup.level(point), status)
            })
        }
        return tag("div", ["class": "trend-table"],
                  tag("table", [:],
                     tag("caption", [:], "Gemiddelde met 95%-interval per meting; ▲ of ▼: significant gestegen of gedaald sinds de meting ervoor."),
                     tag("thead", [:], head), tag("tbody", [:], rows)))
    }

    /// A point without figures in the table: why, and its n below.
    private static func withheld(_ point: ScoreFigures) -> HTML {
        guard point.n > 0 else { return tag("span", ["class": "small"], "geen respondenten") }
        return .join([tag("span", ["class": "tag onderdrukt"], .text(FigureText.withheld(point.reason))),
                      tag("span", ["class": "small"], .text(FigureText.n(point.n)))])
    }

    /// "Zelfredzaamheid: 38 bewoners deden beide keren mee, gemiddeld +0,4; 9 van 38 betrouwbaar vooruit, 2 van 38 betrouwbaar achteruit."
    private static func panelSentence(_ series: Trend.Series) -> String {
        let name = series.name + ": "
        guard let change = series.firstToLast, change.nFrom > 0, change.nTo > 0 else {
            return name + "geen bewoners deden beide keren mee."
        }
        guard let panel = change.values?.panel else { return name + "niet te tonen, \(ChangeVerdict(change).words)." }
        guard panel.pairs > 0 else { return name + "geen bewoners deden beide keren mee." }
        let who = DutchNumber.count(panel.pairs, "bewoner", "bewoners") + (panel.pairs == 1 ? " deed" : " deden") + " beide keren mee"
        switch panel.reason {
        case .tooFew: return name + who + ", te weinig om cijfers te tonen (onderdrukt)."
        case .complementary: return name + who + "; hun cijfers zijn aanvullend onderdrukt om terugrekenen te voorkomen."
        case let .pooled(group): return name + who + "; hun cijfers staan bij \(group)."
        case nil: break
        }
        let mean = panel.meanDifference.map { ", gemiddeld \(DutchNumber.signed($0)) punt" } ?? ""
        guard let improved = panel.percentImproved, let worsened = panel.percentWorsened else {
            let why = series.kind == .composite ? "voor een samengestelde score niet te berekenen" : "niet te berekenen"
            return name + who + mean + "; betrouwbare verandering is \(why)."
        }
        return name + who + mean + "; \(DutchNumber.share(improved, of: panel.pairs)) betrouwbaar vooruit, "
            + "\(DutchNumber.share(worsened, of: panel.pairs)) betrouwbaar achteruit."
    }
}
