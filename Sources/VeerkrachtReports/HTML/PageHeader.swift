import VeerkrachtCore
import VeerkrachtPresentation

/// The top of a report: what kind of report it is, the area's name, where it lies, and the facts
/// a reader needs first (meting, respondents, dates, instrument).
enum PageHeader {
    static func render(kind: String, title: String, subtitle: String, facts: [(term: String, value: HTML)]) -> HTML {
        tag("header", [:],
           tag("div", ["class": "eyebrow"], .text(kind)),
           tag("h1", [:], .text(title)),
           tag("p", ["class": "subtitle"], .text(subtitle)),
           tag("dl", ["class": "facts"], facts.map { tag("div", [:], tag("dt", [:], .text($0.term)), tag("dd", [:], $0.value)) }))
    }

    /// The standard facts about a meting and the one it is compared with.
    static func metingFacts(_ meting: MetingInfo, previous: MetingInfo?, provenance: Provenance) -> [(term: String, value: HTML)] {
        var facts: [(term: String, value: HTML)] = [("Meting", .text(meting.label))]
        facts.append(("Respondenten", .text(DutchNumber.grouped(meting.participation?.respondents ?? 0))))
        facts.append(("Afgenomen", .text(meting.participation.map(answered) ?? "geen vragenlijsten")))
        if let previous {
            let detail = previous.participation.map {
                "\(answered($0)), \(DutchNumber.count($0.respondents, "respondent", "respondenten"))"
            } ?? "geen respondenten"
            facts.append(("Vergeleken met", "\(previous.label)\(tag("span", ["class": "small"], .text(detail)))"))
        }
        let version = tag("span", ["class": "small"], .text("\(provenance.instrument), versie \(provenance.instrumentVersion)"))
        facts.append(("Vragenlijst", "\(provenance.instrumentTitle)\(version)"))
        return facts
    }

    /// When people answered: the span of the dates, or of their months only ("maart – mei 2026")
    /// where the report shows no more than the month.
    private static func answered(_ participation: Participation) -> String {
        participation.isMonthly ? DutchDate.monthRange(participation.firstDate, participation.lastDate)
            : DutchDate.dateRange(participation.firstDate, participation.lastDate)
    }
}
