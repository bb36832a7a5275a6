/// Whether a cell's figures may be shown.
public enum CellStatus: String, Sendable, Hashable, CaseIterable {
    /// Enough respondents: figures are shown.
    case ok
    /// Figures are shown, marked as indicative (few respondents).
    case indicatief
    /// Too few respondents: every figure but n is withheld.
    case onderdrukt
}

/// Disclosure control: cells with fewer than `suppressBelow` respondents are onderdrukt,
/// cells with fewer than `indicativeBelow` are indicatief (SPEC §4; defaults 10 and 30).
public struct DisclosurePolicy: Sendable, Hashable {
    public let suppressBelow: Int
    public let indicativeBelow: Int

    public init(suppressBelow: Int = 10, indicativeBelow: Int = 30) {
        precondition(suppressBelow >= 1 && indicativeBelow >= suppressBelow, "thresholds must satisfy 1 ≤ suppress ≤ indicative")
        self.suppressBelow = suppressBelow
        self.indicativeBelow = indicativeBelow
    }

    /// The status of a cell of `n` respondents.
    public func status(n: Int) -> CellStatus {
        n < suppressBelow ? .onderdrukt : (n < indicativeBelow ? .indicatief : .ok)
    }

    /// Whether a cell of `n` respondents must be withheld.
    public func suppresses(n: Int) -> Bool { n < suppressBelow }
}
