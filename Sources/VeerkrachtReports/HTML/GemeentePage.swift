import VeerkrachtPresentation

/// The gemeente impact summary: aggregates only. Headline cards, what changed in plain sentences,
/// every wijk × construct with disclosure control, the highlighted stories, output totals, and the
/// provenance.
enum GemeentePage {
    static func fragment(_ report: GemeenteReport) -> ReportFragment {
        var sections = [header(report)] + KeyMessagesBox.render(report.kernboodschappen) + [HeadlineCards.render(report)]
        if report.previous != nil {
            sections.append(ReportLayout.section("Wat is er veranderd?", kicker: "verandering",
                                           [.init(nil, tag("ul", ["class": "sentences"], report.sentences.map { tag("li", [:], .text($0)) }))]))
        }
        if let trend = TrendSection.render(report.trend, area: "gemeente \(report.gemeente.name)", previous: nil, policy: report.provenance.policy) {
            sections.append(trend)
        }
        let policy = report.provenance.policy
        var topics: [MethodsNote.Topic] = [.scores(report.provenance.bands), .interval, .disclosure(policy), .complementarySuppression(policy)]
        if !report.rapportagegebieden.isEmpty { topics.append(.rapportagegebied(policy)) }
        if report.previous != nil { topics.append(.change) }
        sections += KaartSection.render(report)
        sections += [WijkenTable.render(report)] + VerhalenSection.render(report) + BackgroundSections.render(report.background, area: "gemeente \(report.gemeente.name)", meting: report.meting, provenance: report.provenance) + [
                     OutputBlock.section(report.output, place: "in de gemeente", meting: report.meting, previous: report.previous,
                                         perThema: report.perThema),
                     ReportLayout.section("Zo lees je dit rapport", [.init(nil, MethodsNote.render(topics))]),
                     ProvenanceFooter.render(report.provenance)]
        return ReportFragment(title: "Impactsamenvatting \(report.gemeente.name) – meting \(report.meting.label)", sections: sections)
    }

    private static func header(_ report: GemeenteReport) -> HTML {
        PageHeader.render(kind: "Impactsamenvatting sociale veerkracht", title: report.gemeente.name,
                          subtitle: "Gemeente \(report.gemeente.code) · \(DutchNumber.count(report.wijken.count, "wijk", "wijken")) in dit rapport",
                          facts: PageHeader.metingFacts(report.meting, previous: report.previous, provenance: report.provenance))
    }
}
