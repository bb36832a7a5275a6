/// The scores of one construct in one area at one meting, before disclosure control.
public struct ScoreCell: Sendable, Hashable {
    public let meting: String
    /// CBS code of the wijk or gemeente.
    public let area: String
    public let construct: String
    public let distribution: ScoreDistribution
    /// Cronbach's α of the construct's items in this cell; nil for composites or when undefined.
    public let reliability: Double?

    public init(meting: String, area: String, construct: String, distribution: ScoreDistribution, reliability: Double? = nil) {
        self.meting = meting
        self.area = area
        self.construct = construct
        self.distribution = distribution
        self.reliability = reliability
    }

    /// The published figures under `policy`.
    public func figures(_ policy: DisclosurePolicy) -> ScoreFigures { ScoreFigures(distribution, policy: policy) }
}

/// The change of one construct in one area between two metingen, before disclosure control.
public struct ChangeCell: Sendable, Hashable {
    public let area: String
    public let construct: String
    public let from: ScoreDistribution
    public let to: ScoreDistribution
    public let panel: PanelChange

    public init(area: String, construct: String, from: ScoreDistribution, to: ScoreDistribution, panel: PanelChange) {
        self.area = area
        self.construct = construct
        self.from = from
        self.to = to
        self.panel = panel
    }

    /// The published figures under `policy`.
    public func figures(_ policy: DisclosurePolicy) -> ChangeFigures {
        ChangeFigures(from: from, to: to, panel: panel, policy: policy)
    }
}
