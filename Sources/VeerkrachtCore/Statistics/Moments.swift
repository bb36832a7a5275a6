import Foundation

/// Streaming count, mean and sum of squared deviations (Welford), mergeable across partitions (Chan et al.).
public struct Moments: Sendable, Hashable {
    /// Number of values added.
    public private(set) var count = 0
    private var runningMean = 0.0
    /// M2 = Σ (x − mean)².
    public private(set) var sumOfSquaredDeviations = 0.0

    /// Empty moments.
    public init() {}

    /// Moments from stored components (as read back from `count`, `mean` and `sumOfSquaredDeviations`).
    public init(count: Int, mean: Double, sumOfSquaredDeviations: Double) {
        self.count = count
        runningMean = count > 0 ? mean : 0
        self.sumOfSquaredDeviations = count > 0 ? sumOfSquaredDeviations : 0
    }

    /// Moments of all values in `values`.
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        for value in values { add(value) }
    }

    /// Adds one value: δ = x − mean, mean += δ/n, M2 += δ·(x − mean).
    public mutating func add(_ x: Double) {
        count += 1
        let delta = x - runningMean
        runningMean += delta / Double(count)
        sumOfSquaredDeviations += delta * (x - runningMean)
    }

    /// Combines with moments of disjoint data: mean = mean_a + δ·n_b/n, M2 = M2_a + M2_b + δ²·n_a·n_b/n.
    public mutating func merge(_ other: Moments) {
        guard other.count > 0 else { return }
        guard count > 0 else { self = other; return }
        let total = count + other.count
        let delta = other.runningMean - runningMean
        let otherShare = Double(other.count) / Double(total)
        runningMean += delta * otherShare
        sumOfSquaredDeviations += other.sumOfSquaredDeviations + delta * delta * Double(count) * otherShare
        count = total
    }

    /// Arithmetic mean; NaN when empty.
    public var mean: Double { count > 0 ? runningMean : .nan }

    /// Sample variance M2/(n − 1); nil when count < 2.
    public var variance: Double? {
        count >= 2 ? sumOfSquaredDeviations / Double(count - 1) : nil
    }

    /// Sample standard deviation √variance; nil when count < 2.
    public var standardDeviation: Double? { variance.map { $0.squareRoot() } }
}
