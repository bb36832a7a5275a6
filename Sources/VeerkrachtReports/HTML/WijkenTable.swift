import VeerkrachtCore

/// Every wijk × construct of a gemeente: the mean as text in a cell tinted by its band, ▲ or ▼
/// where it changed significantly, and withheld cells shown as "onderdrukt" or "aanvullend
/// onderdrukt" — never their figures.
/// Two tables, hulpbronnen and the rest, so the columns stay readable on A4.
enum WijkenTable {
    static func render(_ report: GemeenteReport) -> Markup {
        let groups: [(String, (ConstructKind) -> Bool)] = [
            ("Hulpbronnen", { $0 == .hulpbron }),
            ("Redzaamheid en sociale veerkracht", { $0 != .hulpbron }),
        ]
        let blocks = groups.compactMap { title, include -> Layout.Block? in
            let columns = report.headline.indices.filter { include(report.headline[$0].kind) }
            return columns.isEmpty ? nil : Layout.Block(title, legend(report), table(report, columns: columns))
        }
        return Layout.section("Wijken vergeleken", kicker: "per wijk",
                              lead: "Gemiddelde score per wijk in meting \(report.meting.label). "
                                  + "De kleur van een vak volgt de band; het getal staat er altijd bij.",
                              blocks)
    }

    private static func legend(_ report: GemeenteReport) -> Markup {
        let policy = report.provenance.policy
        var entries: [(swatch: ChartLegend.Swatch, text: String)] = Category.allCases.map { (.block("tint-\($0.rawValue)"), report.provenance.bands.legend($0)) }
        if let previous = report.previous {
            entries += [(.text("▲"), "significant gestegen sinds \(previous.label)"), (.text("▼"), "significant gedaald sinds \(previous.label)")]
        }
        entries.append((.block("tint-withheld"), "onderdrukt: minder dan \(policy.suppressBelow) respondenten, cijfers niet getoond"))
        if report.wijken.contains(where: { $0.constructs.contains { $0.figures.reason == .complementary } }) {
            entries.append((.block("tint-withheld"), "aanvullend onderdrukt om terugrekenen te voorkomen: genoeg respondenten, "
                            + "maar cijfers niet getoond"))
        }
        entries.append((.text("ind."), "indicatief: minder dan \(policy.indicativeBelow) respondenten, voorzichtig gebruiken"))
        return ChartLegend.render(entries)
    }

    private static func table(_ report: GemeenteReport, columns: [Int]) -> Markup {
        let head = el("tr", [:], [el("th", ["scope": "col"], "Wijk")]
                          + columns.map { el("th", ["scope": "col", "class": "num"], .text(report.headline[$0].name)) })
        let rows = report.wijken.map { row in
            el("tr", [:], [el("th", ["scope": "row"], .text(row.wijk.name),
                              el("span", ["class": "small"], .text("\(row.wijk.code) · \(FigureText.n(row.respondents))")))]
               + columns.map { cell(row.constructs[$0], bands: report.provenance.bands) })
        }
        let total = el("tr", [:], [el("th", ["scope": "row"], .text("Gemeente \(report.gemeente.name)"),
                                      el("span", ["class": "small"], .text(FigureText.n(report.meting.participation?.respondents ?? 0))))]
                       + columns.map { cell(report.headline[$0], bands: report.provenance.bands) })
        return el("table", ["class": "wijken"],
                  el("thead", [:], head),
                  el("tbody", [:], rows),
                  el("tfoot", [:], total))
    }

    private static func cell(_ result: ConstructResult, bands: ScoreBands) -> Markup {
        guard let values = result.figures.values else {
            let empty = result.figures.n == 0
            return el("td", ["class": empty ? "cell empty" : "cell withheld"],
                      .text(empty ? "geen respondenten" : FigureText.withheld(result.figures.reason)),
                      empty ? "" : el("span", ["class": "small"], .text(FigureText.n(result.figures.n))))
        }
        var marker: Markup = ""
        if let verdict = result.change.map(ChangeVerdict.init), !verdict.marker.isEmpty {
            marker = " \(el("span", ["class": "verdict-text \(verdict.cssClass)", "title": verdict.words], .text(verdict.marker)))"
        }
        let note: Markup = result.figures.status == .indicatief ? el("span", ["class": "small"], "ind.") : ""
        return el("td", ["class": "cell \(bands.band(of: values.mean).rawValue)"],
                  el("strong", [:], .text(FigureText.score(values.mean))), marker, note)
    }
}
