import VeerkrachtCore
import VeerkrachtPresentation

/// Every wijk × construct of a gemeente: the mean as text in a cell tinted by its band, ▲ or ▼
/// where it changed significantly, and withheld cells shown as "onderdrukt" or "aanvullend
/// onderdrukt" — never their figures.
/// Two tables, hulpbronnen and the rest, so the columns stay readable on A4.
enum WijkenTable {
    static func render(_ report: GemeenteReport) -> HTML {
        let groups: [(String, (ConstructKind) -> Bool)] = [
            ("Hulpbronnen", { $0 == .hulpbron }),
            ("Redzaamheid en sociale veerkracht", { $0 != .hulpbron }),
        ]
        let blocks = groups.compactMap { title, include -> ReportLayout.Block? in
            let columns = report.headline.indices.filter { include(report.headline[$0].kind) }
            return columns.isEmpty ? nil : ReportLayout.Block(title, legend(report), table(report, columns: columns))
        }
        return ReportLayout.section("Wijken vergeleken", kicker: "per wijk",
                              lead: "Gemiddelde score per wijk in meting \(report.meting.label). "
                                  + "De kleur van een vak volgt de band; het getal staat er altijd bij.",
                              blocks)
    }

    private static func legend(_ report: GemeenteReport) -> HTML {
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
        if !report.rapportagegebieden.isEmpty {
            entries.append((.block("tint-withheld"), "opgenomen in een rapportagegebied: te weinig respondenten om de wijk apart te tonen; "
                            + "de cijfers staan in de rij van het rapportagegebied"))
        }
        entries.append((.text("ind."), "indicatief: minder dan \(policy.indicativeBelow) respondenten, voorzichtig gebruiken"))
        return ChartLegend.render(entries)
    }

    private static func table(_ report: GemeenteReport, columns: [Int]) -> HTML {
        let head = tag("tr", [:], [tag("th", ["scope": "col"], "Wijk")]
                          + columns.map { tag("th", ["scope": "col", "class": "num"], .text(report.headline[$0].name)) })
        let rows = report.wijken.map { row in
            tag("tr", [:], [tag("th", ["scope": "row"], .text(row.wijk.name),
                              tag("span", ["class": "small"], .text("\(row.wijk.code) · \(FigureText.n(row.respondents))" + pooledIn(row))))]
               + columns.map { cell(row.constructs[$0], bands: report.provenance.bands) })
        }
        let groups = report.rapportagegebieden.map { row in
            tag("tr", ["class": "group"], [tag("th", ["scope": "row"], .text(row.group.name),
                                            tag("span", ["class": "small"], .text("rapportagegebied: \(row.group.wijken.map(\.name).joined(separator: ", ")) · \(FigureText.n(row.respondents))")))]
               + columns.map { row.constructs[$0].map { cell($0, bands: report.provenance.bands) }
                   ?? tag("td", ["class": "cell empty"], "per wijk getoond") })
        }
        let total = tag("tr", [:], [tag("th", ["scope": "row"], .text("Gemeente \(report.gemeente.name)"),
                                      tag("span", ["class": "small"], .text(FigureText.n(report.meting.participation?.respondents ?? 0))))]
                       + columns.map { cell(report.headline[$0], bands: report.provenance.bands) })
        return tag("table", ["class": "wijken"],
                  tag("thead", [:], head),
                  tag("tbody", [:], rows + groups),
                  tag("tfoot", [:], total))
    }

    private static func cell(_ result: ConstructResult, bands: ScoreBands) -> HTML {
        guard let values = result.figures.values else {
            let empty = result.figures.n == 0
            return tag("td", ["class": empty ? "cell empty" : "cell withheld"],
                      .text(empty ? "geen respondenten" : pooled(result) == nil ? FigureText.withheld(result.figures.reason) : "in rapportagegebied"),
                      empty ? "" : tag("span", ["class": "small"], .text(FigureText.n(result.figures.n))))
        }
        var marker: HTML = ""
        if let verdict = result.change.map(ChangeVerdict.init), !verdict.marker.isEmpty {
            marker = " \(tag("span", ["class": "verdict-text \(verdict.cssClass)", "title": verdict.words], .text(verdict.marker)))"
        }
        let note: HTML = result.figures.status == .indicatief ? tag("span", ["class": "small"], "ind.") : ""
        return tag("td", ["class": "cell \(bands.band(of: values.mean).rawValue)"],
                  tag("strong", [:], .text(DutchNumber.score(values.mean))), marker, note)
    }

    /// The rapportagegebied a figure is reported within, if any.
    private static func pooled(_ result: ConstructResult) -> String? {
        if case .pooled(let group) = result.figures.reason { group } else { nil }
    }

    /// " · in Buitengebied" for a wijk whose figures are reported within its rapportagegebied.
    private static func pooledIn(_ row: GemeenteReport.WijkRow) -> String {
        row.constructs.lazy.compactMap(pooled).first.map { " · in \($0)" } ?? ""
    }
}
