/// Which wijk codes incoming data may use: every wijk the database knows, and new ones only in a
/// gemeente whose wijken the gebieden list does not give. Where the list gives a gemeente's wijken,
/// a code it lacks is a typo (`WK077210` for `WK077201`), not a new wijk.
public struct WijkRules: Sendable {
    /// Codes of every wijk the database knows.
    public let known: Set<WijkCode>
    /// Gemeenten with at least one wijk named by `import gebieden`.
    public let listedGemeenten: Set<GemeenteCode>

    public init(known: Set<WijkCode>, listedGemeenten: Set<GemeenteCode>) {
        self.known = known
        self.listedGemeenten = listedGemeenten
    }

    /// Whether data may use `wijk`: `.success(true)` when it is new to the database, `.success(false)`
    /// when known, `.unknownWijk` when its gemeente's list lacks it.
    public func admit(_ wijk: WijkCode) -> Result<Bool, FieldProblem> {
        if known.contains(wijk) { return .success(false) }
        return listedGemeenten.contains(wijk.gemeente) ? .failure(.unknownWijk(wijk.rawValue, gemeente: wijk.gemeente.rawValue)) : .success(true)
    }
}
