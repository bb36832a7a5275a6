import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// What the pages of verhalen share: a story's status in Dutch, its text as it will appear in a
/// report, and the line of facts under its title.
enum VerhaalParts {
    /// A status as a filter names it.
    static func name(_ status: VerhaalStatus) -> String {
        switch status {
        case .ingediend: "Wacht op beoordeling"
        case .goedgekeurd: "Goedgekeurd"
        case .afgewezen: "Afgewezen"
        }
    }

    /// Where a story stands, as a coloured label: "wacht op beoordeling", "goedgekeurd", "uitgelicht" or "afgewezen".
    static func badge(_ stored: StoredVerhaal) -> HTML {
        let (text, kind) = switch stored.status {
        case .ingediend: ("wacht op beoordeling", "waiting")
        case .goedgekeurd: stored.uitgelicht ? ("goedgekeurd en uitgelicht", "highlighted") : ("goedgekeurd", "approved")
        case .afgewezen: ("afgewezen", "rejected")
        }
        return tag("span", ["class": "status \(kind)"], .text(text))
    }

    /// The text as paragraphs (separated by a blank line), its lines kept (`<br/>`).
    static func text(_ tekst: String) -> HTML {
        let paragraphs = tekst.split(separator: "\n\n", omittingEmptySubsequences: true)
        return .join(paragraphs.map { paragraph in
            let lines = paragraph.split(separator: "\n", omittingEmptySubsequences: false).map { HTML.text(String($0)) }
            return tag("p", [:], Array(lines.map { [$0] }.joined(separator: [HTML.empty("br")])))
        })
    }

    /// "Centrum (WK077201) · 2 april 2025 · Cohesie, Binding".
    static func about(_ verhaal: Verhaal, choices: EntryChoices) -> String {
        [choices.wijkLabel(verhaal.wijk.rawValue), DutchDate.date(verhaal.datum), hulpbronnen(verhaal, choices: choices)]
            .joined(separator: " · ")
    }

    /// The hulpbronnen by their Dutch names, in instrument order.
    static func hulpbronnen(_ verhaal: Verhaal, choices: EntryChoices) -> String {
        let names = Dictionary(choices.hulpbronnen.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return verhaal.hulpbronnen.map { names[$0] ?? $0 }.joined(separator: ", ")
    }

    /// The analist's note with the last decision, with who wrote it: why it was rejected, or a remark.
    static func note(_ stored: StoredVerhaal) -> HTML {
        guard let note = stored.beoordeling else { return .none }
        let heading = stored.status == .afgewezen ? "Waarom het is afgewezen" : "Opmerking van de analist"
        return tag("div", ["class": stored.status == .afgewezen ? "review-note rejected" : "review-note"],
                   tag("strong", [:], .text(heading + (stored.beoordeeldDoor.map { " (\($0))" } ?? ""))),
                   tag("p", [:], .text(note)))
    }
}
