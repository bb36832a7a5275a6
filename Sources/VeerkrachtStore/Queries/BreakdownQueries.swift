import Foundation
import GRDB
import GRDBSQLite
import VeerkrachtCore

extension Store {
    /// The respondents and score distributions of each area at `meting`, split by every
    /// background question (`Breakdown.allCases`), ordered by area, then breakdown. Responses to
    /// an instrument without the question count as `onbekend`. `area` (a wijk or gemeente code)
    /// limits the result to that area.
    ///
    /// Read from the responses themselves (one range scan of the area's rows): the groups are
    /// not kept as cells, so an import pays nothing for them.
    public func breakdowns(level: AreaLevel, meting: String, area: String? = nil) throws -> [BreakdownCells] {
        try database.read { db in
            let metingID = try Self.metingID(meting, db: db)
            let instrument = try Self.instrument(db).instrument
            var layouts: [Int64: BreakdownLayout] = [:]
            var tallies: [String: BreakdownTally] = [:]
            var areaOf = AreaResolver(level: level)
            let statement = try db.makeStatement(sql: """
                SELECT wijk, instrument_id, answers, scores FROM response WHERE meting_id = ? AND wijk BETWEEN ? AND ?
                """)
            try statement.setArguments([metingID] + WijkRange(area).arguments)
            var wijk = OrderedTextColumn()
            var key = ""
            try SQLiteColumn.forEachRow(statement) { handle in
                if wijk.read(handle, 0) { key = areaOf(wijk.value) }
                let instrumentID = sqlite3_column_int64(handle, 1)
                if layouts[instrumentID] == nil {
                    layouts[instrumentID] = BreakdownLayout(from: try Self.instrument(db, rowID: instrumentID).instrument, to: instrument)
                }
                let layout = layouts[instrumentID]!
                let answers = AnswerVector.decode(SQLiteColumn.bytes(handle, 2), count: layout.itemCount)
                let scores = ScoreVector.decode(SQLiteColumn.bytes(handle, 3))
                tallies[key, default: BreakdownTally(constructs: instrument.constructs.count)]
                    .add(groups: layout.groups(answers), scores: layout.scores(scores), thresholds: instrument.thresholds)
            }
            let constructIDs = instrument.constructs.map(\.id)
            return tallies.keys.sorted().flatMap { area in tallies[area]!.cells(area: area, constructs: constructIDs) }
        }
    }

}

/// Where a stored response to one instrument has its background answers and the current
/// instrument's construct scores.
private struct BreakdownLayout {
    let itemCount: Int
    /// Per `Breakdown.allCases`, the index of its item in the response's instrument.
    private let items: [Int?]
    /// Per construct of the current instrument, its index in the response's score vector.
    private let constructs: [Int?]

    init(from source: Instrument, to current: Instrument) {
        itemCount = source.items.count
        items = Breakdown.allCases.map { source.itemIndex($0.item) }
        constructs = current.constructs.map { source.constructIndex($0.id) }
    }

    /// The group index of the response per breakdown.
    func groups(_ answers: [Int?]) -> [Int] {
        zip(Breakdown.allCases, items).map { breakdown, index in breakdown.groupIndex(of: index.flatMap { answers[$0] }) }
    }

    func scores(_ stored: [Double?]) -> [Double?] {
        constructs.map { index in index.flatMap { $0 < stored.count ? stored[$0] : nil } }
    }
}

/// The counts of one area, per breakdown, group and construct.
private struct BreakdownTally {
    /// Per breakdown: respondents per group.
    private var respondents = Breakdown.allCases.map { [Int](repeating: 0, count: $0.groups.count) }
    /// Per breakdown: distributions per construct × group, construct-major.
    private var scores: [[ScoreDistribution]]

    init(constructs: Int) {
        scores = Breakdown.allCases.map { [ScoreDistribution](repeating: ScoreDistribution(), count: constructs * $0.groups.count) }
    }

    mutating func add(groups: [Int], scores construct: [Double?], thresholds: CategoryThresholds) {
        for (b, group) in groups.enumerated() {
            respondents[b][group] += 1
            let width = Breakdown.allCases[b].groups.count
            for (c, score) in construct.enumerated() {
                guard let score else { continue }
                scores[b][c * width + group].add(score, category: thresholds.category(of: score))
            }
        }
    }

    /// One `BreakdownCells` per breakdown; constructs without any score are left out.
    func cells(area: String, constructs: [String]) -> [BreakdownCells] {
        Breakdown.allCases.enumerated().map { b, breakdown in
            let width = breakdown.groups.count
            var byConstruct: [String: [ScoreDistribution]] = [:]
            for (c, id) in constructs.enumerated() {
                let groups = Array(scores[b][c * width..<(c + 1) * width])
                if groups.contains(where: { $0.n > 0 }) { byConstruct[id] = groups }
            }
            return BreakdownCells(area: area, breakdown: breakdown, respondents: respondents[b], scores: byConstruct)
        }
    }
}
