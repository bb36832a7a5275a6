import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// The stories: a veldwerker's own with where each stands, or for an analist every story (also
/// from files), waiting ones first, with the number per status and a filter by status.
enum VerhaalListPage {
    /// The analist's view: the filter (nil: every status) and the number of stories per status.
    struct Review {
        let filter: VerhaalStatus?
        let counts: [VerhaalStatus: Int]
    }

    static func render(session: Session, verhalen: [StoredVerhaal], review: Review?, choices: EntryChoices, names: [Int64: String],
                       deleted: Bool) -> String {
        let title = review == nil ? "Mijn verhalen" : "Verhalen"
        var content: [HTML] = []
        if deleted { content.append(Controls.notice("Verhaal verwijderd", "Het auditlog bewaart wat er stond.")) }
        content.append(tag("h1", [:], .text(title)))
        content.append(tag("p", ["class": "lead"], review == nil
            ? "De verhalen die jij hebt vastgelegd, de nieuwste eerst. Een analist leest elk verhaal voordat het in een rapport komt."
            : "Alle verhalen, ook die uit ingelezen bestanden: eerst die op beoordeling wachten, dan de nieuwste."))
        content.append(tag("div", ["class": "actions"], Controls.buttonLink("Nieuw verhaal", href: "/verhalen/nieuw")))
        if let review { content.append(filter(review)) }
        if verhalen.isEmpty {
            content.append(tag("p", ["class": "empty"], review?.filter == nil ? "Er zijn nog geen verhalen." : "Geen verhalen met deze status."))
        } else {
            content.append(tag("ul", ["class": "stories"], verhalen.map { stored in
                item(stored, choices: choices, enteredBy: review == nil ? nil : EntryAccess.enteredBy(stored.enteredBy, names: names))
            }))
        }
        return Layout.page(title, session: session, current: "/verhalen", content)
    }

    /// "Alle (12) · Wacht op beoordeling (3) · …" as links, the chosen one marked.
    private static func filter(_ review: Review) -> HTML {
        let total = review.counts.values.reduce(0, +)
        let options: [(VerhaalStatus?, String, Int)] = [(nil, "Alle", total)]
            + VerhaalStatus.allCases.map { ($0, VerhaalParts.name($0), review.counts[$0] ?? 0) }
        return tag("nav", ["class": "filter", "aria-label": "Filter op status"], tag("ul", [:], options.map { status, name, count in
            tag("li", [:], tag("a", ["href": status.map { "/verhalen?status=\($0.rawValue)" } ?? "/verhalen",
                                     "aria-current": when(status == review.filter, "page")],
                               .text(name), tag("span", ["class": "count"], .text(DutchNumber.grouped(count)))))
        }))
    }

    private static func item(_ stored: StoredVerhaal, choices: EntryChoices, enteredBy: String?) -> HTML {
        tag("li", ["class": "story-card"],
            tag("div", ["class": "story-head"],
                tag("a", ["href": "/verhalen/\(stored.id)"], .text(stored.verhaal.titel)),
                VerhaalParts.badge(stored)),
            tag("p", ["class": "story-about"],
                .text(VerhaalParts.about(stored.verhaal, choices: choices) + (enteredBy.map { " · vastgelegd door \($0)" } ?? ""))),
            stored.status == .afgewezen ? VerhaalParts.note(stored) : .none)
    }
}
