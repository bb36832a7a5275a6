import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// One stored questionnaire: after saving, the confirmation with its scores and the way to the
/// next one; later, the same page to check it, correct it (with a reason) or delete it.
enum ResponsePage {
    /// Why the page is shown.
    typealias State = EntryPage<ResponseForm>.State

    static func render(session: Session, stored: StoredResponse, enteredBy: String, choices: EntryChoices, state: State) -> String {
        let response = stored.response
        let instrument = choices.instrument
        var content: [HTML] = []
        let problems = state.problems
        switch state {
        case .justStored:
            content.append(Controls.notice("Opgeslagen", "De vragenlijst van respondent \(response.respondent) is bewaard."))
            content.append(tag("div", ["class": "actions"],
                               Controls.buttonLink("Volgende vragenlijst", href: EntryLinks.nextQuestionnaire(after: response)),
                               Controls.buttonLink("Mijn vragenlijsten", href: "/mijn-invoer", secondary: true)))
        case .corrected:
            content.append(Controls.notice("Correctie opgeslagen", "De oude en nieuwe waarden staan in het auditlog."))
        case .viewing, .correcting, .deleting:
            break
        }
        content.append(tag("h1", [:], "Vragenlijst van respondent \(response.respondent)"))
        content.append(Controls.errorSummary(problems))
        content.append(Controls.facts([
            ("Wijk", .text(choices.wijkLabel(response.wijk.rawValue))),
            ("Meting", .text(response.meting)),
            ("Datum", .text(DutchDate.date(response.datum))),
            ("Ingevoerd door", .text(enteredBy)),
        ]))
        content.append(scores(stored, instrument: instrument))
        content.append(answers(response, instrument: instrument))
        let action = "/invoer/\(stored.id)"
        content.append(EntryPage<ResponseForm>.correction(session: session, action: action, stored: ResponseForm(stored: stored, instrument: instrument),
                                            state: state, reasonHint: "Bijvoorbeeld: overtikfout bij vraag 4.") {
            ResponseFormPage.fields($0, choices: choices, problems: $1)
        })
        content.append(EntryPage<ResponseForm>.deletion(session: session, action: action, state: state, what: "vragenlijst", registered: "ingevoerd"))
        return Layout.page("Vragenlijst \(response.respondent)", session: session, problems: problems.count, content)
    }

    /// The construct scores as stored, one decimal with a decimal comma.
    private static func scores(_ stored: StoredResponse, instrument: Instrument) -> HTML {
        let rows = instrument.constructs.map { construct in
            let score = stored.scores[construct.id]
            return tag("tr", [:],
                       tag("th", ["scope": "row"], .text(construct.name)),
                       tag("td", ["class": "num"], score.map { HTML.text(DutchNumber.score($0)) } ?? tag("span", ["class": "muted"], "geen score")),
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
            } ?? scale.missingLabel ?? instrument.missingLabel
            return tag("tr", [:], tag("td", ["class": "num"], "\(index + 1)."), tag("td", [:], .text(item.text)), tag("td", [:], .text(text)))
        }
        return tag("details", ["class": "panel"],
                   tag("summary", [:], "Antwoorden"),
                   tag("div", ["class": "table-wrap"], tag("table", [:],
                       tag("thead", [:], tag("tr", [:], tag("th", ["scope": "col"], "Nr."), tag("th", ["scope": "col"], "Vraag"),
                                             tag("th", ["scope": "col"], "Antwoord"))),
                       tag("tbody", [:], rows))))
    }
}
