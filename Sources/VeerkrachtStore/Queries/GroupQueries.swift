import GRDB
import VeerkrachtCore

extension Store {
    /// Score cells of every rapportagegebied of `gemeente` at `meting`, with the group's name as
    /// `area`, ordered by name and construct id: the members' cells merged (Cronbach's α too, over
    /// the members' respondents who answered every item).
    public func groupScoreCells(gemeente: String, meting: String) throws -> [ScoreCell] {
        try database.read { db in
            let groups = try Self.rapportagegebieden(db, gemeente: gemeente)
            guard !groups.isEmpty else { return [] }
            let cells = try Self.cells(db, level: .wijk, metingID: Self.metingID(meting, db: db), wijken: WijkRange(gemeente))
            return Self.pooled(cells, groups: groups).map { key, cell in
                ScoreCell(meting: meting, area: key.area, construct: key.construct, distribution: cell.distribution,
                          reliability: cell.alpha?.alpha)
            }
            .sorted { ($0.area, $0.construct) < ($1.area, $1.construct) }
        }
    }

    /// Change of every rapportagegebied of `gemeente` from meting `from` to `to`, with the group's
    /// name as `area`, ordered by name and construct id: the members' score cells merged, and the
    /// panel of the members' respondents who answered in the same wijk both times, with reliable
    /// change against the same reference group as every other table (`changeCells`). The group's
    /// panel is thus exactly the sum of its members' panels.
    public func groupChangeCells(gemeente: String, from: String, to: String) throws -> [ChangeCell] {
        try database.read { db in
            let groups = try Self.rapportagegebieden(db, gemeente: gemeente)
            guard !groups.isEmpty else { return [] }
            let wijken = WijkRange(gemeente)
            let fromID = try Self.metingID(from, db: db)
            let toID = try Self.metingID(to, db: db)
            let before = Self.pooled(try Self.cells(db, level: .wijk, metingID: fromID, wijken: wijken), groups: groups)
            let after = Self.pooled(try Self.cells(db, level: .wijk, metingID: toID, wijken: wijken), groups: groups)
            let reference = try Self.referenceDifferences(db, from: from)
            let groupOf = Self.groupOf(groups)
            var tallies: [AreaConstruct: ReliableChange.Tally] = [:]
            let members = try Self.panelTallies(db, level: .wijk, from: fromID, to: toID, wijken: wijken, sDiff: { reference[$0.construct] ?? nil })
            for (key, tally) in Self.inWijkOrder(members) {
                guard let group = groupOf[key.area] else { continue }
                tallies[AreaConstruct(area: group, construct: key.construct), default: ReliableChange.Tally(sDiff: tally.sDiff)].merge(tally)
            }
            return Set(before.keys).union(after.keys).sorted { ($0.area, $0.construct) < ($1.area, $1.construct) }.map { key in
                ChangeCell(area: key.area, construct: key.construct,
                           from: before[key]?.distribution ?? ScoreDistribution(), to: after[key]?.distribution ?? ScoreDistribution(),
                           panel: PanelChange(tallies[key] ?? ReliableChange.Tally(sDiff: nil)))
            }
        }
    }

    /// Wijk cells merged per group (keyed by the group's name); wijken outside every group left out.
    private static func pooled(_ cells: [AreaConstruct: CellStatistics], groups: [Rapportagegebied]) -> [AreaConstruct: CellStatistics] {
        let groupOf = groupOf(groups)
        var pooled: [AreaConstruct: CellStatistics] = [:]
        for (key, cell) in inWijkOrder(cells) {
            guard let group = groupOf[key.area] else { continue }
            pooled[AreaConstruct(area: group, construct: key.construct), default: CellStatistics()].merge(cell)
        }
        return pooled
    }

    /// The entries by wijk code, so that members merge in one order and the figures are the same in every report.
    private static func inWijkOrder<Value>(_ entries: [AreaConstruct: Value]) -> [(key: AreaConstruct, value: Value)] {
        entries.sorted { ($0.key.area, $0.key.construct) < ($1.key.area, $1.key.construct) }
    }

    private static func groupOf(_ groups: [Rapportagegebied]) -> [String: String] {
        Dictionary(groups.flatMap { group in group.wijken.map { ($0, group.name) } }, uniquingKeysWith: { a, _ in a })
    }
}
