import VeerkrachtCore

/// Problems opening or using the store, as facts (which file, instrument, thema…). The description
/// states the fact in plain English; what to do about it is for the command line and the web app
/// to say in their own terms.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The database file does not exist and was not to be created.
    case noDatabase(path: String)
    /// No instrument has been registered yet.
    case noInstrument
    /// No instrument of this id has been registered.
    case unknownInstrument(String)
    /// This instrument id and version is stored with other content.
    case conflictingInstrument(String)
    case invalidThema(String, FieldProblem)
    case duplicateThema(String)
    case unknownThema(String, known: [String])
    case themaInUse(String, activities: Int)
    case invalidDate(String)
    case invalidArea(String)

    public var description: String {
        switch self {
        case .noDatabase(let path): "there is no database at \(path)"
        case .noInstrument: "the database holds no instrument"
        case .unknownInstrument(let id): "the database holds no instrument \(MessageText.quoted(id))"
        case .conflictingInstrument(let reference):
            "\(reference) is already stored with different content; give the revised instrument a new version"
        case let .invalidThema(name, problem): "thema \(MessageText.quoted(name)): \(problem)"
        case .duplicateThema(let name): "there is already a thema \(MessageText.quoted(name))"
        case let .unknownThema(name, known):
            "there is no thema \(MessageText.quoted(name))" + (known.isEmpty ? "" : " (the themes are: \(known.joined(separator: ", ")))")
        case let .themaInUse(name, activities):
            "thema \(MessageText.quoted(name)) is used by \(activities) \(activities == 1 ? "activity" : "activities") and cannot be removed"
        case .invalidDate(let text): "\(MessageText.quoted(text)) is not a valid date in the form YYYY-MM-DD"
        case .invalidArea(let text): "\(MessageText.quoted(text)) is not a CBS wijk code (WK077201) or gemeente code (GM0772)"
        }
    }
}
