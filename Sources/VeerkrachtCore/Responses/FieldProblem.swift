/// Why a field of a response or activity was refused. The same reasons serve the CSV
/// importer (as `line L, column C: reason`) and the entry forms (next to the field).
public enum FieldProblem: Error, Sendable, Hashable, CustomStringConvertible {
    case missing
    case tooLong(maximum: Int)
    case controlCharacters
    case invalidGemeenteCode(String)
    case invalidWijkCode(String)
    case invalidDate(String)
    case notAWholeNumber(String)
    case notANumber(String)
    case negative(String)
    case outOfScale(value: Int, scale: Scale)
    case unknownHulpbron(String, known: [String])
    case unknownThema(String, known: [String])
    case conflictingMeting(row: String, option: String)
    case alreadyAnswered(respondent: String, meting: String)
    /// An identical activity (same datum, wijk, name, thema, figures and hulpbronnen) is already
    /// stored from `source` (a file, at `line`, or a form).
    case alreadyRegistered(source: String, line: Int?)

    public var description: String {
        switch self {
        case .missing: "a value is required"
        case .tooLong(let maximum): "longer than \(maximum) characters"
        case .controlCharacters: "contains control or invisible characters (such as a zero-width space or a direction mark)"
        case .invalidGemeenteCode(let text): "\(MessageText.quoted(text)) is not a CBS gemeente code (GM + 4 digits, e.g. GM0772)"
        case .invalidWijkCode(let text): "\(MessageText.quoted(text)) is not a CBS wijk code (WK + 6 characters, e.g. WK077201)"
        case .invalidDate(let text): "\(MessageText.quoted(text)) is not a valid date in the form YYYY-MM-DD"
        case .notAWholeNumber(let text): "\(MessageText.quoted(text)) is not a whole number"
        case .notANumber(let text): "\(MessageText.quoted(text)) is not a number"
        case .negative(let text): "\(MessageText.quoted(text)) is negative"
        case let .outOfScale(value, scale):
            scale.isOpen
                ? "\(value) is not allowed on scale \(scale.id) (whole numbers from \(scale.minimum))"
                : "\(value) is outside scale \(scale.id) (\(scale.minimum)–\(scale.maximum))"
        case let .unknownHulpbron(text, known): "\(MessageText.quoted(text)) is not a hulpbron (use: \(known.joined(separator: ", ")))"
        case let .unknownThema(text, known):
            known.isEmpty ? "\(MessageText.quoted(text)) is not a thema (no themes are configured)"
                : "\(MessageText.quoted(text)) is not a thema (use: \(known.joined(separator: ", ")))"
        case let .conflictingMeting(row, option): "meting \(MessageText.quoted(row)) differs from --meting \(MessageText.quoted(option))"
        case let .alreadyAnswered(respondent, meting): "respondent \(MessageText.quoted(respondent)) already has a response for meting \(MessageText.quoted(meting))"
        case let .alreadyRegistered(source, line):
            "the same activity (datum, wijk, activiteit, thema, figures and hulpbronnen) is already stored from \(MessageText.excerpt(source))\(line.map { ", line \($0)" } ?? "")"
        }
    }
}
