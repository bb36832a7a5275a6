import Foundation
import GRDB
import VeerkrachtCore

extension Store {
    /// Change per area × construct from meting `from` to meting `to` (SPEC §5), ordered by area and
    /// construct id: both score distributions, and the panel of respondents scored in both metingen
    /// within the same area, with reliable change where Cronbach's α of the `from` meting is defined.
    /// `area` (a wijk or gemeente code) limits the result to that area.
    public func changeCells(level: AreaLevel, from: String, to: String, area: String? = nil) throws -> [ChangeCell] {
        try database.read { db in
            let fromID = try Self.metingID(from, db: db)
            let toID = try Self.metingID(to, db: db)
            let before = try Self.cells(db, level: level, metingID: fromID, area: area)
            let after = try Self.cells(db, level: level, metingID: toID, area: area)
            let tallies = try Self.panelTallies(db, level: level, from: fromID, to: toID, area: area) { key in
                before[key].flatMap(\.standardErrorOfDifference)
            }
            return Set(before.keys).union(after.keys).map { key in
                ChangeCell(area: key.area, construct: key.construct,
                           from: before[key]?.distribution ?? ScoreDistribution(), to: after[key]?.distribution ?? ScoreDistribution(),
                           panel: PanelChange(tallies[key] ?? ReliableChange.Tally(sDiff: nil)))
            }
            .sorted { ($0.area, $0.construct) < ($1.area, $1.construct) }
        }
    }

    /// Pairs every respondent's scores at `from` and `to` within the same area, per construct.
    private static func panelTallies(_ db: Database, level: AreaLevel, from: Int64, to: Int64, area: String?,
                                     sDiff: (AreaConstruct) -> Double?) throws -> [AreaConstruct: ReliableChange.Tally] {
        let constructs = try allInstruments(db).mapValues { $0.constructs.map(\.id) }
        var tallies: [AreaConstruct: ReliableChange.Tally] = [:]
        var areaOf = AreaResolver(level: level)
        // The same area: the whole wijk code, or its first six characters (WK + the gemeente's digits).
        let sameArea = level == .wijk ? 8 : 6
        let pairs = try Row.fetchCursor(db, sql: """
            SELECT a.wijk, a.instrument_id, a.scores, b.instrument_id, b.scores
            FROM response a JOIN response b ON b.meting_id = ? AND b.respondent = a.respondent AND substr(b.wijk, 1, ?) = substr(a.wijk, 1, ?)
            WHERE a.meting_id = ? AND a.wijk BETWEEN ? AND ?
            """, arguments: [to, sameArea, sameArea, from] + WijkRange(area).arguments)
        while let row = try pairs.next() {
            let area = areaOf(row[0])
            guard let idsBefore = constructs[row[1]], let idsAfter = constructs[row[3]] else { continue }
            let pre = ScoreVector.decode(row[2])
            let post = ScoreVector.decode(row[4])
            for (index, construct) in idsBefore.enumerated() {
                guard let before = pre[index] else { continue }
                let afterIndex = idsAfter == idsBefore ? index : idsAfter.firstIndex(of: construct)
                guard let afterIndex, let after = post[afterIndex] else { continue }
                let key = AreaConstruct(area: area, construct: construct)
                if tallies[key] == nil { tallies[key] = ReliableChange.Tally(sDiff: sDiff(key)) }
                tallies[key]!.add(pre: before, post: after)
            }
        }
        return tallies
    }
}

extension CellStatistics {
    /// S_diff = √2 · SD_pre · √(1 − α) of this (pre) cell, when both are defined.
    var standardErrorOfDifference: Double? {
        guard let sd = distribution.moments.standardDeviation, let alpha = alpha?.alpha else { return nil }
        return ReliableChange.standardErrorOfDifference(sdPre: sd, alpha: alpha)
    }
}
