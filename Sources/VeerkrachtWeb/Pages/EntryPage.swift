import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// What an entry's page shows around the entry: a notice of what just happened, and the panels to
/// correct and delete it with a reason. Questionnaires and activities share them.
enum EntryPage<Form> {
    /// How the page of one entry is shown.
    enum State {
        case viewing
        case justStored
        case corrected
        /// A correction came back with problems: the form with what was typed.
        case correcting(Form, reason: String, FormProblems)
        /// A deletion came back without a valid reason.
        case deleting(reason: String, FormProblems)

        /// The state a page of `query` asks for (`?nieuw=1`, `?gecorrigeerd=1`).
        init(query: FormData) {
            self = query["nieuw"] != nil ? .justStored : query["gecorrigeerd"] != nil ? .corrected : .viewing
        }

        /// The problems the page comes back with.
        var problems: FormProblems {
            switch self {
            case .correcting(_, _, let problems), .deleting(_, let problems): problems
            default: .none
            }
        }
    }

    /// The "Corrigeren" panel: the entry's form as stored (or as sent back), a reason and a button.
    static func correction(session: Session, action: String, stored: Form, state: State, reasonHint: String,
                           fields: (Form, FormProblems) -> [HTML]) -> HTML {
        var (values, reason, problems, isOpen) = (stored, "", FormProblems.none, false)
        if case .correcting(let sent, let sentReason, let sentProblems) = state {
            (values, reason, problems, isOpen) = (sent, sentReason, sentProblems, true)
        }
        return tag("details", ["class": "panel", "open": when(isOpen)],
                   tag("summary", [:], "Corrigeren"),
                   tag("div", [:],
                       tag("p", [:], "Pas aan wat niet klopt en geef de reden. De oude en nieuwe waarden komen in het auditlog."),
                       tag("form", ["method": "post", "action": action],
                           [Controls.csrf(session)]
                               + fields(values, problems)
                               + [Controls.textarea("reden", label: "Reden van de correctie", value: reason, hint: reasonHint,
                                                    problem: problems["reden"]),
                                  tag("div", ["class": "actions"], Controls.submit("Correctie opslaan"))])))
    }

    /// The "Verwijderen" panel; `what` names the entry ("vragenlijst", "activiteit", "verhaal"), a
    /// het-word when `neuter`.
    static func deletion(session: Session, action: String, state: State, what: String, registered: String, neuter: Bool = false) -> HTML {
        var reason = "", problem: String?
        if case .deleting(let sentReason, let problems) = state { (reason, problem) = (sentReason, problems["verwijder-reden"]) }
        return tag("details", ["class": "panel", "open": when(problem != nil)],
                   tag("summary", [:], "Verwijderen"),
                   tag("div", [:],
                       tag("p", [:], .text("Verwijder een \(what) alleen als \(neuter ? "het" : "hij") niet had mogen worden \(registered), "
                                     + "bijvoorbeeld een \(neuter ? "dubbel" : "dubbele"). "
                                     + "Het auditlog bewaart wat er stond.")),
                       tag("form", ["method": "post", "action": action + "/verwijderen"],
                           Controls.csrf(session),
                           Controls.textarea("reden", id: "verwijder-reden", label: "Reden van verwijderen", value: reason, problem: problem),
                           tag("div", ["class": "actions"], Controls.submit("\(what.prefix(1).uppercased() + what.dropFirst()) verwijderen",
                                                                            danger: true)))))
    }
}

/// Links that carry what stays the same from one entry to the next.
enum EntryLinks {
    /// A new questionnaire with the same wijk, meting and date already filled in.
    static func nextQuestionnaire(after response: Response) -> String {
        "/invoer?" + QueryString.encode([("wijk", response.wijk.rawValue), ("meting", response.meting), ("datum", response.datum)])
    }

    /// A new activity in the same wijk on the same date.
    static func nextActivity(after activity: Activity) -> String {
        "/activiteiten/nieuw?" + QueryString.encode([("wijk", activity.wijk.rawValue), ("datum", activity.datum)])
    }
}
