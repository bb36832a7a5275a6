import VeerkrachtCore

/// An instrument as an XLSForm (xlsform.org): the form definition KoboToolbox, ODK Central and
/// Enketo load, so that a team can collect the answers offline (KoboCollect, ODK Collect) and
/// import the tool's export back with no mapping. Its names are the columns of a responses file:
/// the fixed fields (`ResponseField`), then one group per construct (named by its id) holding
/// the construct's items (named by their ids) as `select_one` questions on the item's scale,
/// whose choices are the values a file holds (`Scale.choices`) plus the "weet niet" answer coded
/// as the instrument's first missing code. The background questions follow, optional, in the group
/// `over_uzelf`: on a scale without labels an `integer` limited to the scale, otherwise a
/// `select_one` whose "no answer" choice (such as "zeg ik liever niet") is coded as that missing
/// code too. Labels are the Dutch texts (`label::Nederlands (nl)`), which the import reads as well.
///
/// A pure value: `write(to:)` puts it in a workbook.
///
/// ```swift
/// let form = XLSForm(try DefaultInstrument.load())
/// form.survey.rows[0]   // ["text", "respondent", "Respondentcode", …]
/// ```
public struct XLSForm: Sendable, Equatable {
    /// One sheet: its name, its column names (the first row) and its rows, each as wide as the
    /// header; an empty text is an empty cell.
    public struct Sheet: Sendable, Equatable {
        public let name: String
        public let header: [String]
        public let rows: [[String]]
    }

    /// The questions: the fixed fields, then a group per construct with its items.
    public let survey: Sheet
    /// The answers of each scale the items use, plus "weet niet".
    public let choices: Sheet
    /// The form's title, id, version and language.
    public let settings: Sheet

    /// The sheets in workbook order.
    public var sheets: [Sheet] { [survey, choices, settings] }

    /// The form's one language, as XLSForm names it in column headers and `default_language`.
    public static let language = "Nederlands (nl)"

    /// The form of `instrument`.
    public init(_ instrument: Instrument) {
        survey = Sheet(name: "survey", header: Question.header, rows: Self.questions(instrument).map(\.cells))
        choices = Sheet(name: "choices", header: ["list_name", "name", "label::\(Self.language)"], rows: Self.choiceRows(instrument))
        settings = Sheet(name: "settings", header: ["form_title", "form_id", "version", "default_language"],
                         rows: [[instrument.title, "\(instrument.id)_v\(instrument.version)", String(instrument.version), Self.language]])
    }

    private static func questions(_ instrument: Instrument) -> [Question] {
        var questions = ResponseField.allCases.map(Question.init(field:))
        for construct in instrument.constructs {
            guard case .items(let indices, _) = construct.scoring else { continue }
            questions.append(Question(type: "begin group", name: construct.id, label: construct.name, appearance: "field-list", required: false))
            for item in indices.map({ instrument.items[$0] }) {
                questions.append(Question(type: "select_one \(instrument.scale(of: item).id)", name: item.id, label: item.text, appearance: "likert"))
            }
            questions.append(Question(type: "end group", name: "", label: "", required: false))
        }
        let background = instrument.backgroundItems
        if !background.isEmpty {
            questions.append(Question(type: "begin group", name: "over_uzelf", label: "Over uzelf", appearance: "field-list", required: false))
            questions += background.map { Question(background: $0, scale: instrument.scale(of: $0), asksForNumber: instrument.asksForNumber($0)) }
            questions.append(Question(type: "end group", name: "", label: "", required: false))
        }
        return questions
    }

    private static func choiceRows(_ instrument: Instrument) -> [[String]] {
        let used = Set(instrument.items.filter { !instrument.asksForNumber($0) }.map(\.scaleIndex))
        let missingCode = instrument.missingCodes.first { !$0.isEmpty }
        return instrument.scales.indices.filter(used.contains).flatMap { index in
            let scale = instrument.scales[index]
            return scale.choices.map { [scale.id, String($0.value), $0.text] }
                + (missingCode.map { [[scale.id, $0, scale.missingLabel ?? instrument.missingLabel]] } ?? [])
        }
    }
}

/// One row of the survey sheet.
private struct Question {
    static let header = ["type", "name", "label::\(XLSForm.language)", "hint::\(XLSForm.language)", "required",
                         "constraint", "constraint_message::\(XLSForm.language)", "appearance"]

    var type: String
    var name: String
    var label: String
    var hint = ""
    var constraint = ""
    var constraintMessage = ""
    var appearance = ""
    var required = true

    var cells: [String] { [type, name, label, hint, required ? "yes" : "", constraint, constraintMessage, appearance] }

    /// The question of a fixed field, with the checks the import makes that a form can make too.
    init(field: ResponseField) {
        self.init(type: "text", name: field.column, label: field.label)
        switch field {
        case .respondent:
            let maximum = ResponseValidator.maximumLabelLength
            hint = "Een code per bewoner, nooit een naam of adres."
            constraint = "string-length(.) <= \(maximum)"
            constraintMessage = "Een respondentcode heeft hoogstens \(maximum) tekens."
        case .wijk:
            constraint = "regex(., '^[Ww][Kk][0-9]{4}[0-9A-Za-z]{2}$')"
            constraintMessage = "Vul een CBS-wijkcode in: WK en 6 tekens, bijvoorbeeld WK077201."
        case .datum:
            type = "date"
            constraint = ". <= today()"
            constraintMessage = "De datum ligt in de toekomst."
        case .meting:
            hint = "De naam van de meting die de analist opgeeft, bijvoorbeeld 2025-voorjaar."
        }
    }

    /// A background question: optional; a number limited to its scale, or one of its choices.
    init(background item: Item, scale: Scale, asksForNumber: Bool) {
        guard asksForNumber else {
            self.init(type: "select_one \(scale.id)", name: item.id, label: item.text, required: false)
            return
        }
        self.init(type: "integer", name: item.id, label: item.text, required: false)
        hint = "Een heel getal van \(scale.minimum) tot \(scale.maximum). Leeg laten mag."
        constraint = ". >= \(scale.minimum) and . <= \(scale.maximum)"
        constraintMessage = "Vul een getal in van \(scale.minimum) tot en met \(scale.maximum)."
    }

    init(type: String, name: String, label: String, appearance: String = "", required: Bool = true) {
        self.type = type
        self.name = name
        self.label = label
        self.appearance = appearance
        self.required = required
    }
}
