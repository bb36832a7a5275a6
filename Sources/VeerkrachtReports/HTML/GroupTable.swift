import VeerkrachtCore
import VeerkrachtPresentation

/// Every split construct per group of one background question: a row per group that has
/// respondents, a column per construct, the mean in a cell tinted by its band with its 95% interval
/// beneath, and the area as a whole in the last row. Withheld cells say "onderdrukt" or
/// "aanvullend onderdrukt" with their n, never a figure.
enum GroupTable {
    static func render(_ result: BreakdownResult, area: String, bands: ScoreBands) -> HTML {
        let head = tag("tr", [:], [tag("th", ["scope": "col"], .text(BreakdownText.heading(result.breakdown)))]
                          + result.constructs.map { tag("th", ["scope": "col", "class": "num"], .text($0.name)) })
        let rows = result.respondents.indices.filter { result.respondents[$0] > 0 }.map { group in
            tag("tr", [:], [tag("th", ["scope": "row"], .text(BreakdownText.group(result.breakdown, group)),
                              tag("span", ["class": "small"], .text(FigureText.n(result.respondents[group]))))]
               + result.constructs.map { cell($0.groups[group], bands: bands) })
        }
        let total = tag("tr", [:], [tag("th", ["scope": "row"], .text(area.prefix(1).uppercased() + area.dropFirst()),
                                      tag("span", ["class": "small"], .text(FigureText.n(result.total))))]
                       + result.constructs.map { cell($0.area, bands: bands) })
        return tag("div", ["class": "table-scroll"],
                  tag("table", ["class": "wijken groups"], tag("thead", [:], head), tag("tbody", [:], rows), tag("tfoot", [:], total)))
    }

    /// The bands, and what withheld and indicatief cells mean where the table has them.
    static func legend(_ result: BreakdownResult, policy: DisclosurePolicy, bands: ScoreBands) -> HTML {
        let cells = result.constructs.flatMap { $0.groups + [$0.area] }
        var entries: [(swatch: ChartLegend.Swatch, text: String)] = Category.allCases.map { (.block("tint-\($0.rawValue)"), bands.legend($0)) }
        if cells.contains(where: { $0.n > 0 && $0.reason == .tooFew }) {
            entries.append((.block("tint-withheld"), "onderdrukt: minder dan \(policy.suppressBelow) respondenten, cijfers niet getoond"))
        }
        if cells.contains(where: { $0.reason == .complementary }) {
            entries.append((.block("tint-withheld"), "aanvullend onderdrukt om terugrekenen te voorkomen: cijfers niet getoond"))
        }
        if cells.contains(where: { $0.status == .indicatief }) {
            entries.append((.text("ind."), "indicatief: minder dan \(policy.indicativeBelow) respondenten, voorzichtig gebruiken"))
        }
        return ChartLegend.render(entries)
    }

    private static func cell(_ figures: ScoreFigures, bands: ScoreBands) -> HTML {
        guard let values = figures.values else {
            let empty = figures.n == 0
            return tag("td", ["class": empty ? "cell empty" : "cell withheld"],
                      .text(empty ? "geen scores" : FigureText.withheld(figures.reason)),
                      empty ? "" : tag("span", ["class": "small"], .text(FigureText.n(figures.n))))
        }
        let interval: HTML = values.interval.map { tag("span", ["class": "small"], .text(FigureText.interval($0))) } ?? ""
        let note: HTML = figures.status == .indicatief ? tag("span", ["class": "small"], "ind.") : ""
        return tag("td", ["class": "cell \(bands.band(of: values.mean).rawValue)"],
                  tag("strong", [:], .text(DutchNumber.score(values.mean))), interval, note)
    }
}
