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
