import GRDB
import VeerkrachtCore

/// An area and construct: the key of a cell within one meting.
struct AreaConstruct: Hashable {
    let area: String
    let construct: String
}

extension Store {
    /// Score distributions per meting × area × construct, ordered by meting, area and construct id.
    /// Only cells with at least one scored respondent appear.
    public func scoreCells(level: AreaLevel, meting: String? = nil) throws -> [ScoreCell] {
        try database.read { db in
            let labels = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, label FROM meting").map {
                ($0["id"] as Int64, $0["label"] as String)
            })
            let metingIDs = try meting.map { [try Self.metingID($0, db: db)] } ?? Array(labels.keys)
            return try metingIDs.flatMap { id in
                try Self.cells(db, level: level, metingID: id).map { key, cell in
                    ScoreCell(meting: labels[id]!, area: key.area, construct: key.construct, distribution: cell.distribution)
                }
            }
            .sorted { ($0.meting, $0.area, $0.construct) < ($1.meting, $1.area, $1.construct) }
        }
    }

    /// The labels of all metingen, in label order.
    public func metingLabels() throws -> [String] {
        try database.read { db in try String.fetchAll(db, sql: "SELECT label FROM meting ORDER BY label") }
    }

    /// Number of responses per area at a meting.
    public func respondentCounts(level: AreaLevel, meting: String) throws -> [String: Int] {
        try database.read { db in
            let id = try Self.metingID(meting, db: db)
            var counts: [String: Int] = [:]
            var areaOf = AreaResolver(level: level)
            for row in try Row.fetchAll(db, sql: "SELECT wijk, count(*) FROM response WHERE meting_id = ? GROUP BY wijk", arguments: [id]) {
                counts[areaOf(row[0]), default: 0] += row[1] as Int
            }
            return counts
        }
    }

    static func metingID(_ label: String, db: Database) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM meting WHERE label = ?", arguments: [label]) else {
            throw StoreError.unknownMeting(label)
        }
        return id
    }

    /// The stored cells of one meting, merged per area of `level`.
    static func cells(_ db: Database, level: AreaLevel, metingID: Int64) throws -> [AreaConstruct: CellStatistics] {
        var cells: [AreaConstruct: CellStatistics] = [:]
        var areaOf = AreaResolver(level: level)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT wijk, construct, n, mean, m2, n_laag, n_hoog, alpha FROM score_cell WHERE meting_id = ?
            """, arguments: [metingID])
        while let row = try rows.next() {
            cells[AreaConstruct(area: areaOf(row["wijk"]), construct: row["construct"]), default: CellStatistics()]
                .merge(CellStatistics(row: row))
        }
        return cells
    }
}

/// Maps a wijk code to the area it is counted in at a level, caching the answer.
struct AreaResolver {
    let level: AreaLevel
    private var cache: [String: String] = [:]

    init(level: AreaLevel) { self.level = level }

    mutating func callAsFunction(_ wijk: String) -> String {
        if level == .wijk { return wijk }
        if let area = cache[wijk] { return area }
        let area = WijkCode(wijk)?.gemeente.rawValue ?? wijk
        cache[wijk] = area
        return area
    }
}
