import VeerkrachtCore

/// The wijken of one gemeente as a report shows them: complementary suppression over wijken and
/// pooled rapportagegebieden (`WijkSuppression`), and the groups' own figures where a group is
/// reported as one area. The gemeente summary and the wijk dashboard build it alike.
struct ReportGrouping {
    let suppression: WijkSuppression
    /// Every wijk in a rapportagegebied of the gemeente, whether or not its group is pooled.
    let groupedWijken: Set<String>
    private let groups: [Rapportagegebied]
    private let cells: [String: [ScoreCell]]
    private let changes: [String: [ChangeCell]]?

    /// - Parameters:
    ///   - wijkCells: the score cells of every wijk of the gemeente at `meting`.
    ///   - wijkChanges: the change cells of every wijk of the gemeente since `previous`, if any.
    init(gemeente: String, meting: String, previous: String?, source: ReportSource, wijkCells: [ScoreCell], wijkChanges: [ChangeCell]?,
         policy: DisclosurePolicy) throws {
        let groups = try source.rapportagegebieden(gemeente: gemeente)
        let suppression = WijkSuppression(cells: wijkCells, changes: wijkChanges, groups: groups, policy: policy)
        self.suppression = suppression
        groupedWijken = Set(groups.flatMap(\.wijken))
        self.groups = groups.filter { !suppression.pooledConstructs(of: $0.name).isEmpty }
        let none = self.groups.isEmpty
        cells = none ? [:] : Dictionary(grouping: try source.groupScoreCells(gemeente: gemeente, meting: meting), by: \.area)
        changes = try previous.map { previous in
            none ? [:] : Dictionary(grouping: try source.groupChangeCells(gemeente: gemeente, from: previous, to: meting), by: \.area)
        }
    }

    /// The figures of `wijk` itself, every construct: withheld where they protect another wijk or
    /// are reported within the wijk's rapportagegebied.
    func results(of wijk: String, instrument: Instrument, cells: [ScoreCell], comparison: [ScoreCell] = [], change: [ChangeCell]?,
                 policy: DisclosurePolicy) -> [ConstructResult] {
        instrument.results(cells: cells, comparison: comparison, change: change, policy: policy,
                           withheld: suppression.withheld(of: wijk), pooling: suppression.pooling(of: wijk))
    }

    /// Every rapportagegebied reported as one area for at least one construct, by name.
    func rows(instrument: Instrument, names: [String: String], respondents: [String: Participation],
              policy: DisclosurePolicy) -> [GemeenteReport.GroupRow] {
        groups.map { group in
            let pooled = suppression.pooledConstructs(of: group.name)
            return GemeenteReport.GroupRow(
                group: info(group, names: names, constructs: pooled),
                respondents: group.wijken.reduce(0) { $0 + (respondents[$1]?.respondents ?? 0) },
                constructs: results(of: group, instrument: instrument, policy: policy).map { pooled.contains($0.id) ? $0 : nil })
        }
    }

    /// What the dashboard of `wijk` shows: its own figures (`own`), except for the constructs whose
    /// level is reported only within its rapportagegebied, which show the group's figures; and
    /// that group, when there is one.
    func dashboard(of wijk: String, own: [ConstructResult], instrument: Instrument, comparison: [ScoreCell], names: [String: String],
                   policy: DisclosurePolicy) -> (constructs: [ConstructResult], group: GroupInfo?) {
        let shownInGroup = Set(suppression.pooling(of: wijk).filter { $0.value.parts.contains(.level) }.keys)
        guard !shownInGroup.isEmpty, let group = groups.first(where: { $0.wijken.contains(wijk) }) else { return (own, nil) }
        let pooled = results(of: group, instrument: instrument, comparison: comparison, policy: policy)
        return (zip(own, pooled).map { shownInGroup.contains($0.0.id) ? $0.1 : $0.0 }, info(group, names: names, constructs: shownInGroup))
    }

    private func results(of group: Rapportagegebied, instrument: Instrument, comparison: [ScoreCell] = [],
                         policy: DisclosurePolicy) -> [ConstructResult] {
        instrument.results(cells: cells[group.name] ?? [], comparison: comparison, change: changes.map { $0[group.name] ?? [] },
                           policy: policy, withheld: suppression.withheld(of: .group(group.name)))
    }

    private func info(_ group: Rapportagegebied, names: [String: String], constructs: Set<String>) -> GroupInfo {
        GroupInfo(name: group.name,
                  wijken: group.wijken.map { AreaInfo(code: $0, name: names[$0] ?? $0) }.sorted { ($0.name, $0.code) < ($1.name, $1.code) },
                  constructs: constructs)
    }
}

/// A rapportagegebied as a report names it: a group of wijken reported as one area for some constructs.
public struct GroupInfo: Sendable, Hashable {
    public let name: String
    /// The member wijken, by name.
    public let wijken: [AreaInfo]
    /// The ids of the constructs reported for the group as a whole.
    public let constructs: Set<String>
}

extension GemeenteReport {
    /// A rapportagegebied's row in the summary: the group as one area.
    public struct GroupRow: Sendable, Hashable {
        public let group: GroupInfo
        public let respondents: Int
        /// Every construct in instrument order; nil where the group's wijken are reported on their own.
        public let constructs: [ConstructResult?]
    }
}
