/// Who answered at a meting in an area: how many respondents, and between which dates.
public struct Participation: Sendable, Hashable {
    public let respondents: Int
    /// Earliest and latest `datum`, `YYYY-MM-DD`.
    public let firstDate: String
    public let lastDate: String

    public init(respondents: Int, firstDate: String, lastDate: String) {
        self.respondents = respondents
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// The participation of two disjoint groups together.
    public func merged(with other: Participation) -> Participation {
        Participation(respondents: respondents + other.respondents,
                      firstDate: min(firstDate, other.firstDate), lastDate: max(lastDate, other.lastDate))
    }
}
