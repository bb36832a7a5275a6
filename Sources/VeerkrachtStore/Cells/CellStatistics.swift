import Foundation
import GRDB
import GRDBSQLite
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

    init(distribution: ScoreDistribution, alpha: CronbachAlpha?) {
        self.distribution = distribution
        self.alpha = alpha
    }

    /// From a `score_cell` row (columns n, mean, m2, n_laag, n_hoog, alpha by name).
    init(row: Row) {
        distribution = ScoreDistribution(
            moments: Moments(count: row["n"], mean: row["mean"], sumOfSquaredDeviations: row["m2"]),
            laag: row["n_laag"], hoog: row["n_hoog"])
        alpha = (row["alpha"] as Data?).flatMap(Self.decodeAlpha)
    }

    /// From the columns n, mean, m2, n_laag, n_hoog, alpha of a `score_cell` row stepped through
    /// the SQLite C API, starting at column `first`.
    init(statement handle: OpaquePointer?, from first: Int32) {
        distribution = ScoreDistribution(
            moments: Moments(count: Int(sqlite3_column_int64(handle, first)), mean: sqlite3_column_double(handle, first + 1),
                             sumOfSquaredDeviations: sqlite3_column_double(handle, first + 2)),
            laag: Int(sqlite3_column_int64(handle, first + 3)), hoog: Int(sqlite3_column_int64(handle, first + 4)))
        alpha = sqlite3_column_type(handle, first + 5) == SQLITE_NULL ? nil : Self.decodeAlpha(SQLiteColumn.bytes(handle, first + 5))
    }

    /// α accumulator as stored: doubles n, mean and M2 of the totals, then mean and M2 per item.
    static func encodeAlpha(_ alpha: CronbachAlpha) -> Data {
        var values = [Double(alpha.respondents), alpha.totals.mean, alpha.totals.sumOfSquaredDeviations]
        for item in alpha.items { values += [item.mean, item.sumOfSquaredDeviations] }
        return ScoreVector.encode(values)
    }

    /// `encodeAlpha` as bytes, without going through `Data`.
    static func alphaBytes(_ alpha: CronbachAlpha) -> [UInt8] {
        var values = [Double(alpha.respondents), alpha.totals.mean, alpha.totals.sumOfSquaredDeviations]
        values.reserveCapacity(3 + 2 * alpha.items.count)
        for item in alpha.items { values += [item.mean, item.sumOfSquaredDeviations] }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 8)
        for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
        return bytes
    }

    static func decodeAlpha(_ data: Data) -> CronbachAlpha? {
        data.withUnsafeBytes(decodeAlpha)
    }

    /// `decodeAlpha(_:)` of bytes in place, such as a blob SQLite returned.
    static func decodeAlpha(_ raw: UnsafeRawBufferPointer) -> CronbachAlpha? {
        let values = (0..<raw.count / 8).map { index in
            let value = Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
            return value.isNaN ? 0 : value
        }
        guard values.count >= 3, values.count % 2 == 1 else { return nil }
        let n = Int(values[0])
        let moments = { (i: Int) in Moments(count: n, mean: values[i], sumOfSquaredDeviations: values[i + 1]) }
        return CronbachAlpha(items: stride(from: 3, to: values.count, by: 2).map(moments), totals: moments(1))
    }
}

/// Collects the cell statistics of an import in memory, then merges them into `score_cell`.
///
/// Cells are numbered slots (one per meting × wijk) in flat arrays, so adding a response touches
/// no dictionary when it lies in the same cell as the one before (files come grouped by wijk).
struct CellAccumulator {
    private struct Key: Hashable {
        let metingID: Int64
        let wijk: String
    }

    /// A construct measured by items: where its item moments start in a slot.
    private struct ItemConstruct {
        let construct: Int
        let items: [Int]
        let offset: Int
    }

    let scorer: Scorer
    private let thresholds: CategoryThresholds
    private let constructCount: Int
    private let itemConstructs: [ItemConstruct]
    private let itemSlots: Int
    private var keys: [Key] = []
    private var slots: [Key: Int] = [:]
    /// Per slot × construct: the score distribution and the moments of complete rows' totals (α).
    private var distributions: [ScoreDistribution] = []
    private var totals: [Moments] = []
    /// Per slot × item of an item-measured construct: moments over complete rows (α).
    private var itemMoments: [Moments] = []

    init(scorer: Scorer) {
        self.scorer = scorer
        thresholds = scorer.instrument.thresholds
        constructCount = scorer.instrument.constructs.count
        var offset = 0
        var itemConstructs: [ItemConstruct] = []
        for (index, construct) in scorer.instrument.constructs.enumerated() {
            if case let .items(indices, _) = construct.scoring {
                itemConstructs.append(ItemConstruct(construct: index, items: indices, offset: offset))
                offset += indices.count
            }
        }
        self.itemConstructs = itemConstructs
        itemSlots = offset
    }

    /// The slot of a meting × wijk, created when new.
    mutating func slot(metingID: Int64, wijk: String) -> Int {
        let key = Key(metingID: metingID, wijk: wijk)
        if let slot = slots[key] { return slot }
        let slot = keys.count
        keys.append(key)
        slots[key] = slot
        distributions.append(contentsOf: repeatElement(ScoreDistribution(), count: constructCount))
        totals.append(contentsOf: repeatElement(Moments(), count: constructCount))
        itemMoments.append(contentsOf: repeatElement(Moments(), count: itemSlots))
        return slot
    }

    /// The same cells under other meting ids: `ids[k]` for cells collected under id `k` (an
    /// importer that numbers metingen before it knows their database ids).
    func renumbered(_ ids: [Int64]) -> CellAccumulator {
        var copy = self
        copy.keys = keys.map { Key(metingID: ids[Int($0.metingID)], wijk: $0.wijk) }
        copy.slots = Dictionary(uniqueKeysWithValues: copy.keys.enumerated().map { ($1, $0) })
        return copy
    }

    /// Adds one response's scores (in instrument order) and complete item rows.
    mutating func add(metingID: Int64, wijk: String, answers: [Int?], scores: [Double?]) {
        var items = [Double](repeating: .nan, count: answers.count)
        scorer.itemScores(answers, into: &items)
        add(slot: slot(metingID: metingID, wijk: wijk), itemScores: items, scores: scores)
    }

    /// Adds one response to `slot`: its normalised item scores (NaN = missing) and construct scores.
    mutating func add(slot: Int, itemScores: [Double], scores: [Double?]) {
        let base = slot * constructCount
        for index in 0..<constructCount {
            guard let score = scores[index] else { continue }
            distributions[base + index].add(score, category: thresholds.category(of: score))
        }
        let itemBase = slot * itemSlots
        for construct in itemConstructs where scores[construct.construct] != nil {
            // Cronbach's α uses the respondents who answered every item of the construct.
            guard construct.items.allSatisfy({ !itemScores[$0].isNaN }) else { continue }
            var total = 0.0
            for (k, item) in construct.items.enumerated() {
                itemMoments[itemBase + construct.offset + k].add(itemScores[item])
                total += itemScores[item]
            }
            totals[base + construct.construct].add(total)
        }
    }

    /// The statistics collected for construct `index` in `slot`.
    private func collected(slot: Int, construct index: Int) -> CellStatistics {
        var cell = CellStatistics()
        cell.distribution = distributions[slot * constructCount + index]
        let total = totals[slot * constructCount + index]
        if total.count > 0, let construct = itemConstructs.first(where: { $0.construct == index }) {
            let start = slot * itemSlots + construct.offset
            cell.alpha = CronbachAlpha(items: Array(itemMoments[start..<start + construct.items.count]), totals: total)
        }
        return cell
    }

    /// Merges everything collected into the stored cells.
    func write(_ db: Database) throws {
        let constructIDs = scorer.instrument.constructs.map(\.id)
        var stored: [Int64: [AreaConstruct: CellStatistics]] = [:]
        for metingID in Set(keys.map(\.metingID)) {
            stored[metingID] = try Store.storedCells(db, metingID: metingID)
        }
        let insert = try RawStatement(db, sql: """
            INSERT OR REPLACE INTO score_cell (meting_id, wijk, construct, n, mean, m2, n_laag, n_hoog, alpha)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        defer { insert.clearBindings() }
        for (slot, key) in keys.enumerated() {
            var wijk = key.wijk
            try wijk.withUTF8 { wijk in
                for index in 0..<constructCount where distributions[slot * constructCount + index].n > 0 {
                    var cell = collected(slot: slot, construct: index)
                    if let storedCells = stored[key.metingID], !storedCells.isEmpty,
                       var merged = storedCells[AreaConstruct(area: key.wijk, construct: constructIDs[index])] {
                        merged.merge(cell)
                        cell = merged
                    }
                    let moments = cell.distribution.moments
                    var construct = constructIDs[index]
                    let alpha = cell.alpha.map(CellStatistics.alphaBytes)
                    try construct.withUTF8 { construct in
                        insert.bind(1, key.metingID)
                        insert.bind(2, text: wijk)
                        insert.bind(3, text: construct)
                        insert.bind(4, Int64(moments.count))
                        insert.bind(5, moments.mean)
                        insert.bind(6, moments.sumOfSquaredDeviations)
                        insert.bind(7, Int64(cell.distribution.laag))
                        insert.bind(8, Int64(cell.distribution.hoog))
                        if let alpha {
                            try alpha.withUnsafeBufferPointer { alpha in
                                insert.bind(9, blob: alpha)
                                try insert.step(db)
                            }
                        } else {
                            insert.bindNull(9)
                            try insert.step(db)
                        }
                    }
                }
            }
        }
    }
}

extension Store {
    /// Every stored cell of a meting, by wijk and construct.
    static func storedCells(_ db: Database, metingID: Int64) throws -> [AreaConstruct: CellStatistics] {
        var cells: [AreaConstruct: CellStatistics] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT wijk, construct, n, mean, m2, n_laag, n_hoog, alpha FROM score_cell WHERE meting_id = ?
            """, arguments: [metingID])
        while let row = try rows.next() {
            cells[AreaConstruct(area: row["wijk"], construct: row["construct"])] = CellStatistics(row: row)
        }
        return cells
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
