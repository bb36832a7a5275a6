/// The published figures of one cell after disclosure control (SPEC §4).
public struct ScoreFigures: Sendable, Hashable {
    public let n: Int
    public let status: CellStatus
    /// The figures; nil when the cell is onderdrukt.
    public let values: Values?
    /// Why the cell is onderdrukt; nil when it is not.
    public let reason: SuppressionReason?

    /// Figures of a cell that may be shown.
    public struct Values: Sendable, Hashable {
        public let mean: Double
        /// Sample standard deviation (n − 1); nil for a single respondent.
        public let standardDeviation: Double?
        /// 95% interval of the mean, mean ± t(0.975; n − 1) · sd / √n.
        public let interval: ConfidenceInterval?
        public let percentLaag: Double
        public let percentHoog: Double
    }

    public init(_ distribution: ScoreDistribution, policy: DisclosurePolicy) {
        n = distribution.n
        status = policy.status(n: n)
        guard status != .onderdrukt, n > 0 else {
            values = nil
            reason = .tooFew
            return
        }
        reason = nil
        let share = 100 / Double(n)
        values = Values(mean: distribution.moments.mean,
                        standardDeviation: distribution.moments.standardDeviation,
                        interval: distribution.moments.meanInterval(level: 0.95),
                        percentLaag: Double(distribution.laag) * share,
                        percentHoog: Double(distribution.hoog) * share)
    }

    private init(withholding figures: ScoreFigures, because reason: SuppressionReason) {
        n = figures.n
        status = .onderdrukt
        values = nil
        self.reason = reason
    }

    /// The same cell withheld to protect a small cell beside it (complementary suppression):
    /// onderdrukt with only n. A cell that is onderdrukt already stays as it is.
    public func withheldComplementarily() -> ScoreFigures {
        status == .onderdrukt ? self : ScoreFigures(withholding: self, because: .complementary)
    }

    /// The same cell withheld because its respondents are reported within rapportagegebied `group`:
    /// onderdrukt with only n, whatever it was before.
    public func pooled(in group: String) -> ScoreFigures {
        ScoreFigures(withholding: self, because: .pooled(group))
    }
}
