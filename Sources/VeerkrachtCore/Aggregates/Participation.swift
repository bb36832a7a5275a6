/// Who answered at a meting in an area: how many respondents, and between which dates.
public struct Participation: Sendable, Hashable {
    public let respondents: Int
    /// Earliest and latest `datum`, `YYYY-MM-DD`; with `isMonthly` the first day of the first
    /// month and the last day of the last month.
    public let firstDate: String
    public let lastDate: String
    /// Whether the dates are known only to the month (`monthly()`).
    public let isMonthly: Bool

    public init(respondents: Int, firstDate: String, lastDate: String, isMonthly: Bool = false) {
        self.respondents = respondents
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.isMonthly = isMonthly
    }

    /// The participation of two disjoint groups together.
    public func merged(with other: Participation) -> Participation {
        Participation(respondents: respondents + other.respondents, firstDate: min(firstDate, other.firstDate),
                      lastDate: max(lastDate, other.lastDate), isMonthly: isMonthly || other.isMonthly)
    }

    /// The same, with the dates widened to whole months: from the first day of the first month to
    /// the last day of the last. For an area of few respondents, where the day someone answered
    /// could point at a person.
    public func monthly() -> Participation {
        guard let first = CivilDate(firstDate), let last = CivilDate(lastDate) else { return self }
        let start = CivilDate(year: first.year, month: first.month, day: 1)
        let nextMonth = last.month == 12 ? CivilDate(year: last.year + 1, month: 1, day: 1) : CivilDate(year: last.year, month: last.month + 1, day: 1)
        return Participation(respondents: respondents, firstDate: start.description, lastDate: nextMonth.adding(days: -1).description,
                             isMonthly: true)
    }

    /// `monthly()` when fewer than `threshold` respondents answered, else the exact dates.
    public func disclosed(below threshold: Int) -> Participation { respondents < threshold ? monthly() : self }
}
