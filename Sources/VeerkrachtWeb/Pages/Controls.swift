import VeerkrachtPresentation
import VeerkrachtStore

/// Form controls with their label, hint and problem wired up for assistive technology
/// (`aria-describedby`, `aria-invalid`), and the error summary that links to them.
enum Controls {
    /// The hidden CSRF field every state-changing form carries.
    static func csrf(_ session: Session) -> HTML {
        .empty("input", ["type": "hidden", "name": CSRF.field, "value": session.csrf])
    }

    /// A hidden field.
    static func hidden(_ name: String, _ value: String) -> HTML {
        .empty("input", ["type": "hidden", "name": name, "value": value])
    }

    /// "Er is 1 ding om te verbeteren" with a link to every field that has a problem.
    static func errorSummary(_ problems: FormProblems) -> HTML {
        guard !problems.isEmpty else { return .none }
        let heading = problems.count == 1 ? "Er is 1 ding om te verbeteren" : "Er zijn \(problems.count) dingen om te verbeteren"
        let items = problems.list.map { problem in
            tag("li", [:], tag("a", ["href": "#\(problem.field)"], "\(problem.label): \(problem.message)"))
        }
        return tag("div", ["class": "error-summary", "role": "alert", "aria-labelledby": "fouten-kop"],
                   tag("h2", ["id": "fouten-kop"], .text(heading)),
                   tag("ul", [:], items))
    }

    /// A labelled field: label, optional hint, the problem (if any), then the control itself.
    /// `control` receives the value for its `aria-describedby`.
    static func field(_ id: String, label: String, hint: String? = nil, problem: String?,
                      _ control: (_ describedBy: String?) -> HTML) -> HTML {
        let hintID = hint.map { _ in "\(id)-hint" }
        let problemID = problem.map { _ in "\(id)-fout" }
        let describedBy = [hintID, problemID].compactMap { $0 }.joined(separator: " ")
        return tag("div", ["class": problem == nil ? "field" : "field invalid"],
                   tag("label", ["for": id], .text(label)),
                   hint.map { tag("span", ["class": "hint", "id": "\(id)-hint"], .text($0)) } ?? .none,
                   problem.map { tag("span", ["class": "field-error", "id": "\(id)-fout"], .text($0)) } ?? .none,
                   control(describedBy.isEmpty ? nil : describedBy))
    }

    /// A one-line input. `type` is `text`, `password` or `date`. A date that came back with a problem
    /// is shown as text, because a date picker would drop what was typed.
    static func input(_ name: String, label: String, value: String, hint: String? = nil, problem: String?,
                      type: String = "text", inputMode: String? = nil, autocomplete: String? = nil,
                      short: Bool = false) -> HTML {
        let type = type == "date" && problem != nil ? "text" : type
        return field(name, label: label, hint: hint, problem: problem) { describedBy in
            .empty("input", ["type": type, "id": name, "name": name, "value": type == "password" ? nil : value,
                            "class": when(short, "short"), "inputmode": inputMode, "autocomplete": autocomplete,
                            "spellcheck": when(type == "text", "false"), "autocapitalize": when(type == "text", "none"),
                            "aria-describedby": describedBy, "aria-invalid": when(problem != nil, "true")])
        }
    }

    /// A multi-line text input (the reason for a change); `id` defaults to the name.
    static func textarea(_ name: String, id: String? = nil, label: String, value: String, hint: String? = nil, problem: String?) -> HTML {
        let id = id ?? name
        return field(id, label: label, hint: hint, problem: problem) { describedBy in
            tag("textarea", ["id": id, "name": name, "rows": "3", "aria-describedby": describedBy,
                             "aria-invalid": when(problem != nil, "true")], .text(value))
        }
    }

    /// A choice from a list; `prompt` is the empty first option. A value that is not among the
    /// options (typed by hand, or no longer listed) is kept as an extra option. `id` defaults to the name.
    static func select(_ name: String, id: String? = nil, label: String, options: [(value: String, text: String)], selected: String,
                       prompt: String, hint: String? = nil, problem: String?) -> HTML {
        var options = options
        if !selected.isEmpty && !options.contains(where: { $0.value == selected }) { options.append((selected, selected)) }
        let id = id ?? name
        return field(id, label: label, hint: hint, problem: problem) { describedBy in
            tag("select", ["id": id, "name": name, "aria-describedby": describedBy, "aria-invalid": when(problem != nil, "true")],
                [tag("option", ["value": "", "selected": when(selected.isEmpty)], .text(prompt))]
                    + options.map { option in
                        tag("option", ["value": option.value, "selected": when(option.value == selected)], .text(option.text))
                    })
        }
    }

    /// A link styled as a button.
    static func buttonLink(_ text: String, href: String, secondary: Bool = false) -> HTML {
        tag("a", ["class": secondary ? "button secondary" : "button", "href": href], .text(text))
    }

    /// A submit button.
    static func submit(_ text: String, danger: Bool = false) -> HTML {
        tag("button", ["type": "submit", "class": danger ? "button danger" : "button"], .text(text))
    }

    /// A calm confirmation at the top of a page.
    static func notice(_ title: String, _ text: String? = nil) -> HTML {
        tag("div", ["class": "notice", "role": "status"], tag("strong", [:], .text(title)), text.map { HTML.text($0) } ?? .none)
    }

    /// A definition list of facts (label, value).
    static func facts(_ rows: [(String, HTML)]) -> HTML {
        tag("dl", ["class": "facts"], rows.map { tag("div", [:], tag("dt", [:], .text($0.0)), tag("dd", [:], $0.1)) })
    }
}
