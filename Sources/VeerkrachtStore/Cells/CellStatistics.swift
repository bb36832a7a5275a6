import Foundation
import GRDB
import VeerkrachtCore

/// What `score_cell` holds for one meting × wijk × construct: the score distribution and, for
/// constructs measured by items, the Cronbach's α accumulator over respondents who answered all items.
struct CellStatistics {
    var distribution = ScoreDistribution()
    var alpha: CronbachAlpha?

    mutating func merge(_ other: CellStatistics) {
        distribution.merge(other.distribution)
        if let otherAlpha = other.alpha {
            if alpha == nil || alpha!.itemCount != otherAlpha.itemCount { alpha = otherAlpha } else { alpha!.merge(otherAlpha) }
        }
    }

    init() {}

    /// From a `score_cell` row (columns n, mean, m2, n_laag, n_hoog, alpha by name).
    init(row: Row) {
        distribution = ScoreDistribution(
            moments: Moments(count: row["n"], mean: row["mean"], sumOfSquaredDeviations: row["m2"]),
            laag: row["n_laag"], hoog: row["n_hoog"])
        alpha = (row["alpha"] as Data?).flatMap(Self.decodeAlpha)
    }

    /// α accumulator as stored: doubles n, mean and M2 of the totals, then mean and M2 per item.
    static func encodeAlpha(_ alpha: CronbachAlpha) -> Data {
        var values = [Double(alpha.respondents), alpha.totals.mean, alpha.totals.sumOfSquaredDeviations]
        for item in alpha.items { values += [item.mean, item.sumOfSquaredDeviations] }
        return ScoreVector.encode(values)
    }

    static func decodeAlpha(_ data: Data) -> CronbachAlpha? {
        let values = ScoreVector.decode(data).map { $0 ?? 0 }
        guard values.count >= 3, values.count % 2 == 1 else { return nil }
        let n = Int(values[0])
        let moments = { (i: Int) in Moments(count: n, mean: values[i], sumOfSquaredDeviations: values[i + 1]) }
        return CronbachAlpha(items: stride(from: 3, to: values.count, by: 2).map(moments), totals: moments(1))
    }
}

/// Collects the cell statistics of an import in memory, then merges them into `score_cell`.
struct CellAccumulator {
    private struct Key: Hashable {
        let metingID: Int64
        let wijk: String
    }

    let scorer: Scorer
    private var cells: [Key: [CellStatistics]] = [:]

    init(scorer: Scorer) { self.scorer = scorer }

    /// Adds one response's scores (in instrument order) and complete item rows.
    mutating func add(metingID: Int64, wijk: String, answers: [Int?], scores: [Double?]) {
        let instrument = scorer.instrument
        let key = Key(metingID: metingID, wijk: wijk)
        var row = cells.removeValue(forKey: key) ?? [CellStatistics](repeating: CellStatistics(), count: scores.count)
        for (index, score) in scores.enumerated() {
            guard let score else { continue }
            row[index].distribution.add(score, category: instrument.thresholds.category(of: score))
            if let items = scorer.completeItemScores(answers, construct: index) {
                if row[index].alpha == nil { row[index].alpha = CronbachAlpha(itemCount: items.count) }
                row[index].alpha!.add(items)
            }
        }
        cells[key] = row
    }

    /// Merges everything collected into the stored cells.
    func write(_ db: Database) throws {
        let constructIDs = scorer.instrument.constructs.map(\.id)
        for (key, row) in cells {
            for (index, collected) in row.enumerated() where collected.distribution.n > 0 {
                var cell = try Row.fetchOne(db, sql: """
                    SELECT n, mean, m2, n_laag, n_hoog, alpha FROM score_cell WHERE meting_id = ? AND wijk = ? AND construct = ?
                    """, arguments: [key.metingID, key.wijk, constructIDs[index]]).map(CellStatistics.init(row:)) ?? CellStatistics()
                cell.merge(collected)
                try CellStatistics.save(cell, metingID: key.metingID, wijk: key.wijk, construct: constructIDs[index], db: db)
            }
        }
    }
}

extension CellStatistics {
    static func save(_ cell: CellStatistics, metingID: Int64, wijk: String, construct: String, db: Database) throws {
        let moments = cell.distribution.moments
        try db.execute(sql: """
            INSERT OR REPLACE INTO score_cell (meting_id, wijk, construct, n, mean, m2, n_laag, n_hoog, alpha)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [metingID, wijk, construct, moments.count, moments.mean, moments.sumOfSquaredDeviations,
                             cell.distribution.laag, cell.distribution.hoog, cell.alpha.map(encodeAlpha)])
    }
}
