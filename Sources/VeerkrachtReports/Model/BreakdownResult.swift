import VeerkrachtCore

/// One area at the report's meting split by one background question: the respondents per group
/// (the profile) and, per construct, the figures of every group beside the area's own. Every
/// figure has been through disclosure control, within the breakdown too (`BreakdownSuppression`).
public struct BreakdownResult: Sendable, Hashable {
    public let breakdown: Breakdown
    /// Respondents per group, in `breakdown.groups` order (`onbekend` last). Counts are never withheld.
    public let respondents: [Int]
    /// The constructs the report splits, in instrument order.
    public let constructs: [Row]

    /// One construct: the area's figures and those of each group.
    public struct Row: Sendable, Hashable {
        public let id: String
        public let name: String
        /// The area's own figures, as the rest of the report shows them.
        public let area: ScoreFigures
        /// Per group, in `breakdown.groups` order; onderdrukte groups carry only n.
        public let groups: [ScoreFigures]
    }

    /// All respondents of the area at the meting.
    public var total: Int { respondents.reduce(0, +) }

    /// The share of the area's respondents in each group, in percent.
    public var percentages: [Double] {
        respondents.map { total == 0 ? 0 : 100 * Double($0) / Double(total) }
    }

    /// Whether anyone in the area answered the question (anyone is in a group but `onbekend`).
    public var isAnswered: Bool { zip(breakdown.groups, respondents).contains { $0 != Breakdown.unknown && $1 > 0 } }

    /// - Parameters:
    ///   - cells: the area's breakdown cells.
    ///   - results: the report's rows of the constructs to split.
    ///   - withheld: the complementarily withheld groups of a construct id.
    init(cells: BreakdownCells, results: [ConstructResult], policy: DisclosurePolicy, withheld: (String) -> Set<Int>) {
        breakdown = cells.breakdown
        respondents = cells.respondents
        constructs = results.map { result in
            let distributions = cells.scores[result.id] ?? Array(repeating: ScoreDistribution(), count: cells.respondents.count)
            let complementary = withheld(result.id)
            let groups = distributions.enumerated().map { index, distribution in
                let figures = ScoreFigures(distribution, policy: policy)
                return complementary.contains(index) || result.figures.values == nil ? figures.withheldComplementarily() : figures
            }
            return Row(id: result.id, name: result.name, area: result.figures, groups: groups)
        }
    }
}
