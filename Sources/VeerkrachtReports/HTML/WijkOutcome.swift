import VeerkrachtCore

/// Outcome in a wijk: the hulpbronnen as a radar against the gemeente, redzaamheid and veerkracht
/// with their intervals, and the laag/midden/hoog distribution of every construct.
enum WijkOutcome {
    static func render(_ report: WijkReport) -> Markup {
        let outcome = report.constructs.filter { $0.kind != .hulpbron }
        return el("section", [:],
                  el("h2", [:], "Hoe staan de bewoners ervoor?"),
                  el("p", ["class": "lead"], .text("Scores van 0 tot 10 in meting \(report.meting.label), naast de hele gemeente \(report.gemeente.name). Hoger is gunstiger.")),
                  el("h3", [:], "Hulpbronnen"),
                  radar(report),
                  el("h3", [:], "Redzaamheid en sociale veerkracht"),
                  el("figure", [:],
                     ChartLegend.render([(.dot("level"), "wijk \(report.wijk.name): gemiddelde met 95%-interval"),
                                         (.diamond, "gemeente \(report.gemeente.name): gemiddelde")]),
                     IntervalChart.render(outcome.map { .init(name: $0.name, figures: $0.figures, comparison: $0.comparison) },
                                          comparisonName: "gemeente",
                                          label: "Redzaamheid en sociale veerkracht in \(report.wijk.name) met 95%-interval, naast de gemeente")),
                  el("h3", [:], "Laag, midden en hoog"),
                  el("p", ["class": "lead"], "Welk deel van de bewoners laag, midden of hoog scoort per onderdeel."),
                  el("figure", [:],
                     ChartLegend.render(Category.allCases.map { (.block("segment \($0.rawValue)"), ScoreBands.legend($0)) }),
                     DistributionChart.render(report.constructs.map { ($0.name, $0.figures) },
                                              label: "Verdeling over laag, midden en hoog per onderdeel in \(report.wijk.name)")))
    }

    private static func radar(_ report: WijkReport) -> Markup {
        let hulpbronnen = report.hulpbronnen
        let withheld = hulpbronnen.filter { $0.figures.values == nil }
        let rows = hulpbronnen.map { result in
            el("tr", [:],
               el("th", ["scope": "row"], .text(result.name)),
               el("td", ["class": "num"], FigureMarkup.level(result.figures)),
               el("td", ["class": "num"], result.comparison.map { .text(FigureText.level($0)) } ?? "–"))
        }
        let table = el("table", [:],
                       el("thead", [:], el("tr", [:], el("th", ["scope": "col"], "Hulpbron"),
                                           el("th", ["scope": "col", "class": "num"], "Wijk"),
                                           el("th", ["scope": "col", "class": "num"], "Gemeente"))),
                       el("tbody", [:], rows))
        var caption: [Markup] = ["De getallen staan in de tabel; in de wijkkolom staat onder het gemiddelde het 95%-interval."]
        if !withheld.isEmpty {
            caption.append(el("ul", ["class": "gap-list"], withheld.map { result in
                el("li", [:], .text("\(result.name) is voor de wijk niet getekend: \(FigureText.level(result.figures)), "
                                    + "minder dan \(report.provenance.policy.suppressBelow) respondenten."))
            }))
        }
        return el("figure", [:],
                  ChartLegend.render([(.line("area"), "wijk \(report.wijk.name)"),
                                      (.line("comparison"), "gemeente \(report.gemeente.name) (gestreept)")]),
                  el("div", ["class": "side-by-side"],
                     RadarChart.render(hulpbronnen.map { .init(name: $0.name, figures: $0.figures, comparison: $0.comparison) },
                                       label: "Spinnenweb van de vijf hulpbronnen in \(report.wijk.name) naast gemeente \(report.gemeente.name), schaal 0 tot 10"),
                     table),
                  el("figcaption", [:], caption))
    }
}
