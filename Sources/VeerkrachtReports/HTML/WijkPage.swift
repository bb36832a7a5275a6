/// The wijk dashboard: output (what was done) next to outcome (how residents are doing and how
/// that changed), the logic model joining the two, and how far the numbers can be trusted.
enum WijkPage {
    static func render(_ report: WijkReport) -> String {
        var sections = [header(report), output(report), WijkOutcome.render(report)]
        if let previous = report.previous { sections.append(WijkChange.render(report, previous: previous)) }
        sections += [LogicModelTable.render(report), DataQuality.render(report), ProvenanceFooter.render(report.provenance)]
        return PageShell.document(title: "Wijkrapport \(report.wijk.name) – meting \(report.meting.label)", sections)
    }

    private static func header(_ report: WijkReport) -> Markup {
        PageHeader.render(kind: "Wijkrapport sociale veerkracht", title: report.wijk.name,
                          subtitle: "Wijk \(report.wijk.code) · gemeente \(report.gemeente.name) (\(report.gemeente.code))",
                          facts: PageHeader.metingFacts(report.meting, previous: report.previous, provenance: report.provenance))
    }

    private static func output(_ report: WijkReport) -> Markup {
        guard let output = report.output else {
            return el("section", [:], el("h2", [:], "Wat hebben we gedaan?"),
                      el("p", [:], .text("In meting \(report.meting.label) vulde niemand in deze wijk de vragenlijst in, "
                                         + "dus er is geen periode om activiteiten over te tellen.")))
        }
        let since = report.previous?.participation != nil ? "sinds de vorige meting" : "in het jaar tot de laatste vragenlijst"
        return el("section", [:],
                  el("h2", [:], "Wat hebben we gedaan?"),
                  el("p", ["class": "lead"], .text("Activiteiten in de wijk \(OutputBlock.period(output.period)): de periode \(since).")),
                  OutputBlock.cards(output.totals),
                  OutputBlock.counts(output.perHulpbron.map { ($0.name, $0.activities) }, heading: "Gericht op hulpbron",
                                     total: output.totals.activities,
                                     caption: "Een activiteit kan aan meer hulpbronnen bijdragen; daarom tellen de aantallen op tot meer dan het totaal."))
    }
}
