import VeerkrachtCore

/// One construct in a report: its level in the area, optionally beside a comparison area, and
/// its change since the previous meting. Every figure has been through disclosure control.
public struct ConstructResult: Sendable, Hashable {
    public let id: String
    public let name: String
    public let kind: ConstructKind
    public let description: String
    /// Level at the meting (onderdrukt cells carry only n).
    public let figures: ScoreFigures
    /// Cronbach's α at the meting; nil for composites, when undefined, or when the cell is onderdrukt.
    public let reliability: Double?
    /// The comparison area's level (the gemeente, in a wijk report).
    public let comparison: ScoreFigures?
    /// Change since the previous meting, when one was asked for.
    public let change: ChangeFigures?

    /// - Parameters:
    ///   - withheld: the parts withheld to protect another wijk (complementary suppression).
    ///   - pooling: the rapportagegebied the figures are reported within, and the parts withheld for it.
    init(construct: Construct, cell: ScoreCell?, comparison: ScoreCell?, change: ChangeCell?, hasPrevious: Bool, policy: DisclosurePolicy,
         withheld: WithheldParts, pooling: Pooling? = nil) {
        id = construct.id
        name = construct.name
        kind = construct.kind
        description = construct.description
        var figures = cell?.figures(policy) ?? ScoreFigures(ScoreDistribution(), policy: policy)
        if let pooling, pooling.parts.contains(.level) { figures = figures.pooled(in: pooling.group) }
        self.figures = withheld.contains(.level) ? figures.withheldComplementarily() : figures
        reliability = self.figures.values == nil ? nil : cell?.reliability
        self.comparison = comparison?.figures(policy)
        guard hasPrevious else {
            self.change = nil
            return
        }
        let none = ScoreDistribution()
        var change = change?.figures(policy) ?? ChangeFigures(from: none, to: none, panel: PanelChange(ReliableChange.Tally(sDiff: nil)), policy: policy)
        if let pooling {
            change = pooling.parts.contains(.change) ? change.pooled(in: pooling.group)
                : pooling.parts.contains(.panel) ? change.panelPooled(in: pooling.group) : change
        }
        self.change = withheld.contains(.change) ? change.withheldComplementarily()
            : withheld.contains(.panel) ? change.panelWithheldComplementarily() : change
    }

    /// The direction of a significant change, if any.
    public var significantDirection: ChangeDirection? {
        guard let difference = change?.values?.difference, difference.isSignificant else { return nil }
        return difference.difference > 0 ? .up : .down
    }
}

/// Which way a significant change went.
public enum ChangeDirection: String, Sendable, Hashable {
    case up, down
}

extension Instrument {
    /// Report rows for every construct, in instrument order; `withheld` (by construct id) names
    /// what is withheld to protect another wijk, `pooling` what is reported within a rapportagegebied.
    func results(cells: [ScoreCell], comparison: [ScoreCell] = [], change: [ChangeCell]?, policy: DisclosurePolicy,
                 withheld: [String: WithheldParts] = [:], pooling: [String: Pooling] = [:]) -> [ConstructResult] {
        let cellBy = Dictionary(cells.map { ($0.construct, $0) }, uniquingKeysWith: { a, _ in a })
        let comparisonBy = Dictionary(comparison.map { ($0.construct, $0) }, uniquingKeysWith: { a, _ in a })
        let changeBy = Dictionary((change ?? []).map { ($0.construct, $0) }, uniquingKeysWith: { a, _ in a })
        return constructs.map { construct in
            ConstructResult(construct: construct, cell: cellBy[construct.id], comparison: comparisonBy[construct.id],
                            change: changeBy[construct.id], hasPrevious: change != nil, policy: policy,
                            withheld: withheld[construct.id] ?? [], pooling: pooling[construct.id])
        }
    }
}
