import Foundation

/// Streaming Cronbach's α over complete cases, mergeable across partitions.
public struct CronbachAlpha: Sendable, Hashable {
    /// Moments of each item's scores.
    public private(set) var items: [Moments]
    /// Moments of the respondents' total scores.
    public private(set) var totals = Moments()

    /// An empty accumulator for a scale of `itemCount` items.
    public init(itemCount: Int) {
        precondition(itemCount >= 0, "item count must not be negative")
        items = Array(repeating: Moments(), count: itemCount)
    }

    /// An accumulator from stored components (as read back from `items` and `totals`).
    public init(items: [Moments], totals: Moments) {
        self.items = items
        self.totals = totals
    }

    /// Number of items in the scale.
    public var itemCount: Int { items.count }

    /// Number of respondents added.
    public var respondents: Int { totals.count }

    /// Adds one respondent who answered every item; `itemScores.count` must equal `itemCount`.
    public mutating func add(_ itemScores: [Double]) {
        precondition(itemScores.count == items.count, "expected \(items.count) item scores, got \(itemScores.count)")
        for (index, score) in itemScores.enumerated() { items[index].add(score) }
        totals.add(itemScores.reduce(0, +))
    }

    /// Combines with an accumulator over other respondents of the same scale.
    public mutating func merge(_ other: CronbachAlpha) {
        precondition(other.items.count == items.count, "cannot merge scales with different item counts")
        for index in items.indices { items[index].merge(other.items[index]) }
        totals.merge(other.totals)
    }

    /// α = k/(k − 1)·(1 − Σ var(itemᵢ)/var(total)) with sample variances;
    /// nil when k < 2, respondents < 2 or var(total) = 0.
    public var alpha: Double? {
        guard items.count >= 2, let totalVariance = totals.variance, totalVariance > 0 else { return nil }
        let k = Double(items.count)
        let itemVariances = items.reduce(0) { $0 + ($1.variance ?? 0) }
        return k / (k - 1) * (1 - itemVariances / totalVariance)
    }
}
