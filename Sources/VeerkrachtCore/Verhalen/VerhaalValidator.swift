import Foundation

/// Validates the raw text of one story, as the story form and `import verhalen` send it, so that a
/// story is judged the same way everywhere.
///
/// ```swift
/// let validator = VerhaalValidator(instrument: instrument)
/// let verhaal = try validator.validate(wijk: "WK077201", datum: "2025-04-02", hulpbronnen: "cohesie",
///                                      titel: "Samen de stoep op", tekst: "Na de straatbarbecue …",
///                                      bevestiging: "ja").get()
/// ```
public struct VerhaalValidator: Sendable {
    /// A field of a story; the raw value is its column name in a verhalen file.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case wijk, datum, hulpbronnen, titel, tekst, bevestiging
    }

    /// All problems of one story, in field order.
    public typealias Problems = FieldProblems<Field>

    /// Maximum length of a title.
    public static let maximumTitelLength = 120
    /// Maximum length of a story's text.
    public static let maximumTekstLength = 1000
    /// The answers that confirm a story holds no names or details that identify a resident
    /// (compared ignoring case and surrounding spaces); anything else, also empty, does not.
    public static let confirmations: Set<String> = ["ja", "j", "yes", "y", "x", "1", "waar", "true"]

    /// The instrument's hulpbron constructs.
    public let hulpbronList: HulpbronList

    /// A validator accepting the hulpbron constructs of `instrument`.
    public init(instrument: Instrument) {
        hulpbronList = HulpbronList(instrument: instrument)
    }

    /// The validated story, or every problem found. The date may be written as responses' dates
    /// may (`2025-04-02`, a date-time, or day first as a Dutch Excel writes it: `2-4-2025`).
    public func validate(wijk: String, datum: String, hulpbronnen: String, titel: String, tekst: String,
                         bevestiging: String) -> Result<Verhaal, Problems> {
        var problems: [(Field, FieldProblem)] = []
        func check<T>(_ field: Field, _ result: Result<T, FieldProblem>) -> T? {
            switch result {
            case .success(let value): return value
            case .failure(let problem): problems.append((field, problem)); return nil
            }
        }
        let wijkCode = check(.wijk, ResponseValidator.wijkCode(wijk))
        let date = check(.datum, FieldParsing.trimmed(datum).isEmpty ? .failure(.missing) : FieldParsing.datum(datum))
        let ids = check(.hulpbronnen, hulpbronList.parse(hulpbronnen).flatMap { $0.isEmpty ? .failure(.noHulpbron) : .success($0) })
        let title = check(.titel, FieldParsing.label(titel, maximum: Self.maximumTitelLength).flatMap(Self.withoutIdentifyingDetails))
        let text = check(.tekst, Self.tekst(tekst).flatMap(Self.withoutIdentifyingDetails))
        _ = check(.bevestiging, Self.confirmation(bevestiging))
        guard problems.isEmpty, let wijkCode, let date, let ids, let title, let text else { return .failure(Problems(list: problems)) }
        return .success(Verhaal(datum: date, wijk: wijkCode, hulpbronnen: ids, titel: title, tekst: text))
    }

    /// A story's text: line breaks of any platform as `\n`, tabs as spaces, spaces at line ends and
    /// more than one blank line between paragraphs dropped, in Unicode NFC, 1…1,000 characters
    /// (Unicode scalars, a line break counting as one), and nothing invisible or blank-looking in a
    /// line (`FieldParsing.hasHiddenCharacters`).
    public static func tekst(_ raw: String) -> Result<String, FieldProblem> {
        let lines = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\t", with: " ")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
        var kept: [String] = []
        for line in lines where !(line.isEmpty && (kept.last?.isEmpty ?? true)) { kept.append(line) }
        while kept.last?.isEmpty == true { kept.removeLast() }
        let text = kept.joined(separator: "\n")
        guard !FieldParsing.trimmed(text).isEmpty else { return .failure(.missing) }
        guard !kept.contains(where: FieldParsing.hasHiddenCharacters) else { return .failure(.controlCharacters) }
        let normalised = text.precomposedStringWithCanonicalMapping
        guard normalised.unicodeScalars.count <= maximumTekstLength else { return .failure(.tooLong(maximum: maximumTekstLength)) }
        return .success(normalised)
    }

    /// The confirmation that the story holds nothing that identifies a resident.
    public static func confirmation(_ raw: String) -> Result<Bool, FieldProblem> {
        confirmations.contains(FieldParsing.trimmed(raw).lowercased()) ? .success(true) : .failure(.notConfirmed)
    }

    /// The text, unless it holds an e-mail address, phone number, postcode or address.
    static func withoutIdentifyingDetails(_ text: String) -> Result<String, FieldProblem> {
        guard let (detail, found) = IdentifyingDetail.first(in: text) else { return .success(text) }
        return .failure(.identifyingDetail(detail, found))
    }
}
