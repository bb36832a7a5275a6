import VeerkrachtCore
import VeerkrachtStore

/// One stored activity: the confirmation after saving, and the page to check, correct (with a
/// reason) or delete it.
enum ActivityPage {
    /// Why the page is shown.
    enum State {
        case viewing
        case justStored
        case corrected
        /// A correction came back with problems: the form with what was typed.
        case correcting(ActivityForm, reason: String, FormProblems)
        /// A deletion came back without a valid reason.
        case deleting(reason: String, FormProblems)
    }

    static func render(session: Session, stored: StoredActivity, enteredBy: String, choices: EntryChoices, state: State) -> String {
        let activity = stored.activity
        var content: [HTML] = []
        var problems = FormProblems.none
        switch state {
        case .justStored:
            content.append(Controls.notice("Opgeslagen", "De activiteit ‘\(activity.name)’ is geregistreerd."))
            content.append(tag("div", ["class": "actions"],
                               Controls.buttonLink("Nog een activiteit", href: EntryLinks.nextActivity(after: activity)),
                               Controls.buttonLink("Mijn activiteiten", href: "/activiteiten", secondary: true)))
        case .corrected:
            content.append(Controls.notice("Correctie opgeslagen", "De oude en nieuwe waarden staan in het auditlog."))
        case .correcting(_, _, let sent), .deleting(_, let sent):
            problems = sent
        case .viewing:
            break
        }
        let names = Dictionary(choices.hulpbronnen.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        content.append(tag("h1", [:], .text(activity.name)))
        content.append(Controls.errorSummary(problems))
        content.append(Controls.facts([
            ("Datum", .text(DutchText.date(activity.datum))),
            ("Wijk", .text(DutchText.area(activity.wijk.rawValue, names: choices.wijkNames))),
            ("Thema", .text(activity.thema)),
            ("Deelnemers", "\(activity.participants)"),
            ("Vrijwilligers", "\(activity.volunteers)"),
            ("Uren", .text(DutchText.hours(activity.hours))),
            ("Draagt bij aan", .text(activity.hulpbronnen.isEmpty ? "geen hulpbron gekozen"
                                                                  : activity.hulpbronnen.map { names[$0] ?? $0 }.joined(separator: ", "))),
            ("Geregistreerd door", .text(enteredBy)),
        ]))
        content.append(correction(session: session, stored: stored, choices: choices, state: state))
        content.append(deletion(session: session, stored: stored, state: state))
        return Layout.page(activity.name, session: session, problems: problems.count, content)
    }

    private static func correction(session: Session, stored: StoredActivity, choices: EntryChoices, state: State) -> HTML {
        var values = ActivityForm(stored: stored)
        var reason = ""
        var problems = FormProblems.none
        var isOpen = false
        if case .correcting(let sent, let sentReason, let sentProblems) = state {
            (values, reason, problems, isOpen) = (sent, sentReason, sentProblems, true)
        }
        return tag("details", ["class": "panel", "open": when(isOpen)],
                   tag("summary", [:], "Corrigeren"),
                   tag("div", [:],
                       tag("p", [:], "Pas aan wat niet klopt en geef de reden. De oude en nieuwe waarden komen in het auditlog."),
                       tag("form", ["method": "post", "action": "/activiteiten/\(stored.id)"],
                           [Controls.csrf(session)]
                               + ActivityFormPage.fields(values, choices: choices, problems: problems)
                               + [Controls.textarea("reden", label: "Reden van de correctie", value: reason,
                                                    hint: "Bijvoorbeeld: 12 deelnemers in plaats van 21.", problem: problems["reden"]),
                                  tag("div", ["class": "actions"], Controls.submit("Correctie opslaan"))])))
    }

    private static func deletion(session: Session, stored: StoredActivity, state: State) -> HTML {
        var reason = "", problem: String?
        if case .deleting(let sentReason, let problems) = state { (reason, problem) = (sentReason, problems["verwijder-reden"]) }
        return tag("details", ["class": "panel", "open": when(problem != nil)],
                   tag("summary", [:], "Verwijderen"),
                   tag("div", [:],
                       tag("p", [:], .text("Verwijder een activiteit alleen als hij niet had mogen worden geregistreerd, bijvoorbeeld een dubbele. "
                                     + "Het auditlog bewaart wat er stond.")),
                       tag("form", ["method": "post", "action": "/activiteiten/\(stored.id)/verwijderen"],
                           Controls.csrf(session),
                           Controls.textarea("reden", id: "verwijder-reden", label: "Reden van verwijderen", value: reason, problem: problem),
                           tag("div", ["class": "actions"], Controls.submit("Activiteit verwijderen", danger: true)))))
    }
}
