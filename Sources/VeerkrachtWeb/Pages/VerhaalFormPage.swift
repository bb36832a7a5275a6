import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// The story form: where and when, which hulpbronnen it is about, a title and the story, and the
/// author's confirmation that no resident can be recognised in it.
enum VerhaalFormPage {
    /// How the form names a field (labels and the error summary).
    static func label(_ field: VerhaalValidator.Field) -> String {
        switch field {
        case .wijk: "Wijk"
        case .datum: "Datum"
        case .hulpbronnen: "Gaat over"
        case .titel: "Titel"
        case .tekst: "Verhaal"
        case .bevestiging: "Niet herkenbaar"
        }
    }

    /// `GET /verhalen/nieuw`, and its POST when something has to be corrected.
    static func render(session: Session, values: VerhaalForm, choices: EntryChoices, problems: FormProblems) -> String {
        Layout.page("Nieuw verhaal", session: session, current: "/verhalen", problems: problems.count, [
            tag("h1", [:], "Nieuw verhaal"),
            tag("p", ["class": "lead"], .text("Een kort verhaal uit de wijk dat laat zien hoe een hulpbron werkt. "
                                              + "Een analist leest het voordat het in een rapport kan komen.")),
            Controls.errorSummary(problems),
            tag("form", ["method": "post", "action": "/verhalen/nieuw"],
                [Controls.csrf(session)] + fields(values, choices: choices, problems: problems)
                    + [tag("div", ["class": "actions"], Controls.submit("Verhaal insturen"))]),
        ])
    }

    /// The fields of a story, shared by the new form and the correction form.
    static func fields(_ values: VerhaalForm, choices: EntryChoices, problems: FormProblems) -> [HTML] {
        let wijk = choices.wijken.isEmpty
            ? Controls.input("wijk", label: label(.wijk), value: values.wijk, hint: "CBS-wijkcode, bijvoorbeeld WK077201", problem: problems["wijk"])
            : Controls.select("wijk", label: label(.wijk), options: choices.wijkOptions, selected: values.wijk, prompt: "Kies een wijk",
                              problem: problems["wijk"])
        return [
            tag("fieldset", ["class": "about"],
                tag("legend", [:], "Waar en wanneer"),
                tag("div", ["class": "fields"],
                    wijk,
                    Controls.input("datum", label: label(.datum), value: values.datum, hint: "Wanneer het gebeurde of je het hoorde.",
                                   problem: problems["datum"], type: "date"))),
            hulpbronnen(values, choices: choices, problem: problems["hulpbronnen"]),
            tag("fieldset", ["class": "about"],
                tag("legend", [:], "Het verhaal"),
                titel(values.titel, problem: problems["titel"]),
                tekst(values.tekst, problem: problems["tekst"])),
            confirmation(values.isConfirmed, problem: problems["bevestiging"]),
        ]
    }

    private static func hulpbronnen(_ values: VerhaalForm, choices: EntryChoices, problem: String?) -> HTML {
        let ticked = Set(values.hulpbronIDs)
        return tag("fieldset", ["class": problem == nil ? "about" : "about invalid", "id": "hulpbronnen",
                                "aria-describedby": problem == nil ? "hulpbronnen-hint" : "hulpbronnen-hint hulpbronnen-fout"],
                   tag("legend", [:], .text(label(.hulpbronnen))),
                   tag("span", ["class": "hint", "id": "hulpbronnen-hint"], "Kies de hulpbronnen die dit verhaal laat zien; minstens één."),
                   problem.map { tag("span", ["class": "field-error", "id": "hulpbronnen-fout"], .text($0)) } ?? .none,
                   tag("div", ["class": "checks"], choices.hulpbronnen.map { construct in
                       tag("label", ["class": "check"],
                           .empty("input", ["type": "checkbox", "name": "hulpbronnen", "value": construct.id,
                                           "checked": when(ticked.contains(construct.id))]),
                           tag("span", [:], .text(construct.name)))
                   }))
    }

    private static func titel(_ value: String, problem: String?) -> HTML {
        Controls.field("titel", label: label(.titel), hint: "Hoogstens \(VerhaalValidator.maximumTitelLength) tekens, bijvoorbeeld ‘Samen de stoep op’.",
                       problem: problem) { describedBy in
            .empty("input", ["type": "text", "id": "titel", "name": "titel", "value": value, "class": "long",
                            "maxlength": String(VerhaalValidator.maximumTitelLength), "autocomplete": "off",
                            "aria-describedby": describedBy, "aria-invalid": when(problem != nil, "true")])
        }
    }

    private static func tekst(_ value: String, problem: String?) -> HTML {
        let maximum = DutchNumber.grouped(VerhaalValidator.maximumTekstLength)
        return Controls.field("tekst", label: label(.tekst),
                              hint: "Hoogstens \(maximum) tekens. Begin een nieuwe alinea met een witregel.", problem: problem) { describedBy in
            tag("textarea", ["id": "tekst", "name": "tekst", "rows": "10", "class": "long",
                             "maxlength": String(VerhaalValidator.maximumTekstLength),
                             "aria-describedby": describedBy, "aria-invalid": when(problem != nil, "true")], .text(value))
        }
    }

    /// The guidance on what makes a resident recognisable, and the box that confirms the story has none of it.
    private static func confirmation(_ isConfirmed: Bool, problem: String?) -> HTML {
        tag("fieldset", ["class": problem == nil ? "about privacy" : "about privacy invalid",
                         "aria-describedby": problem == nil ? "bevestiging-hint" : "bevestiging-hint bevestiging-fout"],
            tag("legend", [:], "Niemand herkenbaar"),
            tag("div", ["class": "hint", "id": "bevestiging-hint"],
                tag("p", [:], "Een verhaal gaat over wat er gebeurde, niet over wie. Laat weg:"),
                tag("ul", [:],
                    tag("li", [:], "namen, ook voornamen en bijnamen;"),
                    tag("li", [:], "adressen, straten met huisnummer, postcodes, telefoonnummers en e-mailadressen;"),
                    tag("li", [:], "een leeftijd, beroep of familie samen met een zeldzaam detail (‘de 97-jarige oud-kapper van de hoek’);"),
                    tag("li", [:], "een gebeurtenis die iedereen in de buurt kent, zoals een brand of een ongeluk.")),
                tag("p", [:], "Schrijf liever ‘een bewoner’, ‘een moeder van drie kinderen’ of ‘een oudere buurman’.")),
            problem.map { tag("span", ["class": "field-error", "id": "bevestiging-fout"], .text($0)) } ?? .none,
            tag("label", ["class": "check confirm"],
                .empty("input", ["type": "checkbox", "id": "bevestiging", "name": "bevestiging", "value": "ja",
                                "checked": when(isConfirmed), "required": "", "aria-invalid": when(problem != nil, "true")]),
                tag("span", [:], "Dit verhaal bevat geen namen of andere details waaraan een bewoner te herkennen is")))
    }
}
