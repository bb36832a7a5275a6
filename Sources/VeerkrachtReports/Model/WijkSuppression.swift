import VeerkrachtCore

/// Which wijk figures of one gemeente the reports withhold beyond each cell's own disclosure
/// control, so that no onderdrukte wijk can be recomputed from the gemeente total by subtracting
/// the other wijken (complementary suppression, per construct). The gemeente summary and every
/// wijk dashboard build it from the cells of all the gemeente's wijken, so a wijk's figure is
/// withheld alike wherever it appears and combining reports does not undo it.
///
/// - Rapportagegebieden: per construct, a group with a member that has too few respondents on its
///   own (at the meting or the previous one) is reported as one unit when the group itself has
///   enough at the meting ("pooled"). Complementary suppression then runs over the units (the
///   wijken outside pooled groups, and the pooled groups), and within each pooled group over its
///   members, whose total the group shows: a member is shown only where no small member could be
///   recomputed as the group minus the members shown. A withheld group withholds all its members.
/// - Level at the meting: `ComplementarySuppression` over the units' respondents.
/// - Change: withheld wherever the level of either meting is withheld. The two sides of a change
///   are the wijk's level cells of both metingen, so the change table hides at least what the two
///   level tables hide (this meting's here, the earlier one's in that meting's own summary) and
///   reveals no more about a small cell than they do.
/// - Panel (respondents scored in both metingen): `ComplementarySuppression` over the pairs, with
///   every withheld change counted as withheld.
struct WijkSuppression {
    /// Withheld units (and members of withheld groups, as wijken) per construct id.
    private var levels: [String: Set<ReportingUnit>] = [:]
    private var changes: [String: Set<ReportingUnit>] = [:]
    private var panels: [String: Set<ReportingUnit>] = [:]
    /// Per construct id, the members of pooled groups with what is withheld of them within their group.
    private var pooled: [String: [String: Pooling]] = [:]

    /// - Parameters:
    ///   - cells: the score cells of every wijk of the gemeente at the meting.
    ///   - changes: the change cells of every wijk of the gemeente since the previous meting, if any.
    ///   - groups: the gemeente's rapportagegebieden.
    init(cells: [ScoreCell], changes: [ChangeCell]?, groups: [Rapportagegebied] = [], policy: DisclosurePolicy) {
        let levelCounts = Dictionary(grouping: cells, by: \.construct).mapValues { Self.counts($0.map { ($0.area, $0.distribution.n) }) }
        let changeRows = Dictionary(grouping: changes ?? [], by: \.construct)
        for construct in Set(levelCounts.keys).union(changeRows.keys) {
            let to = levelCounts[construct] ?? [:]
            let rows = changeRows[construct] ?? []
            let from = Self.counts(rows.map { ($0.area, $0.from.n) })
            let pairs = Self.counts(rows.map { ($0.area, $0.panel.pairs) })
            let small = { (n: Int?) in (n ?? 0) > 0 && policy.suppresses(n: n!) }
            let pooledGroups = groups.filter { group in
                group.wijken.contains { small(to[$0]) || small(from[$0]) } && !policy.suppresses(n: group.wijken.reduce(0) { $0 + (to[$1] ?? 0) })
            }
            let groupOf = Dictionary(pooledGroups.flatMap { group in group.wijken.map { ($0, group.name) } }, uniquingKeysWith: { a, _ in a })
            func units(_ counts: [String: Int]) -> [ReportingUnit: Int] {
                var units: [ReportingUnit: Int] = [:]
                for (wijk, n) in counts { units[groupOf[wijk].map(ReportingUnit.group) ?? .wijk(wijk), default: 0] += n }
                return units
            }
            var level = ComplementarySuppression.withheld(counts: units(to), policy: policy)
            var change = ComplementarySuppression.withheld(counts: units(from), policy: policy).union(level)
            var panel = ComplementarySuppression.withheld(counts: units(pairs), alreadyWithheld: change, policy: policy)
            for group in pooledGroups {
                let members = { (counts: [String: Int]) in Dictionary(uniqueKeysWithValues: group.wijken.map { ($0, counts[$0] ?? 0) }) }
                let inLevel = ComplementarySuppression.withheld(counts: members(to), policy: policy)
                let inChange = ComplementarySuppression.withheld(counts: members(from), policy: policy).union(inLevel)
                let inPanel = changes == nil ? [] : ComplementarySuppression.withheld(counts: members(pairs), alreadyWithheld: inChange, policy: policy)
                for wijk in group.wijken {
                    var parts: WithheldParts = []
                    if inLevel.contains(wijk) { parts.insert(.level) }
                    if changes != nil && inChange.contains(wijk) { parts.insert(.change) }
                    if inPanel.contains(wijk) { parts.insert(.panel) }
                    pooled[construct, default: [:]][wijk] = Pooling(group: group.name, parts: parts)
                    if level.contains(.group(group.name)) { level.insert(.wijk(wijk)) }
                    if change.contains(.group(group.name)) { change.insert(.wijk(wijk)) }
                    if panel.contains(.group(group.name)) { panel.insert(.wijk(wijk)) }
                }
            }
            levels[construct] = level
            if changes != nil {
                self.changes[construct] = change
                panels[construct] = panel
            }
        }
    }

    /// What reports withhold of `unit` to protect another wijk, by construct id.
    func withheld(of unit: ReportingUnit) -> [String: WithheldParts] {
        var parts: [String: WithheldParts] = [:]
        for (construct, units) in levels where units.contains(unit) { parts[construct, default: []].insert(.level) }
        for (construct, units) in changes where units.contains(unit) { parts[construct, default: []].insert(.change) }
        for (construct, units) in panels where units.contains(unit) { parts[construct, default: []].insert(.panel) }
        return parts
    }

    /// What reports withhold of `wijk` to protect another wijk, by construct id.
    func withheld(of wijk: String) -> [String: WithheldParts] {
        withheld(of: .wijk(wijk))
    }

    /// The constructs for which `wijk` is reported within its rapportagegebied, with what is
    /// withheld of its own figures there, by construct id.
    func pooling(of wijk: String) -> [String: Pooling] {
        pooled.compactMapValues { $0[wijk] }
    }

    /// The ids of the constructs for which rapportagegebied `group` is reported as one unit.
    func pooledConstructs(of group: String) -> Set<String> {
        Set(pooled.filter { $0.value.values.contains { $0.group == group } }.keys)
    }

    private static func counts(_ pairs: [(String, Int)]) -> [String: Int] {
        Dictionary(pairs, uniquingKeysWith: +)
    }
}

/// A unit of complementary suppression in a gemeente: a wijk reported on its own, or a
/// rapportagegebied reported as one area.
enum ReportingUnit: Hashable, Comparable {
    case wijk(String)
    case group(String)
}

/// A wijk reported within its rapportagegebied for one construct: the group, and which of the
/// wijk's own figures are withheld there (all of a small member's; a larger member's where a small
/// one could otherwise be recomputed from the group).
struct Pooling: Hashable, Sendable {
    let group: String
    let parts: WithheldParts
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
