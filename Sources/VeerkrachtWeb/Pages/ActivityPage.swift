import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// One stored activity: the confirmation after saving, and the page to check, correct (with a
/// reason) or delete it.
enum ActivityPage {
    /// Why the page is shown.
    typealias State = EntryPage<ActivityForm>.State

    static func render(session: Session, stored: StoredActivity, enteredBy: String, choices: EntryChoices, state: State) -> String {
        let activity = stored.activity
        var content: [HTML] = []
        let problems = state.problems
        switch state {
        case .justStored:
            content.append(Controls.notice("Opgeslagen", "De activiteit ‘\(activity.name)’ is geregistreerd."))
            content.append(tag("div", ["class": "actions"],
                               Controls.buttonLink("Nog een activiteit", href: EntryLinks.nextActivity(after: activity)),
                               Controls.buttonLink("Mijn activiteiten", href: "/activiteiten", secondary: true)))
        case .corrected:
            content.append(Controls.notice("Correctie opgeslagen", "De oude en nieuwe waarden staan in het auditlog."))
        case .viewing, .correcting, .deleting:
            break
        }
        let names = Dictionary(choices.hulpbronnen.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        content.append(tag("h1", [:], .text(activity.name)))
        content.append(Controls.errorSummary(problems))
        content.append(Controls.facts([
            ("Datum", .text(DutchDate.date(activity.datum))),
            ("Wijk", .text(choices.wijkLabel(activity.wijk.rawValue))),
            ("Thema", .text(activity.thema)),
            ("Deelnemers", "\(activity.participants)"),
            ("Vrijwilligers", "\(activity.volunteers)"),
            ("Uren", .text(DutchNumber.hours(activity.hours))),
            ("Draagt bij aan", .text(activity.hulpbronnen.isEmpty ? "geen hulpbron gekozen"
                                                                  : activity.hulpbronnen.map { names[$0] ?? $0 }.joined(separator: ", "))),
            ("Geregistreerd door", .text(enteredBy)),
        ]))
        let action = "/activiteiten/\(stored.id)"
        content.append(EntryPage<ActivityForm>.correction(session: session, action: action, stored: ActivityForm(stored: stored), state: state,
                                            reasonHint: "Bijvoorbeeld: 12 deelnemers in plaats van 21.") {
            ActivityFormPage.fields($0, choices: choices, problems: $1)
        })
        content.append(EntryPage<ActivityForm>.deletion(session: session, action: action, state: state, what: "activiteit", registered: "geregistreerd"))
        return Layout.page(activity.name, session: session, problems: problems.count, content)
    }
}
