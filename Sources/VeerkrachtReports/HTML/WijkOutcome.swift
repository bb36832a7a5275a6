import VeerkrachtCore
import VeerkrachtPresentation

/// Outcome in a wijk: the hulpbronnen as a radar against the gemeente, redzaamheid and veerkracht
/// with their intervals, and the laag/midden/hoog distribution of every construct. (An instrument
/// with fewer than three hulpbronnen cannot make a radar; its hulpbronnen join the interval chart.)
enum WijkOutcome {
    static func render(_ report: WijkReport) -> HTML {
        let hasRadar = report.hulpbronnen.count >= 3
        let outcome = report.constructs.filter { !hasRadar || $0.kind != .hulpbron }
        let title = hasRadar ? "Redzaamheid en sociale veerkracht" : "Gemiddelden met hun 95%-interval"
        let intervals = tag("figure", [:],
                           ChartLegend.render([(.dot("level"), "\(report.shownArea): gemiddelde met 95%-interval"),
                                               (.diamond, "gemeente \(report.gemeente.name): gemiddelde")]),
                           IntervalChart.render(outcome.map { .init(name: $0.name, figures: $0.figures, comparison: $0.comparison) },
                                                comparisonName: "gemeente",
                                                label: "\(title) in \(report.wijk.name), naast de gemeente",
                                                bands: report.provenance.bands))
        let distribution = tag("figure", [:],
                              ChartLegend.render(Category.allCases.map { (.block("segment \($0.rawValue)"), report.provenance.bands.legend($0)) }),
                              DistributionChart.render(report.constructs.map { ($0.name, $0.figures) },
                                                       label: "Verdeling over laag, midden en hoog per onderdeel in \(report.wijk.name)"))
        let blocks: [ReportLayout.Block] = (hasRadar ? [.init("Hulpbronnen", radar(report))] : []) + [
            .init(title, intervals),
            .init("Laag, midden en hoog", lead: "Welk deel van de bewoners laag, midden of hoog scoort, per onderdeel.", distribution),
        ]
        return ReportLayout.section("Hoe staan de bewoners ervoor?", kicker: "outcome",
                              lead: "Scores van 0 tot 10 in meting \(report.meting.label), naast de hele gemeente "
                                  + "\(report.gemeente.name). Hoger is gunstiger.", blocks)
    }

    private static func radar(_ report: WijkReport) -> HTML {
        let hulpbronnen = report.hulpbronnen
        var notes: [HTML] = [
            ChartLegend.render([(.line("area"), report.shownArea),
                                (.line("comparison"), "gemeente \(report.gemeente.name) (gestreept)")]),
            tag("p", [:], .text("Hoe verder naar buiten, hoe hoger de score: 0 in het midden, 10 aan de rand. Bij elke hulpbron staat "
                               + "eerst de score van de wijk, dan die van de gemeente.")),
        ]
        let withheld = hulpbronnen.filter { $0.figures.values == nil }
        let reasons: [(SuppressionReason, String)] = [
            (.tooFew, "omdat minder dan \(report.provenance.policy.suppressBelow) bewoners antwoordden (onderdrukt)"),
            (.complementary, "aanvullend onderdrukt om terugrekenen te voorkomen"),
        ]
        for (reason, why) in reasons {
            let names = withheld.filter { $0.figures.reason == reason }.map { "\($0.name) (\(FigureText.n($0.figures.n)))" }
            guard !names.isEmpty else { continue }
            notes.append(tag("p", ["class": "gap-note"], .text("Niet getekend voor de wijk, \(why): \(names.joined(separator: ", ")).")))
        }
        notes.append(tag("p", [:], "De 95%-intervallen staan in de tabel ‘Van activiteit naar hulpbron’."))
        return tag("figure", ["class": "side-by-side"],
                  RadarChart.render(hulpbronnen.map { .init(name: $0.name, figures: $0.figures, comparison: $0.comparison) },
                                    label: "Spinnenweb van de hulpbronnen in \(report.wijk.name) naast gemeente "
                                        + "\(report.gemeente.name), schaal 0 tot 10"),
                  tag("figcaption", [:], notes))
    }
}
