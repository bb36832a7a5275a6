import VeerkrachtCore
import VeerkrachtPresentation

/// "Wie deden mee?" (the respondents per age group and geslacht) and "Voor wie?" (every split
/// construct per group beside the area's own figure), or one sentence when nobody in the area
/// answered a background question.
enum BackgroundSections {
    /// - Parameter area: the area as a reader names it, e.g. "wijk Gestel" or "gemeente Eindhoven".
    static func render(_ background: Background, area: String, meting: MetingInfo, provenance: Provenance) -> [HTML] {
        let title = "Wie deden mee?", kicker = "respondenten"
        guard !background.breakdowns.isEmpty else {
            return [ReportLayout.section(title, kicker: kicker,
                                         lead: "De vragen naar leeftijd en geslacht zijn in \(area) in meting \(meting.label) niet gesteld "
                                             + "of door niemand beantwoord; daarom splitst dit rapport de cijfers niet uit naar leeftijd of geslacht.", [])]
        }
        let missing = Breakdown.allCases.filter { breakdown in !background.breakdowns.contains { $0.breakdown == breakdown } }
        let unanswered = missing.map { " Niemand beantwoordde de vraag naar \(BreakdownText.question($0))." }.joined()
        let profile = ReportLayout.section(
            title, kicker: kicker,
            lead: "Hoeveel respondenten in \(area) in meting \(meting.label) in elke groep vallen. "
                + "‘Niet ingevuld’: de vraag werd niet beantwoord of niet gesteld.\(unanswered)",
            [.init(nil, tag("div", ["class": "profiles"], background.breakdowns.map(ProfileTable.render)))])
        let policy = provenance.policy
        let blocks = background.breakdowns.map { result in
            ReportLayout.Block("Naar \(BreakdownText.question(result.breakdown))",
                               GroupTable.legend(result, policy: policy, bands: provenance.bands),
                               GroupTable.render(result, area: area, bands: provenance.bands))
        }
        let forWhom = ReportLayout.section(
            "Voor wie?", kicker: "per groep",
            lead: "Gemiddelde score per groep in meting \(meting.label), met het 95%-interval eronder; onderaan \(area) als geheel. "
                + "Hoger is gunstiger.",
            blocks + [.init(nil, MethodsNote.render([.breakdown(policy)]))])
        return [profile, forWhom]
    }
}
