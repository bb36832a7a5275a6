import VeerkrachtCore

/// Which wijk figures of one gemeente the reports withhold beyond each cell's own disclosure
/// control, so that no onderdrukte wijk can be recomputed from the gemeente total by subtracting
/// the other wijken (complementary suppression, per construct). The gemeente summary and every
/// wijk dashboard build it from the cells of all the gemeente's wijken, so a wijk's figure is
/// withheld alike wherever it appears and combining reports does not undo it.
///
/// - Level at the meting: `ComplementarySuppression` over the wijken's respondents.
/// - Change: withheld wherever the level of either meting is withheld. The two sides of a change
///   are the wijk's level cells of both metingen, so the change table hides at least what the two
///   level tables hide (this meting's here, the earlier one's in that meting's own summary) and
///   reveals no more about a small cell than they do.
/// - Panel (respondents scored in both metingen): `ComplementarySuppression` over the pairs, with
///   every withheld change counted as withheld.
struct WijkSuppression {
    /// Withheld wijk codes per construct id.
    private var levels: [String: Set<String>] = [:]
    private var changes: [String: Set<String>] = [:]
    private var panels: [String: Set<String>] = [:]

    /// - Parameters:
    ///   - cells: the score cells of every wijk of the gemeente at the meting.
    ///   - changes: the change cells of every wijk of the gemeente since the previous meting, if any.
    init(cells: [ScoreCell], changes: [ChangeCell]?, policy: DisclosurePolicy) {
        for (construct, cells) in Dictionary(grouping: cells, by: \.construct) {
            levels[construct] = ComplementarySuppression.withheld(counts: Self.counts(cells.map { ($0.area, $0.distribution.n) }),
                                                                  policy: policy)
        }
        for (construct, rows) in Dictionary(grouping: changes ?? [], by: \.construct) {
            let earlier = ComplementarySuppression.withheld(counts: Self.counts(rows.map { ($0.area, $0.from.n) }), policy: policy)
            let withheld = earlier.union(levels[construct] ?? [])
            self.changes[construct] = withheld
            panels[construct] = ComplementarySuppression.withheld(counts: Self.counts(rows.map { ($0.area, $0.panel.pairs) }),
                                                                  alreadyWithheld: withheld, policy: policy)
        }
    }

    /// What reports withhold of `wijk` beyond its own disclosure control, by construct id.
    func withheld(of wijk: String) -> [String: WithheldParts] {
        var parts: [String: WithheldParts] = [:]
        for (construct, codes) in levels where codes.contains(wijk) { parts[construct, default: []].insert(.level) }
        for (construct, codes) in changes where codes.contains(wijk) { parts[construct, default: []].insert(.change) }
        for (construct, codes) in panels where codes.contains(wijk) { parts[construct, default: []].insert(.panel) }
        return parts
    }

    private static func counts(_ pairs: [(String, Int)]) -> [String: Int] {
        Dictionary(pairs, uniquingKeysWith: +)
    }
}

/// The parts of a wijk's figures for one construct that are withheld to protect another wijk.
struct WithheldParts: OptionSet, Hashable, Sendable {
    let rawValue: Int

    /// The level at the meting.
    static let level = WithheldParts(rawValue: 1 << 0)
    /// The whole change since the previous meting.
    static let change = WithheldParts(rawValue: 1 << 1)
    /// The panel's figures within the change (all but the number of pairs).
    static let panel = WithheldParts(rawValue: 1 << 2)
}
