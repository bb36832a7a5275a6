import Foundation

/// A difference of two means with its confidence interval.
public struct MeanDifference: Sendable, Hashable {
    /// Second mean minus first mean.
    public let difference: Double
    /// Confidence interval of the difference.
    public let interval: ConfidenceInterval
    /// Degrees of freedom of the t quantile behind the interval.
    public let degreesOfFreedom: Double

    /// A difference with its interval and the degrees of freedom used for it.
    public init(difference: Double, interval: ConfidenceInterval, degreesOfFreedom: Double) {
        self.difference = difference
        self.interval = interval
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// Whether the interval excludes zero.
    public var isSignificant: Bool { interval.excludesZero }
}

/// Welch's unequal-variance comparison of two independent means.
public enum Welch {
    /// to.mean − from.mean ± t((1 + level)/2; ν)·√(s₁²/n₁ + s₂²/n₂), with Welch–Satterthwaite ν;
    /// nil when either side has fewer than 2 values.
    public static func difference(from: Moments, to: Moments, level: Double = 0.95) -> MeanDifference? {
        precondition(level > 0 && level < 1, "confidence level must lie in (0, 1)")
        guard let fromVariance = from.variance, let toVariance = to.variance else { return nil }
        let difference = to.mean - from.mean
        let fromTerm = fromVariance / Double(from.count), toTerm = toVariance / Double(to.count)
        let squaredError = fromTerm + toTerm
        guard squaredError > 0 else {
            return MeanDifference(
                difference: difference,
                interval: ConfidenceInterval(lower: difference, upper: difference),
                degreesOfFreedom: Double(from.count + to.count - 2))
        }
        // ν = (a + b)² / (a²/(n₁ − 1) + b²/(n₂ − 1)), written with shares of the sum so nothing under- or overflows.
        let fromShare = fromTerm / squaredError, toShare = toTerm / squaredError
        let df = 1 / (fromShare * fromShare / Double(from.count - 1) + toShare * toShare / Double(to.count - 1))
        let halfWidth = StudentT.quantile((1 + level) / 2, degreesOfFreedom: df) * squaredError.squareRoot()
        return MeanDifference(
            difference: difference,
            interval: ConfidenceInterval(lower: difference - halfWidth, upper: difference + halfWidth),
            degreesOfFreedom: df)
    }
}
