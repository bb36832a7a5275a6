/// Validates the raw text of one activity (SPEC §6 "Activities CSV") with the same field rules
/// as responses. The CSV importer and an entry form both use it, so an activity is judged the
/// same way everywhere.
///
/// ```swift
/// let validator = ActivityValidator(instrument: instrument, themes: ["Armoede & Meedoen"])
/// let activity = try validator.validate(datum: "2025-03-04", wijk: "WK077201", name: "Taalcafé",
///                                       thema: "armoede & meedoen", participants: "12", hours: "1,5",
///                                       volunteers: "2", hulpbronnen: "cohesie|sociaal_vertrouwen").get()
/// activity.thema    // "Armoede & Meedoen"
/// ```
public struct ActivityValidator: Sendable {
    /// A field of an activity; the raw value is its column name in an activities file.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case datum, wijk, activiteit, thema, deelnemers, uren, vrijwilligers, hulpbronnen
    }

    /// All problems of one activity, in field order.
    public typealias Problems = FieldProblems<Field>

    /// Maximum length of an activity's name.
    public static let maximumNameLength = 200
    /// Maximum length of a thema's name.
    public static let maximumThemaLength = 100
    /// The instrument's hulpbron constructs.
    public let hulpbronList: HulpbronList
    /// Ids of the instrument's hulpbron constructs, in instrument order.
    public var hulpbronIDs: [String] { hulpbronList.ids }
    /// The configured themes, in their configured spelling and order.
    public let themes: [String]

    /// A validator accepting the hulpbron constructs of `instrument` and the given themes.
    public init(instrument: Instrument, themes: [String]) {
        hulpbronList = HulpbronList(instrument: instrument)
        self.themes = themes
    }

    /// The validated activity, or every problem found. Each argument is the raw text of the field
    /// of the same meaning (`name` is `activiteit`, `participants` is `deelnemers`, and so on).
    public func validate(datum: String, wijk: String, name: String, thema: String, participants: String,
                         hours: String, volunteers: String, hulpbronnen: String) -> Result<Activity, Problems> {
        var problems: [(Field, FieldProblem)] = []
        func check<T>(_ field: Field, _ result: Result<T, FieldProblem>) -> T? {
            switch result {
            case .success(let value): return value
            case .failure(let problem): problems.append((field, problem)); return nil
            }
        }
        let date = check(.datum, Self.date(datum))
        let wijkCode = check(.wijk, ResponseValidator.wijkCode(wijk))
        let activityName = check(.activiteit, FieldParsing.label(name, maximum: Self.maximumNameLength))
        let themaName = check(.thema, self.thema(thema))
        let participantCount = check(.deelnemers, Self.count(participants, limit: Limits.participants))
        let hourCount = check(.uren, Self.hours(hours))
        let volunteerCount = check(.vrijwilligers, Self.count(volunteers, limit: Limits.volunteers))
        let hulpbronIDs = check(.hulpbronnen, self.hulpbronnen(hulpbronnen))
        guard problems.isEmpty, let date, let wijkCode, let activityName, let themaName, let participantCount,
              let hourCount, let volunteerCount, let hulpbronIDs
        else { return .failure(Problems(list: problems)) }
        return .success(Activity(datum: date, wijk: wijkCode, name: activityName, thema: themaName,
                                 participants: participantCount, hours: hourCount, volunteers: volunteerCount,
                                 hulpbronnen: hulpbronIDs))
    }

    /// A date `YYYY-MM-DD`; an empty field is missing.
    public static func date(_ text: String) -> Result<String, FieldProblem> {
        FieldParsing.trimmed(text).isEmpty ? .failure(.missing) : FieldParsing.date(text)
    }

    /// A count of people: a whole number from 0 to the top of `limit` (`4.0` is accepted as 4).
    public static func count(_ text: String, limit: ClosedRange<Int>) -> Result<Int, FieldProblem> {
        let trimmed = FieldParsing.trimmed(text)
        if trimmed.isEmpty { return .failure(.missing) }
        let tooLarge = FieldProblem.tooLarge(trimmed, maximum: String(limit.upperBound))
        switch FieldParsing.wholeNumber(trimmed) {
        case .success(let value) where value < 0: return .failure(.negative(trimmed))
        case .success(let value): return value > limit.upperBound ? .failure(tooLarge) : .success(value)
        case .failure(let problem): return isLongNumber(trimmed) ? .failure(tooLarge) : .failure(problem)
        }
    }

    /// Digits (with at most one decimal mark) too many for a 64-bit number or a finite double: still
    /// a number, just far too large.
    private static func isLongNumber(_ text: String) -> Bool {
        let digits = text.drop { $0 == "+" }
        return digits.count > 18 && digits.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
            && digits.filter { $0 == "." || $0 == "," }.count <= 1
    }

    /// Hours: a number from 0 to `Limits.hours` with `.` or `,` as decimal mark (`1,5` is one and a half hours).
    public static func hours(_ text: String) -> Result<Double, FieldProblem> {
        let trimmed = FieldParsing.trimmed(text)
        if trimmed.isEmpty { return .failure(.missing) }
        let tooLarge = FieldProblem.tooLarge(trimmed, maximum: String(Int(Limits.hours.upperBound)))
        switch FieldParsing.nonNegativeDecimal(trimmed) {
        case .success(let value): return value <= Limits.hours.upperBound ? .success(value) : .failure(tooLarge)
        case .failure(let problem): return isLongNumber(trimmed) ? .failure(tooLarge) : .failure(problem)
        }
    }

    /// The name of a new thema: trimmed, 1–100 characters, no control characters.
    public static func themaName(_ text: String) -> Result<String, FieldProblem> {
        FieldParsing.label(text, maximum: maximumThemaLength)
    }

    /// A configured thema, matched without regard to case or surrounding spaces, in its configured spelling.
    public func thema(_ text: String) -> Result<String, FieldProblem> {
        let wanted = FieldParsing.trimmed(text)
        if wanted.isEmpty { return .failure(.missing) }
        let key = wanted.lowercased()
        return themes.first { $0.lowercased() == key }.map { .success($0) } ?? .failure(.unknownThema(wanted, known: themes))
    }

    /// Hulpbron construct ids separated by `|` (`HulpbronList.parse`).
    public func hulpbronnen(_ text: String) -> Result<[String], FieldProblem> { hulpbronList.parse(text) }
}
