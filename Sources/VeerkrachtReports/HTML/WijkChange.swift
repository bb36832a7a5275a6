import VeerkrachtCore

/// Change in a wijk since the previous meting: the difference of means per construct with its
/// interval and verdict, and for residents who answered both times, who changed reliably.
enum WijkChange {
    static func render(_ report: WijkReport, previous: MetingInfo) -> Markup {
        let rows = report.constructs.compactMap { result in result.change.map { ChangeChart.Row(name: result.name, change: $0) } }
        return el("section", [:],
                  el("h2", [:], .text("Wat is er veranderd sinds \(previous.label)?")),
                  el("p", ["class": "lead"], .text("Verschil tussen de gemiddelden van \(previous.label) en \(report.meting.label), met 95%-interval. "
                                                   + "Dit is verandering, geen bewijs dat activiteiten die veroorzaakten.")),
                  el("figure", [:],
                     ChartLegend.render([(.dot("change rose"), "▲ significant gestegen"), (.dot("change fell"), "▼ significant gedaald"),
                                         (.dot("change steady"), "geen significante verandering (kan toeval zijn)")]),
                     ChangeChart.render(rows, label: "Verandering per onderdeel in \(report.wijk.name) sinds \(previous.label), met 95%-interval")),
                  el("h3", [:], "Bewoners die beide keren meededen"),
                  panel(report))
    }

    private static func panel(_ report: WijkReport) -> Markup {
        let suppressBelow = report.provenance.policy.suppressBelow
        let rows = report.constructs.compactMap { result -> Markup? in
            guard let change = result.change else { return nil }
            var cells: [Markup]
            if let panel = change.values?.panel {
                cells = [.text(DutchNumber.grouped(panel.pairs))]
                if panel.pairs < suppressBelow {
                    cells += [el("span", ["class": "tag onderdrukt"], .text("te weinig (\(FigureText.n(panel.pairs)))")), "", ""]
                } else {
                    cells.append(panel.meanDifference.map { .text(FigureText.signed($0)) } ?? "–")
                    if let improved = panel.percentImproved, let worsened = panel.percentWorsened {
                        cells += [.text(FigureText.percent(improved)), .text(FigureText.percent(worsened))]
                    } else {
                        let reason = result.kind == .composite ? "n.v.t. (samengestelde score)" : "niet te berekenen"
                        cells += [el("span", ["class": "small"], .text(reason)), ""]
                    }
                }
            } else {
                cells = [el("span", ["class": "tag onderdrukt"], .text(ChangeVerdict(change).words)), "", "", ""]
            }
            return el("tr", [:], [el("th", ["scope": "row"], .text(result.name))] + cells.map { el("td", ["class": "num"], $0) })
        }
        return el("table", [:],
                  el("caption", [:], .text("Per persoon vergeleken: betrouwbaar verbeterd of verslechterd betekent een verandering die groter is "
                                     + "dan de meetonnauwkeurigheid (RCI). De overigen bleven min of meer gelijk.")),
                  el("thead", [:], el("tr", [:],
                                      el("th", ["scope": "col"], "Onderdeel"),
                                      el("th", ["scope": "col", "class": "num"], "Beide keren gemeten"),
                                      el("th", ["scope": "col", "class": "num"], "Gemiddelde verandering"),
                                      el("th", ["scope": "col", "class": "num"], "Betrouwbaar verbeterd"),
                                      el("th", ["scope": "col", "class": "num"], "Betrouwbaar verslechterd"))),
                  el("tbody", [:], rows))
    }
}
