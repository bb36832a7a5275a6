import VeerkrachtCore

/// Why a rapportagegebied could not be added or removed. The description states the fact; the
/// command line adds what to do.
public enum RapportagegebiedError: Error, CustomStringConvertible, Sendable, Equatable {
    case invalidName(String, FieldProblem)
    case duplicateName(String)
    case unknown(String, known: [String])
    /// Fewer than two distinct wijken were given.
    case tooFewWijken(String)
    /// A code that is not a wijk the database knows (from responses, activities or the gebieden).
    case unknownWijk(String)
    /// The wijken belong to more than one gemeente.
    case severalGemeenten(wijk: String, gemeente: String, other: String)
    case alreadyGrouped(wijk: String, group: String)

    public var description: String {
        switch self {
        case let .invalidName(text, problem): "rapportagegebied \(MessageText.quoted(text)): \(problem)"
        case .duplicateName(let name): "there is already a rapportagegebied \(MessageText.quoted(name))"
        case let .unknown(name, known):
            "there is no rapportagegebied \(MessageText.quoted(name))"
                + (known.isEmpty ? " (the database has none)" : " (known: \(known.joined(separator: ", ")))")
        case .tooFewWijken(let name): "rapportagegebied \(MessageText.quoted(name)) needs at least two different wijken"
        case .unknownWijk(let code): "the database knows no wijk \(MessageText.quoted(code))"
        case let .severalGemeenten(wijk, gemeente, other):
            "\(wijk) lies in \(gemeente), not in \(other): a rapportagegebied groups wijken of one gemeente"
        case let .alreadyGrouped(wijk, group): "\(wijk) is already in rapportagegebied \(MessageText.quoted(group))"
        }
    }
}
