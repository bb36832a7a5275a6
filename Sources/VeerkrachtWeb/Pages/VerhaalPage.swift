import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// One story: its text as a report will show it, where it stands, the analist's review, the
/// panels to change or delete it with a reason, and its lines of the audit log.
enum VerhaalPage {
    /// Why the page is shown.
    enum State {
        /// As for every entry: viewing, just stored, corrected, or a change that came back.
        case entry(EntryPage<VerhaalForm>.State)
        /// A review was just stored.
        case reviewed
        /// A review came back: the note as typed and its problem.
        case reviewing(note: String, FormProblems)

        /// The state a page of `query` asks for (`?nieuw=1`, `?gecorrigeerd=1`, `?beoordeeld=1`).
        init(query: FormData) {
            self = query["beoordeeld"] != nil ? .reviewed : .entry(.init(query: query))
        }

        var problems: FormProblems {
            switch self {
            case .entry(let state): state.problems
            case .reviewing(_, let problems): problems
            case .reviewed: .none
            }
        }

        /// The state of the change and delete panels.
        var entry: EntryPage<VerhaalForm>.State {
            if case .entry(let state) = self { return state }
            return .viewing
        }
    }

    static func render(session: Session, stored: StoredVerhaal, enteredBy: String, history: [AuditEntry], choices: EntryChoices,
                       state: State) -> String {
        let verhaal = stored.verhaal
        let isAnalist = session.user.role == .analist
        var content: [HTML] = [notice(state, isAnalist: isAnalist)]
        content.append(tag("p", ["class": "back"], tag("a", ["href": "/verhalen"], isAnalist ? "← Alle verhalen" : "← Mijn verhalen")))
        content.append(tag("h1", [:], .text(verhaal.titel)))
        content.append(tag("p", ["class": "story-status"], VerhaalParts.badge(stored), .text(" vastgelegd door \(enteredBy)")))
        content.append(Controls.errorSummary(state.problems))
        content.append(VerhaalParts.note(stored))
        if stored.status == .afgewezen && !isAnalist {
            content.append(tag("p", [:], "Pas het verhaal aan onder ‘Corrigeren’; daarna wacht het opnieuw op beoordeling."))
        }
        content.append(tag("article", ["class": "story-view", "aria-label": "Het verhaal zoals het in een rapport komt"],
                           tag("p", ["class": "story-about"], .text(VerhaalParts.about(verhaal, choices: choices))),
                           VerhaalParts.text(verhaal.tekst)))
        if isAnalist { content.append(review(session: session, stored: stored, state: state)) }
        let action = "/verhalen/\(stored.id)"
        let reasonHint = isAnalist ? "Bijvoorbeeld: naam van de buurvrouw weggehaald."
            : "Bijvoorbeeld: naam weggehaald, zoals gevraagd. Daarna wacht het verhaal opnieuw op beoordeling."
        content.append(EntryPage<VerhaalForm>.correction(session: session, action: action, stored: VerhaalForm(stored: stored),
                                                         state: state.entry, reasonHint: reasonHint) {
            VerhaalFormPage.fields($0, choices: choices, problems: $1)
        })
        content.append(EntryPage<VerhaalForm>.deletion(session: session, action: action, state: state.entry, what: "verhaal",
                                                       registered: "vastgelegd", neuter: true))
        content.append(VerhaalHistory.render(history))
        return Layout.page(verhaal.titel, session: session, current: "/verhalen", problems: state.problems.count, content)
    }

    private static func notice(_ state: State, isAnalist: Bool) -> HTML {
        switch state {
        case .entry(.justStored):
            Controls.notice("Verhaal ingestuurd", "Een analist leest het; hier zie je of het is goedgekeurd.")
        case .entry(.corrected):
            Controls.notice("Wijziging opgeslagen", isAnalist ? "De oude en nieuwe tekst staan in het auditlog."
                                                             : "Het verhaal wacht opnieuw op beoordeling.")
        case .reviewed:
            Controls.notice("Beoordeling opgeslagen")
        default:
            .none
        }
    }

    /// The analist's panel: a note and the decisions that apply to the story as it stands.
    private static func review(session: Session, stored: StoredVerhaal, state: State) -> HTML {
        var note = "", problem: String?
        if case .reviewing(let sent, let problems) = state { (note, problem) = (sent, problems["notitie"]) }
        let approved = stored.status == .goedgekeurd
        let decisions: [(VerhaalDecision, String, String)] = [
            (.approve, "Goedkeuren", "button"),
            (.highlight, "Uitlichten", "button"),
            (.unhighlight, "Niet meer uitlichten", "button secondary"),
            (.reject, "Afwijzen", "button danger"),
        ].filter { decision, _, _ in
            switch decision {
            case .approve: !approved
            case .reject: stored.status != .afgewezen
            case .highlight: approved && !stored.uitgelicht
            case .unhighlight: stored.uitgelicht
            }
        }
        return tag("section", ["class": "panel review", "aria-labelledby": "beoordelen-kop"],
                   tag("h2", ["id": "beoordelen-kop"], "Beoordelen"),
                   tag("p", [:], .text("Goedgekeurde verhalen komen in de rapporten van hun wijk, behalve waar de cijfers van die wijk "
                                       + "worden afgeschermd; uitgelichte ook in de samenvatting van de gemeente.")),
                   tag("form", ["method": "post", "action": "/verhalen/\(stored.id)/beoordelen"],
                       Controls.csrf(session),
                       Controls.textarea("notitie", label: "Toelichting", value: note,
                                         hint: "Nodig bij afwijzen: wat moet er anders? De schrijver leest dit. Hoogstens 500 tekens.",
                                         problem: problem),
                       tag("div", ["class": "actions"], decisions.map { decision, text, style in
                           tag("button", ["type": "submit", "name": "besluit", "value": decision.rawValue, "class": style], .text(text))
                       })))
    }
}
