import VeerkrachtCore

/// Who answered, and for whom the figures differ: an area split by each background question the
/// respondents answered (age group, geslacht). A question nobody in the area answered is left out,
/// so an area where nobody answered any has no breakdowns at all.
///
/// Not every construct is split: the parts of a composite (the three kinds of redzaamheid in
/// sociale veerkracht) are summarised by the composite, so a breakdown shows the hulpbronnen and
/// sociale veerkracht and stays one table wide.
public struct Background: Sendable, Hashable {
    /// The breakdowns anyone answered, in `Breakdown.allCases` order.
    public let breakdowns: [BreakdownResult]

    /// - Parameters:
    ///   - area: the wijk or gemeente reported on.
    ///   - gemeente: the gemeente the area is in (or is).
    ///   - wijken: the breakdown cells of every wijk of the gemeente, for the suppression they share.
    ///   - results: the report's rows of every construct of the area.
    ///   - suppression: what the reports withhold of each wijk's own figures.
    init(area: String, gemeente: String, wijken: [BreakdownCells], instrument: Instrument, results: [ConstructResult],
         suppression: WijkSuppression, policy: DisclosurePolicy) {
        let parts = Set(instrument.constructs.flatMap { construct -> [Int] in
            if case .composite(let indices, _) = construct.scoring { indices } else { [] }
        })
        let split = Set(instrument.constructs.indices.filter { !parts.contains($0) }.map { instrument.constructs[$0].id })
        let shown = results.filter { split.contains($0.id) }
        breakdowns = Breakdown.allCases.compactMap { breakdown in
            let cells = wijken.filter { $0.breakdown == breakdown }
            guard let own = area == gemeente ? Self.sum(cells, area: gemeente, breakdown: breakdown) : cells.first(where: { $0.area == area })
            else { return nil }
            let protection = BreakdownSuppression(gemeente: gemeente, wijken: cells, suppression: suppression, policy: policy)
            let result = BreakdownResult(cells: own, results: shown, policy: policy) { protection.withheld(of: area, construct: $0) }
            return result.isAnswered ? result : nil
        }
    }

    /// The gemeente's cells: every wijk's groups added up.
    private static func sum(_ wijken: [BreakdownCells], area: String, breakdown: Breakdown) -> BreakdownCells? {
        guard !wijken.isEmpty else { return nil }
        let width = breakdown.groups.count
        var respondents = [Int](repeating: 0, count: width)
        var scores: [String: [ScoreDistribution]] = [:]
        for wijk in wijken {
            for group in 0..<width { respondents[group] += wijk.respondents[group] }
            for (construct, groups) in wijk.scores {
                var total = scores[construct] ?? Array(repeating: ScoreDistribution(), count: width)
                for group in 0..<width { total[group].merge(groups[group]) }
                scores[construct] = total
            }
        }
        return BreakdownCells(area: area, breakdown: breakdown, respondents: respondents, scores: scores)
    }
}
