import VeerkrachtCore

/// What is wrong with a submitted form, field by field, in the order of the form: shown next to
/// each field and as a summary at the top that links to the fields.
struct FormProblems: Sendable {
    /// One problem: the field's name (also its element id), how the summary names it, and the message.
    struct Problem: Sendable {
        let field: String
        let label: String
        let message: String
    }

    private(set) var list: [Problem] = []

    /// No problems.
    static let none = FormProblems()

    var isEmpty: Bool { list.isEmpty }
    var count: Int { list.count }

    mutating func add(_ field: String, label: String, _ message: String) {
        list.append(Problem(field: field, label: label, message: message))
    }

    /// The message for `field`, if it has a problem.
    subscript(field: String) -> String? { list.first { $0.field == field }?.message }

    /// The problems of a questionnaire, named as the entry form names its fields.
    init(_ problems: ResponseValidator.Problems, instrument: Instrument) {
        for (field, problem) in problems.list {
            switch field {
            case .respondent: add("respondent", label: "Respondentcode", problem.dutchDescription)
            case .wijk: add("wijk", label: "Wijk", problem.dutchDescription)
            case .datum: add("datum", label: "Datum", problem.dutchDescription)
            case .meting: add("meting", label: "Meting", problem.dutchDescription)
            case .item(let index): add(instrument.items[index].id, label: "Vraag \(index + 1)", problem.dutchDescription)
            }
        }
    }

    /// The problems of an activity, named as the activity form names its fields.
    init(_ problems: ActivityValidator.Problems) {
        for (field, problem) in problems.list {
            add(field.rawValue, label: ActivityFormPage.label(field), problem.dutchDescription)
        }
    }

    /// The problems of a story, named as the story form names its fields.
    init(_ problems: VerhaalValidator.Problems) {
        for (field, problem) in problems.list {
            add(field.rawValue, label: VerhaalFormPage.label(field), problem.dutchDescription)
        }
    }

    private init() {}
}
