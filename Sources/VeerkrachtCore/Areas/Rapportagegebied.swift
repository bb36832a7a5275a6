/// A *rapportagegebied*: a named group of wijken of one gemeente that reports show as one area
/// wherever a member has too few respondents on its own (e.g. "Buitengebied" = three small
/// wijken). A wijk belongs to at most one group; a group has at least two wijken.
public struct Rapportagegebied: Sendable, Hashable {
    public let name: String
    /// CBS code of the gemeente all members belong to.
    public let gemeente: String
    /// The members' CBS wijk codes, sorted.
    public let wijken: [String]

    public init(name: String, gemeente: String, wijken: [String]) {
        self.name = name
        self.gemeente = gemeente
        self.wijken = wijken.sorted()
    }

    /// The longest name, in characters.
    public static let maximumNameLength = 60

    /// A valid name: 1–60 characters without hidden characters, starting with a letter or digit
    /// (so that no spreadsheet reads it as a formula), without surrounding spaces.
    public static func name(_ text: String) -> Result<String, FieldProblem> {
        FieldParsing.label(text, maximum: maximumNameLength).flatMap { name in
            name.first.map { $0.isLetter || $0.isNumber } == true ? .success(name) : .failure(.notStartingWithLetterOrDigit(name))
        }
    }
}
