/// The top of a report: what kind of report it is, the area's name, where it lies, and the facts
/// a reader needs first (meting, respondents, dates, instrument).
enum PageHeader {
    static func render(kind: String, title: String, subtitle: String, facts: [(term: String, value: Markup)]) -> Markup {
        el("header", [:],
           el("div", ["class": "eyebrow"], .text(kind)),
           el("h1", [:], .text(title)),
           el("p", ["class": "subtitle"], .text(subtitle)),
           el("dl", ["class": "facts"], facts.map { el("div", [:], el("dt", [:], .text($0.term)), el("dd", [:], $0.value)) }))
    }

    /// The standard facts about a meting and the one it is compared with.
    static func metingFacts(_ meting: MetingInfo, previous: MetingInfo?, provenance: Provenance) -> [(term: String, value: Markup)] {
        var facts: [(term: String, value: Markup)] = [("Meting", .text(meting.label))]
        facts.append(("Respondenten", .text(DutchNumber.grouped(meting.participation?.respondents ?? 0))))
        facts.append(("Afgenomen", .text(meting.participation.map(DutchText.answered) ?? "geen vragenlijsten")))
        if let previous {
            let detail = previous.participation.map {
                "\(DutchText.answered($0)), \(DutchText.count($0.respondents, "respondent", "respondenten"))"
            } ?? "geen respondenten"
            facts.append(("Vergeleken met", "\(previous.label)\(el("span", ["class": "small"], .text(detail)))"))
        }
        let version = el("span", ["class": "small"], .text("\(provenance.instrument), versie \(provenance.instrumentVersion)"))
        facts.append(("Vragenlijst", "\(provenance.instrumentTitle)\(version)"))
        return facts
    }
}
