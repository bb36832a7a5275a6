/// The published change of one construct in one area between two metingen (SPEC §5).
/// Reported as verandering, never as a causal effect.
public struct ChangeFigures: Sendable, Hashable {
    public let nFrom: Int
    public let nTo: Int
    /// `.onderdrukt` when either side has too few respondents (or to protect another cell, see
    /// `reason`), otherwise `.ok`.
    public let status: CellStatus
    /// The figures; nil when onderdrukt.
    public let values: Values?
    /// Why the change is onderdrukt; nil when it is not.
    public let reason: SuppressionReason?

    public struct Values: Sendable, Hashable {
        public let meanFrom: Double
        public let meanTo: Double
        /// Difference of means (to − from) with its 95% Welch interval.
        public let difference: MeanDifference?
        public let panel: PanelChange
    }

    /// Inputs: the score distributions of both metingen and the panel tally of the respondents
    /// scored in both. `panel` carries reliable change only when it is defined for the construct.
    public init(from: ScoreDistribution, to: ScoreDistribution, panel: PanelChange, policy: DisclosurePolicy) {
        nFrom = from.n
        nTo = to.n
        guard !policy.suppresses(n: from.n), !policy.suppresses(n: to.n) else {
            status = .onderdrukt
            values = nil
            reason = .tooFew
            return
        }
        status = .ok
        reason = nil
        values = Values(meanFrom: from.moments.mean, meanTo: to.moments.mean,
                        difference: Welch.difference(from: from.moments, to: to.moments, level: 0.95),
                        panel: panel.withheldBelow(policy.suppressBelow))
    }

    private init(nFrom: Int, nTo: Int, status: CellStatus, values: Values?, reason: SuppressionReason?) {
        self.nFrom = nFrom
        self.nTo = nTo
        self.status = status
        self.values = values
        self.reason = reason
    }

    /// The same change withheld to protect a small cell beside it (complementary suppression):
    /// onderdrukt with only the two n's. A change that is onderdrukt already stays as it is.
    public func withheldComplementarily() -> ChangeFigures {
        status == .onderdrukt ? self : ChangeFigures(nFrom: nFrom, nTo: nTo, status: .onderdrukt, values: nil, reason: .complementary)
    }

    /// The same change withheld because its respondents are reported within rapportagegebied
    /// `group`: onderdrukt with only the two n's, whatever it was before.
    public func pooled(in group: String) -> ChangeFigures {
        ChangeFigures(nFrom: nFrom, nTo: nTo, status: .onderdrukt, values: nil, reason: .pooled(group))
    }

    /// The same change with the panel's figures but `pairs` withheld to protect a small panel beside
    /// it (complementary suppression). A change without figures stays as it is.
    public func panelWithheldComplementarily() -> ChangeFigures {
        withPanel(values?.panel.withheldComplementarily())
    }

    /// The same change with the panel's figures but `pairs` withheld because they are reported
    /// within rapportagegebied `group`. A change without figures stays as it is.
    public func panelPooled(in group: String) -> ChangeFigures {
        withPanel(values?.panel.withheld(because: .pooled(group)))
    }

    private func withPanel(_ panel: PanelChange?) -> ChangeFigures {
        guard let values, let panel else { return self }
        let withheld = Values(meanFrom: values.meanFrom, meanTo: values.meanTo, difference: values.difference, panel: panel)
        return ChangeFigures(nFrom: nFrom, nTo: nTo, status: status, values: withheld, reason: reason)
    }
}

/// Change among panel respondents: those scored on the construct in both metingen.
public struct PanelChange: Sendable, Hashable {
    /// n_gepaard.
    public let pairs: Int
    /// Mean of post − pre; nil without (enough) pairs.
    public let meanDifference: Double?
    /// Share (%) reliably improved / worsened (|RCI| > 1.96); nil when not defined or too few pairs.
    public let percentImproved: Double?
    public let percentWorsened: Double?
    /// Why the figures but `pairs` are withheld; nil when they are not.
    public let reason: SuppressionReason?

    /// From a tally; its shares are nil where S_diff could not be computed
    /// (no item-level α, as for a composite, or no spread).
    public init(_ tally: ReliableChange.Tally) {
        pairs = tally.pairs
        meanDifference = tally.pairs > 0 ? tally.pairedDifference.mean : nil
        percentImproved = tally.percentImproved
        percentWorsened = tally.percentWorsened
        reason = nil
    }

    private init(pairs: Int, withheldBecause reason: SuppressionReason) {
        self.pairs = pairs
        meanDifference = nil
        percentImproved = nil
        percentWorsened = nil
        self.reason = reason
    }

    /// The same change with every figure but `pairs` withheld when there are fewer than `minimum` pairs.
    func withheldBelow(_ minimum: Int) -> PanelChange {
        guard pairs < minimum else { return self }
        return PanelChange(pairs: pairs, withheldBecause: .tooFew)
    }

    /// The same change with every figure but `pairs` withheld to protect a small panel beside it.
    /// A panel withheld already stays as it is.
    func withheldComplementarily() -> PanelChange {
        reason == nil ? PanelChange(pairs: pairs, withheldBecause: .complementary) : self
    }

    /// The same change with every figure but `pairs` withheld for `reason`.
    func withheld(because reason: SuppressionReason) -> PanelChange {
        PanelChange(pairs: pairs, withheldBecause: reason)
    }
}
