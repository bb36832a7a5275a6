import Foundation

/// A two-sided confidence interval [lower, upper].
public struct ConfidenceInterval: Sendable, Hashable {
    /// Lower bound.
    public let lower: Double
    /// Upper bound.
    public let upper: Double

    /// An interval from `lower` to `upper`.
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether zero lies outside the interval: lower > 0 or upper < 0.
    public var excludesZero: Bool { lower > 0 || upper < 0 }
}

extension Moments {
    /// The t interval for the mean: mean ± t((1 + level)/2; n − 1)·sd/√n; nil when count < 2.
    public func meanInterval(level: Double = 0.95) -> ConfidenceInterval? {
        precondition(level > 0 && level < 1, "confidence level must lie in (0, 1)")
        guard let sd = standardDeviation else { return nil }
        let n = Double(count)
        let halfWidth = StudentT.quantile((1 + level) / 2, degreesOfFreedom: n - 1) * sd / n.squareRoot()
        return ConfidenceInterval(lower: mean - halfWidth, upper: mean + halfWidth)
    }
}
