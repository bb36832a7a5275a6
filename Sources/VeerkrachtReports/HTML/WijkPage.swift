import VeerkrachtPresentation

/// The wijk dashboard: output (what was done) next to outcome (how residents are doing and how
/// that changed), the stories beside the hulpbronnen, the logic model joining the two, and how far
/// the numbers can be trusted.
enum WijkPage {
    static func fragment(_ report: WijkReport) -> ReportFragment {
        var sections = [header(report)] + KeyMessagesBox.render(report.kernboodschappen) + [GroupNotice.render(report)].compactMap { $0 }
        sections += [OutputBlock.section(report.output, place: "in de wijk", meting: report.meting, previous: report.previous),
                     WijkOutcome.render(report)] + VerhalenSection.render(report)
        if let previous = report.previous { sections.append(WijkChange.render(report, previous: previous)) }
        sections += BackgroundSections.render(report.background, area: "wijk \(report.wijk.name)", meting: report.meting, provenance: report.provenance)
        if let trend = TrendSection.render(report.trend, area: "wijk \(report.wijk.name)", previous: report.previous?.label,
                                           policy: report.provenance.policy) { sections.append(trend) }
        if !report.hulpbronnen.isEmpty { sections.append(LogicModelTable.render(report)) }
        sections += [DataQuality.render(report), ProvenanceFooter.render(report.provenance)]
        return ReportFragment(title: "Wijkrapport \(report.wijk.name) – meting \(report.meting.label)", sections: sections)
    }

    private static func header(_ report: WijkReport) -> HTML {
        PageHeader.render(kind: "Wijkrapport sociale veerkracht", title: report.wijk.name,
                          subtitle: "Wijk \(report.wijk.code) · gemeente \(report.gemeente.name) (\(report.gemeente.code))",
                          facts: PageHeader.metingFacts(report.meting, previous: report.previous, provenance: report.provenance))
    }
}
