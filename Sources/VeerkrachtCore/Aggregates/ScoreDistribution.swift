/// Running statistics of the construct scores in one cell (an area × meting × construct):
/// count, mean and variance (Welford), and how many scores fall in laag and hoog.
/// Cells merge exactly, so a gemeente is the merge of its wijken.
public struct ScoreDistribution: Sendable, Hashable {
    public private(set) var moments = Moments()
    public private(set) var laag = 0
    public private(set) var hoog = 0

    public init() {}

    /// A distribution from stored components.
    public init(moments: Moments, laag: Int, hoog: Int) {
        self.moments = moments
        self.laag = laag
        self.hoog = hoog
    }

    /// Number of scored respondents.
    public var n: Int { moments.count }

    public mutating func add(_ score: Double, category: Category) {
        moments.add(score)
        switch category {
        case .laag: laag += 1
        case .hoog: hoog += 1
        case .midden: break
        }
    }

    public mutating func merge(_ other: ScoreDistribution) {
        moments.merge(other.moments)
        laag += other.laag
        hoog += other.hoog
    }
}
