import VeerkrachtCore
import VeerkrachtStore

/// One stored questionnaire: after saving, the confirmation with its scores and the way to the
/// next one; later, the same page to check it, correct it (with a reason) or delete it.
enum ResponsePage {
    /// Why the page is shown.
    enum State {
        case viewing
        case justStored
        case corrected
        /// A correction came back with problems: the form with what was typed.
        case correcting(ResponseForm, reason: String, FormProblems)
        /// A deletion came back without a valid reason.
        case deleting(reason: String, FormProblems)
    }

    static func render(session: Session, stored: StoredResponse, enteredBy: String, choices: EntryChoices, state: State) -> String {
        let response = stored.response
        let instrument = choices.instrument
        var content: [HTML] = []
        var problems = FormProblems.none
        switch state {
        case .justStored:
            content.append(Controls.notice("Opgeslagen", "De vragenlijst van respondent \(response.respondent) is bewaard."))
            content.append(tag("div", ["class": "actions"],
                               Controls.buttonLink("Volgende vragenlijst", href: EntryLinks.nextQuestionnaire(after: response)),
                               Controls.buttonLink("Mijn vragenlijsten", href: "/mijn-invoer", secondary: true)))
        case .corrected:
            content.append(Controls.notice("Correctie opgeslagen", "De oude en nieuwe waarden staan in het auditlog."))
        case .correcting(_, _, let sent), .deleting(_, let sent):
            problems = sent
        case .viewing:
            break
        }
        content.append(tag("h1", [:], "Vragenlijst van respondent \(response.respondent)"))
        content.append(Controls.errorSummary(problems))
        content.append(Controls.facts([
            ("Wijk", .text(DutchText.area(response.wijk.rawValue, names: choices.wijkNames))),
            ("Meting", .text(response.meting)),
            ("Datum", .text(DutchText.date(response.datum))),
            ("Ingevoerd door", .text(enteredBy)),
        ]))
        content.append(scores(stored, instrument: instrument))
        content.append(answers(response, instrument: instrument))
        content.append(correction(session: session, stored: stored, choices: choices, state: state))
        content.append(deletion(session: session, stored: stored, state: state))
        return Layout.page("Vragenlijst \(response.respondent)", session: session, problems: problems.count, content)
    }

    /// The construct scores as stored, one decimal with a decimal comma.
    private static func scores(_ stored: StoredResponse, instrument: Instrument) -> HTML {
        let rows = instrument.constructs.map { construct in
            let score = stored.scores[construct.id]
            return tag("tr", [:],
                       tag("th", ["scope": "row"], .text(construct.name)),
                       tag("td", ["class": "num"], score.map { HTML.text(DutchText.score($0)) } ?? tag("span", ["class": "muted"], "geen score")),
                       tag("td", [:], score.map { HTML.text(instrument.thresholds.category(of: $0).rawValue) }
                           ?? tag("span", ["class": "muted small"], "te weinig vragen beantwoord")))
        }
        return .join([
            tag("h2", [:], "Scores"),
            tag("div", ["class": "table-wrap compact"],
                tag("table", [:],
                    tag("caption", [:], "Score van 0 tot 10 per onderdeel, berekend bij het opslaan."),
                    tag("thead", [:], tag("tr", [:], tag("th", ["scope": "col"], "Onderdeel"),
                                          tag("th", ["scope": "col", "class": "num"], "Score"),
                                          tag("th", ["scope": "col"], "Niveau"))),
                    tag("tbody", [:], rows))),
        ])
    }

    /// Every answer with its label.
    private static func answers(_ response: Response, instrument: Instrument) -> HTML {
        let rows = instrument.items.enumerated().map { index, item in
            let answer = index < response.answers.count ? response.answers[index] : nil
            let scale = instrument.scale(of: item)
            let text = answer.map { value in
                scale.labels.first { $0.value == value }.map { "\(value) · \($0.text)" } ?? String(value)
            } ?? instrument.missingLabel
            return tag("tr", [:], tag("td", ["class": "num"], "\(index + 1)."), tag("td", [:], .text(item.text)), tag("td", [:], .text(text)))
        }
        return tag("details", ["class": "panel"],
                   tag("summary", [:], "Antwoorden"),
                   tag("div", ["class": "table-wrap"], tag("table", [:],
                       tag("thead", [:], tag("tr", [:], tag("th", ["scope": "col"], "Nr."), tag("th", ["scope": "col"], "Vraag"),
                                             tag("th", ["scope": "col"], "Antwoord"))),
                       tag("tbody", [:], rows))))
    }

    private static func correction(session: Session, stored: StoredResponse, choices: EntryChoices, state: State) -> HTML {
        var values = ResponseForm(stored: stored, instrument: choices.instrument)
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
                       tag("form", ["method": "post", "action": "/invoer/\(stored.id)"],
                           [Controls.csrf(session)]
                               + ResponseFormPage.fields(values, choices: choices, problems: problems)
                               + [Controls.textarea("reden", label: "Reden van de correctie", value: reason,
                                                    hint: "Bijvoorbeeld: overtikfout bij vraag 4.", problem: problems["reden"]),
                                  tag("div", ["class": "actions"], Controls.submit("Correctie opslaan"))])))
    }

    private static func deletion(session: Session, stored: StoredResponse, state: State) -> HTML {
        var reason = "", problem: String?
        if case .deleting(let sentReason, let problems) = state { (reason, problem) = (sentReason, problems["verwijder-reden"]) }
        return tag("details", ["class": "panel", "open": when(problem != nil)],
                   tag("summary", [:], "Verwijderen"),
                   tag("div", [:],
                       tag("p", [:], .text("Verwijder een vragenlijst alleen als hij niet had mogen worden ingevoerd, bijvoorbeeld een dubbele. "
                                     + "Het auditlog bewaart wat er stond.")),
                       tag("form", ["method": "post", "action": "/invoer/\(stored.id)/verwijderen"],
                           Controls.csrf(session),
                           Controls.textarea("reden", id: "verwijder-reden", label: "Reden van verwijderen", value: reason, problem: problem),
                           tag("div", ["class": "actions"], Controls.submit("Vragenlijst verwijderen", danger: true)))))
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
