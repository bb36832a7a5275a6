/// The hulpbron constructs of an instrument, and a list of them as people write it in a file or a
/// form: ids separated by `|` (`cohesie|binding`). Activities and verhalen name their hulpbronnen
/// this way, and read them with the same rules.
public struct HulpbronList: Sendable {
    /// Separator between hulpbron ids in one field.
    public static let separator: Character = "|"

    /// Ids of the instrument's hulpbron constructs, in instrument order.
    public let ids: [String]

    /// The hulpbron constructs of `instrument`.
    public init(instrument: Instrument) {
        ids = instrument.constructs.filter { $0.kind == .hulpbron }.map(\.id)
    }

    /// Ids separated by `|`: an empty field (or `NA`) means none, and empty pieces (`cohesie|`) are
    /// skipped. Ids are matched without regard to case or surrounding spaces; the result is in
    /// instrument order, each id once.
    public func parse(_ text: String) -> Result<[String], FieldProblem> {
        if FieldParsing.isMissing(text) { return .success([]) }
        var given: Set<String> = []
        for part in text.split(separator: Self.separator, omittingEmptySubsequences: false) {
            let id = FieldParsing.trimmed(part)
            if id.isEmpty { continue }
            let key = id.lowercased()
            guard let known = ids.first(where: { $0.lowercased() == key }) else {
                return .failure(.unknownHulpbron(id, known: ids))
            }
            given.insert(known)
        }
        return .success(ids.filter(given.contains))
    }

    /// Stored ids as one field.
    public static func joined(_ ids: [String]) -> String { ids.joined(separator: String(separator)) }

    /// The ids of a stored field.
    public static func split(_ field: String) -> [String] { field.split(separator: separator).map(String.init) }
}
