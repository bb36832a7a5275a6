/// The fields of a response besides its answers: the fixed columns of a responses file and the
/// first questions of every form (web entry, XLSForm).
public enum ResponseField: String, CaseIterable, Sendable {
    case respondent, wijk, datum, meting

    /// The column name in a responses file (also the field's name in a form).
    public var column: String { rawValue }

    /// The Dutch question text forms show. An import recognises it as the column's header too,
    /// since survey tools can export question texts (labels) as headers.
    public var label: String {
        switch self {
        case .respondent: "Respondentcode"
        case .wijk: "Wijk"
        case .datum: "Datum van invullen"
        case .meting: "Meting"
        }
    }
}

extension Instrument {
    /// The columns a responses file may name by their question text instead, as a survey tool's
    /// export with labels as headers does: each fixed field's label and each item's text (as
    /// `FieldParsing.comparable` gives them) → the column's name. A text two items share names neither.
    public var columnsByLabel: [String: String] {
        var columns = Dictionary(ResponseField.allCases.map { (FieldParsing.comparable($0.label), $0.column) }, uniquingKeysWith: { a, _ in a })
        let texts = items.map { FieldParsing.comparable($0.text) }
        let counts = Dictionary(texts.map { ($0, 1) }, uniquingKeysWith: +)
        for (item, text) in zip(items, texts) where counts[text] == 1 && columns[text] == nil { columns[text] = item.id }
        return columns
    }
}
