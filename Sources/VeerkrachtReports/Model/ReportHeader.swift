import VeerkrachtCore

/// A wijk or gemeente with its display name.
public struct AreaInfo: Sendable, Hashable {
    public let code: String
    /// The imported name, or the code when no name is known.
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// A meting as a report shows it.
public struct MetingInfo: Sendable, Hashable {
    public let label: String
    /// Respondents in the report's area and the dates they answered; nil when none answered there.
    public let participation: Participation?
}

/// Where a report's figures come from, so a reader can ask "where does this number come from?".
public struct Provenance: Sendable, Hashable {
    public let instrument: String
    public let instrumentVersion: Int
    public let instrumentTitle: String
    /// When the data last changed.
    public let snapshot: String
    public let policy: DisclosurePolicy
    /// The instrument's laag/hoog thresholds.
    public let thresholds: CategoryThresholds
}

/// The period whose activities a report counts as output: from the day after the previous
/// meting's last response up to this meting's last response, or the 365 days up to it.
public struct OutputPeriod: Sendable, Hashable {
    public let from: String
    public let to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    public init?(meting: Participation?, previous: Participation?) {
        guard let end = meting.flatMap({ CivilDate($0.lastDate) }) else { return nil }
        let start = previous.flatMap { CivilDate($0.lastDate) }.map { $0.adding(days: 1) } ?? end.adding(days: -364)
        self.init(from: min(start, end).description, to: end.description)
    }
}
