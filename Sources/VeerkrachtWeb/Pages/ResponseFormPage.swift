import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// The questionnaire form, rendered from the instrument: a new instrument needs no code. First
/// who, where and when; then every item grouped per construct, its answer labels as large radio
/// buttons in one row (wrapping on phones) plus "weet niet"; last the background questions, all
/// optional, as "Over uzelf" (on a scale without labels, such as an age, as a number field).
enum ResponseFormPage {
    /// `GET /invoer`, and `POST /invoer` when something has to be corrected.
    static func render(session: Session, values: ResponseForm, choices: EntryChoices, problems: FormProblems) -> String {
        let instrument = choices.instrument
        return Layout.page("Vragenlijst invoeren", session: session, current: "/invoer", problems: problems.count, [
            tag("h1", [:], "Vragenlijst invoeren"),
            tag("p", ["class": "lead"], .text("\(instrument.title) · \(instrument.items.count) vragen. "
                                              + "Neem de antwoorden over van het papieren formulier, of vul ze samen met de bewoner in.")),
            Controls.errorSummary(problems),
            tag("form", ["method": "post", "action": "/invoer"], [Controls.csrf(session)] + fields(values, choices: choices, problems: problems) + [
                tag("div", ["class": "actions"], Controls.submit("Vragenlijst opslaan")),
            ]),
        ])
    }

    /// The fields of a questionnaire, shared by the new form and the correction form.
    static func fields(_ values: ResponseForm, choices: EntryChoices, problems: FormProblems) -> [HTML] {
        let instrument = choices.instrument
        var parts: [HTML] = [about(values, choices: choices, problems: problems)]
        for (index, construct) in instrument.constructs.enumerated() where construct.kind != .composite {
            let items = instrument.items.indices.filter { instrument.items[$0].constructIndex == index }
            guard !items.isEmpty else { continue }
            parts.append(tag("fieldset", ["class": "construct"],
                             [tag("legend", [:], .text(construct.name))]
                                + items.map { item($0, instrument: instrument, value: values.answers[instrument.items[$0].id],
                                                   problem: problems[instrument.items[$0].id]) }))
        }
        let background = instrument.items.indices.filter { instrument.items[$0].isBackground }
        if !background.isEmpty {
            parts.append(tag("fieldset", ["class": "construct background"],
                             [tag("legend", [:], "Over uzelf"),
                              tag("p", ["class": "hint"], "Deze vragen zijn niet verplicht. Ze laten zien wie er aan de vragenlijst meedoen.")]
                                + background.map { item($0, instrument: instrument, value: values.answers[instrument.items[$0].id],
                                                        problem: problems[instrument.items[$0].id]) }))
        }
        parts.append(tag("p", ["class": "hint"], "Een vraag zonder antwoord telt als ‘\(instrument.missingLabel)’."))
        return parts
    }

    /// Respondent, wijk, meting and datum.
    private static func about(_ values: ResponseForm, choices: EntryChoices, problems: FormProblems) -> HTML {
        let wijk = choices.wijken.isEmpty
            ? Controls.input("wijk", label: ResponseField.wijk.label, value: values.wijk, hint: "CBS-wijkcode, bijvoorbeeld WK077201", problem: problems["wijk"])
            : Controls.select("wijk", label: ResponseField.wijk.label, options: choices.wijkOptions, selected: values.wijk, prompt: "Kies een wijk",
                              hint: "Waar de respondent woont.", problem: problems["wijk"])
        return tag("fieldset", ["class": "about"],
                   tag("legend", [:], "Over deze vragenlijst"),
                   tag("div", ["class": "fields"],
                       Controls.input("respondent", label: ResponseField.respondent.label, value: values.respondent,
                                      hint: "De code op het formulier; nooit een naam of adres.", problem: problems["respondent"],
                                      autocomplete: "off"),
                       wijk,
                       meting(values, choices: choices, problems: problems),
                       Controls.input("datum", label: ResponseField.datum.label, value: values.datum, hint: "Dag, maand en jaar.",
                                      problem: problems["datum"], type: "date")))
    }

    /// A choice of the open metingen (the only one preselected); never free text, so a typo cannot make a meting.
    private static func meting(_ values: ResponseForm, choices: EntryChoices, problems: FormProblems) -> HTML {
        let options = choices.metingOptions
        let selected = values.meting.isEmpty && options.count == 1 ? options[0].value : values.meting
        let hint = options.isEmpty ? "Er is geen open meting: vraag de analist er een te openen." : "Alleen open metingen nemen invoer aan."
        return Controls.select("meting", label: ResponseField.meting.label, options: options, selected: selected, prompt: "Kies een meting",
                               hint: hint, problem: problems["meting"])
    }

    /// One item: its text as the legend, then a row of answers. A value that is not on the scale
    /// (an open scale's 7, or a refused 6) is kept as an extra answer so nothing typed is lost.
    private static func item(_ index: Int, instrument: Instrument, value: String?, problem: String?) -> HTML {
        let item = instrument.items[index]
        let scale = instrument.scale(of: item)
        if instrument.asksForNumber(item) { return numberItem(index, item: item, scale: scale, value: value, problem: problem) }
        let values = Array(scale.minimum...scale.maximum)
        let fullyLabelled = scale.isFullyLabelled
        let current = value.map { FieldParsing.trimmed($0) }
        let currentNumber = current.flatMap { try? FieldParsing.wholeNumber($0).get() }
        let isMissing = current.map { FieldParsing.isMissing($0) } ?? false

        var choices: [HTML] = scale.choices.map { answer in
            choice(item.id, value: String(answer.value), text: answer.text, checked: currentNumber == answer.value)
        }
        if let current, !isMissing, currentNumber.map({ !values.contains($0) }) ?? true {
            choices.append(choice(item.id, value: current, text: current, checked: true))
        }
        choices.append(choice(item.id, value: "", text: scale.missingLabel ?? instrument.missingLabel, checked: isMissing, missing: true))

        let endsID = fullyLabelled ? nil : "\(item.id)-schaal"
        let problemID = problem.map { _ in "\(item.id)-fout" }
        let describedBy = [endsID, problemID].compactMap { $0 }.joined(separator: " ")
        let ends = scale.labels.map { "\($0.value)\(scale.isOpen && $0.value == scale.maximum ? "+" : "") = \($0.text)" }
            .joined(separator: " · ")
        return tag("fieldset", ["class": problem == nil ? "item" : "item invalid", "id": item.id,
                                "aria-describedby": describedBy.isEmpty ? nil : describedBy],
                   tag("legend", [:], tag("span", ["class": "number"], "\(index + 1)."), .text(item.text),
                       endsID.map { tag("span", ["class": "scale-ends", "id": $0], .text(ends)) } ?? .none),
                   problem.map { tag("span", ["class": "field-error", "id": "\(item.id)-fout"], .text($0)) } ?? .none,
                   tag("div", ["class": fullyLabelled ? "choices" : "choices numeric"], choices))
    }

    /// An item answered with a number typed in (`Instrument.asksForNumber`), from the scale's minimum to
    /// its maximum; empty is no answer. A refused value comes back as text, so that it is not lost.
    private static func numberItem(_ index: Int, item: Item, scale: Scale, value: String?, problem: String?) -> HTML {
        let inputID = "\(item.id)-invoer"
        let hintID = "\(item.id)-schaal"
        let describedBy = [hintID] + (problem == nil ? [] : ["\(item.id)-fout"])
        return tag("div", ["class": problem == nil ? "item" : "item invalid", "id": item.id],
                   tag("label", ["class": "question", "for": inputID], tag("span", ["class": "number"], "\(index + 1)."), .text(item.text)),
                   tag("span", ["class": "scale-ends", "id": hintID], .text("Een heel getal van \(scale.minimum) tot \(scale.maximum). Leeg laten mag.")),
                   problem.map { tag("span", ["class": "field-error", "id": "\(item.id)-fout"], .text($0)) } ?? .none,
                   .empty("input", ["type": problem == nil ? "number" : "text", "id": inputID, "name": item.id, "value": value ?? "",
                                    "min": String(scale.minimum), "max": String(scale.maximum), "step": "1", "inputmode": "numeric",
                                    "class": "short", "autocomplete": "off", "aria-describedby": describedBy.joined(separator: " "),
                                    "aria-invalid": when(problem != nil, "true")]))
    }

    private static func choice(_ name: String, value: String, text: String, checked: Bool, missing: Bool = false) -> HTML {
        tag("label", ["class": missing ? "choice missing" : "choice"],
            .empty("input", ["type": "radio", "name": name, "value": value, "checked": when(checked)]),
            tag("span", [:], .text(text)))
    }
}
