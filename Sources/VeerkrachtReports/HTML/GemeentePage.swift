/// The gemeente impact summary: aggregates only. Headline cards, what changed in plain sentences,
/// every wijk × construct with disclosure control, output totals, and the provenance.
enum GemeentePage {
    static func render(_ report: GemeenteReport) -> String {
        var sections = [header(report), HeadlineCards.render(report)]
        if report.previous != nil {
            sections.append(el("section", [:], el("h2", [:], "Wat is er veranderd?"),
                               el("ul", ["class": "sentences"], report.sentences.map { el("li", [:], .text($0)) })))
        }
        var topics: [MethodsNote.Topic] = [.scores, .interval, .disclosure(report.provenance.policy)]
        if report.previous != nil { topics.append(.change) }
        sections += [WijkenTable.render(report), output(report),
                     el("section", [:], el("h2", [:], "Zo lees je dit rapport"), MethodsNote.render(topics)),
                     ProvenanceFooter.render(report.provenance)]
        return PageShell.document(title: "Impactsamenvatting \(report.gemeente.name) – meting \(report.meting.label)", sections)
    }

    private static func header(_ report: GemeenteReport) -> Markup {
        PageHeader.render(kind: "Impactsamenvatting sociale veerkracht", title: report.gemeente.name,
                          subtitle: "Gemeente \(report.gemeente.code) · \(DutchText.count(report.wijken.count, "wijk", "wijken")) in dit rapport",
                          facts: PageHeader.metingFacts(report.meting, previous: report.previous, provenance: report.provenance))
    }

    private static func output(_ report: GemeenteReport) -> Markup {
        guard let output = report.output else {
            return el("section", [:], el("h2", [:], "Wat hebben we gedaan?"),
                      el("p", [:], .text("In meting \(report.meting.label) vulde niemand in deze gemeente de vragenlijst in, "
                                         + "dus er is geen periode om activiteiten over te tellen.")))
        }
        let since = report.previous?.participation != nil ? "sinds de vorige meting" : "in het jaar tot de laatste vragenlijst"
        let total = output.totals.activities
        return el("section", [:],
                  el("h2", [:], "Wat hebben we gedaan?"),
                  el("p", ["class": "lead"], .text("Activiteiten in de hele gemeente \(OutputBlock.period(output.period)): de periode \(since).")),
                  OutputBlock.cards(output.totals),
                  el("div", ["class": "side-by-side even"],
                     OutputBlock.counts(report.perThema.map { ($0.thema, $0.activities) }, heading: "Thema", total: total,
                                        caption: "Activiteiten per thema."),
                     OutputBlock.counts(output.perHulpbron.map { ($0.name, $0.activities) }, heading: "Hulpbron", total: total,
                                        caption: "Activiteiten per hulpbron; een activiteit kan aan meer hulpbronnen bijdragen.")))
    }
}
