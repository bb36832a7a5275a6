import VeerkrachtCore
import VeerkrachtPresentation

/// Change in a wijk since the previous meting: the difference of means per construct with its
/// interval and verdict, and for residents who answered both times, who changed reliably.
enum WijkChange {
    static func render(_ report: WijkReport, previous: MetingInfo) -> HTML {
        let rows = report.constructs.compactMap { result in result.change.map { ChangeChart.Row(name: result.name, change: $0) } }
        let title = "Wat is er veranderd sinds \(previous.label)?"
        guard rows.contains(where: { $0.change.values != nil }) else {
            let tooFew = "in \(previous.label) of \(report.meting.label) antwoordden bij elk onderdeel "
                + "minder dan \(report.provenance.policy.suppressBelow) bewoners (onderdrukt)"
            let why = rows.contains { $0.change.reason == .complementary }
                ? "bij elk onderdeel is die onderdrukt, omdat te weinig bewoners antwoordden of om terugrekenen te voorkomen (aanvullend onderdrukt)"
                : tooFew
            return ReportLayout.section(title, kicker: "verandering", lead: "Er is geen verandering te tonen: \(why).", [])
        }
        let chart = tag("figure", [:],
                       ChartLegend.render([(.dot("change rose"), "▲ significant gestegen"), (.dot("change fell"), "▼ significant gedaald"),
                                           (.dot("change steady"), "geen significante verandering (kan toeval zijn)")]),
                       ChangeChart.render(rows, label: "Verandering per onderdeel in \(report.wijk.name) sinds \(previous.label), met 95%-interval"))
        return ReportLayout.section(title, kicker: "verandering",
                              lead: "Verschil tussen de gemiddelden van \(previous.label) en \(report.meting.label), met 95%-interval. "
                                  + "Dit is verandering, geen bewijs dat activiteiten die veroorzaakten.",
                              [.init(nil, chart), .init("Bewoners die beide keren meededen", panel(report))])
    }

    private static func panel(_ report: WijkReport) -> HTML {
        let rows = report.constructs.compactMap { result -> HTML? in
            guard let change = result.change else { return nil }
            return tag("tr", [:], [tag("th", ["scope": "row"], .text(result.name))] + cells(change, kind: result.kind))
        }
        return tag("table", [:],
                  tag("caption", [:], .text("Per persoon vergeleken: betrouwbaar verbeterd of verslechterd betekent een verandering die groter is "
                                     + "dan de meetonnauwkeurigheid (RCI). De overigen bleven min of meer gelijk.")),
                  tag("thead", [:], tag("tr", [:],
                                      tag("th", ["scope": "col"], "Onderdeel"),
                                      tag("th", ["scope": "col", "class": "num"], "Beide keren gemeten"),
                                      tag("th", ["scope": "col", "class": "num"], "Gemiddelde verandering"),
                                      tag("th", ["scope": "col", "class": "num"], "Betrouwbaar verbeterd"),
                                      tag("th", ["scope": "col", "class": "num"], "Betrouwbaar verslechterd"))),
                  tag("tbody", [:], rows))
    }

    /// The four panel cells of a construct; a figure that may not be shown spans the cells it stands in for.
    private static func cells(_ change: ChangeFigures, kind: ConstructKind) -> [HTML] {
        func number(_ text: String) -> HTML { tag("td", ["class": "num"], .text(text)) }
        func remark(_ text: String, span: Int, tagged: Bool = false) -> HTML {
            tag("td", ["colspan": String(span), "class": "remark"], tagged ? tag("span", ["class": "tag onderdrukt"], .text(text)) : .text(text))
        }
        guard let panel = change.values?.panel else { return [remark(ChangeVerdict(change).words, span: 4, tagged: true)] }
        if let reason = panel.reason {
            let why = switch reason {
            case .complementary: "aanvullend onderdrukt om terugrekenen te voorkomen"
            case .pooled(let group): "opgenomen in \(group)"
            case .tooFew: "te weinig bewoners deden beide keren mee"
            }
            return [number(DutchNumber.grouped(panel.pairs)), remark(why, span: 3, tagged: true)]
        }
        var cells = [number(DutchNumber.grouped(panel.pairs)), number(panel.meanDifference.map(DutchNumber.signed) ?? "–")]
        if let improved = panel.percentImproved, let worsened = panel.percentWorsened {
            cells += [number(DutchNumber.share(improved, of: panel.pairs)), number(DutchNumber.share(worsened, of: panel.pairs))]
        } else {
            cells.append(remark(kind == .composite ? "niet van toepassing: samengestelde score" : "niet te berekenen", span: 2))
        }
        return cells
    }
}
