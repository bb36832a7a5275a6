import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// The activity registration form: what, where and when; how many people and hours; and which
/// hulpbronnen it contributes to (tick boxes from the instrument).
enum ActivityFormPage {
    /// How the form names a field (labels and the error summary).
    static func label(_ field: ActivityValidator.Field) -> String {
        switch field {
        case .datum: "Datum"
        case .wijk: "Wijk"
        case .activiteit: "Naam van de activiteit"
        case .thema: "Thema"
        case .deelnemers: "Deelnemers"
        case .uren: "Uren"
        case .vrijwilligers: "Vrijwilligers"
        case .hulpbronnen: "Draagt bij aan"
        }
    }

    /// `GET /activiteiten/nieuw`, and its POST when something has to be corrected.
    static func render(session: Session, values: ActivityForm, choices: EntryChoices, problems: FormProblems) -> String {
        Layout.page("Activiteit registreren", session: session, current: "/activiteiten/nieuw", problems: problems.count, [
            tag("h1", [:], "Activiteit registreren"),
            tag("p", ["class": "lead"], "Wat er is gedaan: één activiteit op één dag in één wijk."),
            Controls.errorSummary(problems),
            tag("form", ["method": "post", "action": "/activiteiten/nieuw"],
                [Controls.csrf(session)] + fields(values, choices: choices, problems: problems)
                    + [tag("div", ["class": "actions"], Controls.submit("Activiteit opslaan"))]),
        ])
    }

    /// The fields of an activity, shared by the new form and the correction form.
    static func fields(_ values: ActivityForm, choices: EntryChoices, problems: FormProblems) -> [HTML] {
        let wijk = choices.wijken.isEmpty
            ? Controls.input("wijk", label: label(.wijk), value: values.wijk, hint: "CBS-wijkcode, bijvoorbeeld WK077201", problem: problems["wijk"])
            : Controls.select("wijk", label: label(.wijk), options: choices.wijkOptions, selected: values.wijk, prompt: "Kies een wijk",
                              problem: problems["wijk"])
        let ticked = Set(values.hulpbronIDs)
        let hulpbronProblem = problems["hulpbronnen"]
        return [
            tag("fieldset", ["class": "about"],
                tag("legend", [:], "Wat, waar en wanneer"),
                tag("div", ["class": "fields"],
                    Controls.input("activiteit", label: label(.activiteit), value: values.activiteit, hint: "Bijvoorbeeld Taalcafé of Buurtkoffie.",
                                   problem: problems["activiteit"]),
                    Controls.select("thema", label: label(.thema), options: choices.themes.map { ($0, $0) }, selected: values.thema,
                                    prompt: "Kies een thema", problem: problems["thema"]),
                    wijk,
                    Controls.input("datum", label: label(.datum), value: values.datum, hint: "Dag, maand en jaar.", problem: problems["datum"],
                                   type: "date"))),
            tag("fieldset", ["class": "about"],
                tag("legend", [:], "Hoeveel"),
                tag("div", ["class": "fields counts"],
                    Controls.input("deelnemers", label: label(.deelnemers), value: values.deelnemers, hint: "Aantal personen.",
                                   problem: problems["deelnemers"], inputMode: "numeric", autocomplete: "off"),
                    Controls.input("vrijwilligers", label: label(.vrijwilligers), value: values.vrijwilligers, hint: "Aantal personen.",
                                   problem: problems["vrijwilligers"], inputMode: "numeric", autocomplete: "off"),
                    Controls.input("uren", label: label(.uren), value: values.uren, hint: "Bijvoorbeeld 1,5.", problem: problems["uren"],
                                   inputMode: "decimal", autocomplete: "off"))),
            tag("fieldset", ["class": hulpbronProblem == nil ? "about" : "about invalid", "id": "hulpbronnen",
                             "aria-describedby": hulpbronProblem == nil ? "hulpbronnen-hint" : "hulpbronnen-hint hulpbronnen-fout"],
                tag("legend", [:], .text(label(.hulpbronnen))),
                tag("span", ["class": "hint", "id": "hulpbronnen-hint"], "Kies de hulpbronnen waar deze activiteit aan bijdraagt; geen is ook goed."),
                hulpbronProblem.map { tag("span", ["class": "field-error", "id": "hulpbronnen-fout"], .text($0)) } ?? .none,
                tag("div", ["class": "checks"], choices.hulpbronnen.map { construct in
                    tag("label", ["class": "check"],
                        .empty("input", ["type": "checkbox", "name": "hulpbronnen", "value": construct.id,
                                        "checked": when(ticked.contains(construct.id))]),
                        tag("span", [:], .text(construct.name)))
                })),
        ]
    }
}
