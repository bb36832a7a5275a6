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
    /// A number above the field's sane maximum (`Limits`).
    case tooLarge(String, maximum: String)
    /// A date after today.
    case inFuture(String)
    /// A date outside the period of its meting.
    case outsidePeriod(String, meting: String, period: String)
    /// A meting the database does not know that looks like one it does (a typo).
    case unknownMeting(String, like: [String], known: [String])
    /// A meting that is not one of the open metingen (an entry form cannot make a new one).
    case noOpenMeting(String, open: [String])
    /// A new meting label that does not start with a letter or digit.
    case notStartingWithLetterOrDigit(String)
    /// A period whose first day is after its last.
    case invalidPeriod(String, String)
    /// A closed meting: it takes no new entries, corrections or imports.
    case closedMeting(String)
    /// A wijk of a gemeente whose wijken the gebieden registry lists, but not this one.
    case unknownWijk(String, gemeente: String)
    case outOfScale(value: Int, scale: Scale)
    /// A word that is neither a number nor one of the scale's answers (`AnswerTexts`).
    case notAnAnswer(String, scale: Scale)
    case unknownHulpbron(String, known: [String])
    case unknownThema(String, known: [String])
    case conflictingMeting(row: String, option: String)
    case alreadyAnswered(respondent: String, meting: String)
    /// An identical activity (same datum, wijk, name, thema, figures and hulpbronnen) is already
    /// stored from `source` (a file, at `line`, or a form).
    case alreadyRegistered(source: String, line: Int?)
    /// A story that does not name the hulpbron it illustrates.
    case noHulpbron
    /// A story without the confirmation that it holds no names or details that identify a resident.
    case notConfirmed
    /// A story's text holds a detail that identifies a resident, as found.
    case identifyingDetail(IdentifyingDetail, String)

    public var description: String {
        switch self {
        case .missing: "a value is required"
        case .tooLong(let maximum): "longer than \(maximum) characters"
        case .controlCharacters:
            "contains invisible or blank-looking characters (such as a zero-width space, a no-break space or a direction mark)"
        case .invalidGemeenteCode(let text): "\(MessageText.quoted(text)) is not a CBS gemeente code (GM + 4 digits, e.g. GM0772)"
        case .invalidWijkCode(let text): "\(MessageText.quoted(text)) is not a CBS wijk code (WK + 6 characters, e.g. WK077201)"
        case .invalidDate(let text): "\(MessageText.quoted(text)) is not a valid date in the form YYYY-MM-DD"
        case .notAWholeNumber(let text): "\(MessageText.quoted(text)) is not a whole number"
        case .notANumber(let text): "\(MessageText.quoted(text)) is not a number"
        case .negative(let text): "\(MessageText.quoted(text)) is negative"
        case let .tooLarge(text, maximum): "'\(text)' is too large (at most \(maximum))"
        case .inFuture(let text): "\(text) lies in the future"
        case let .outsidePeriod(text, meting, period): "\(text) lies outside the period of meting '\(meting)' (\(period))"
        case let .unknownMeting(text, like, known):
            "there is no meting '\(text)'; did you mean \(like.map { "'\($0)'" }.joined(separator: " or "))? "
                + "(known: \(known.joined(separator: ", "))). If it really is a new meting, add it first: veerkracht metingen add '\(text)'"
        case let .noOpenMeting(text, open):
            "there is no open meting '\(text)'" + (open.isEmpty ? " (none is open; add one with `veerkracht metingen add`)" : " (open: \(open.joined(separator: ", ")))")
        case .notStartingWithLetterOrDigit(let text): "'\(text)' must start with a letter or a digit"
        case let .invalidPeriod(from, to): "the period starts (\(from)) after it ends (\(to))"
        case .closedMeting(let text): "meting '\(text)' is closed; it takes no new or changed responses (reopen it with `veerkracht metingen reopen`)"
        case let .unknownWijk(text, gemeente): "'\(text)' is not a wijk of \(gemeente) in the gebieden (see `veerkracht status`, or import the gebieden again)"
        case let .outOfScale(value, scale):
            scale.isOpen
                ? "\(value) is not allowed on scale \(scale.id) (whole numbers from \(scale.minimum) to \(Limits.openScaleAnswer))"
                : "\(value) is outside scale \(scale.id) (\(scale.minimum)–\(scale.maximum))"
        case let .notAnAnswer(text, scale):
            "\(MessageText.quoted(text)) is not an answer on scale \(scale.id): a number "
                + (scale.isOpen ? "from \(scale.minimum)" : "\(scale.minimum)–\(scale.maximum)")
                + (scale.labels.isEmpty ? "" : " or its words (\(scale.labels.first!.text) … \(scale.labels.last!.text))")
        case let .unknownHulpbron(text, known): "\(MessageText.quoted(text)) is not a hulpbron (use: \(known.joined(separator: ", ")))"
        case let .unknownThema(text, known):
            known.isEmpty ? "\(MessageText.quoted(text)) is not a thema (no themes are configured)"
                : "\(MessageText.quoted(text)) is not a thema (use: \(known.joined(separator: ", ")))"
        case let .conflictingMeting(row, option): "meting \(MessageText.quoted(row)) differs from --meting \(MessageText.quoted(option))"
        case let .alreadyAnswered(respondent, meting): "respondent \(MessageText.quoted(respondent)) already has a response for meting \(MessageText.quoted(meting))"
        case let .alreadyRegistered(source, line):
            "the same activity (datum, wijk, activiteit, thema, figures and hulpbronnen) is already stored from \(MessageText.excerpt(source))\(line.map { ", line \($0)" } ?? "")"
        case .noHulpbron: "name at least one hulpbron the story illustrates"
        case .notConfirmed:
            "confirm that the story holds no names or other details that identify a resident (write 'ja')"
        case let .identifyingDetail(detail, found):
            "holds what looks like \(detail.name) (\(MessageText.quoted(found))); a story may not hold details that identify a resident"
        }
    }
}
