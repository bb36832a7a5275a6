import Foundation
import GRDB
import GRDBSQLite
import VeerkrachtCore

/// An area and construct: the key of a cell within one meting.
struct AreaConstruct: Hashable {
    let area: String
    let construct: String
}

extension Store {
    /// Score distributions per meting × area × construct, ordered by meting, area and construct id.
    /// Only cells with at least one scored respondent appear. `area` (a wijk or gemeente code)
    /// limits the result to that area.
    public func scoreCells(level: AreaLevel, meting: String? = nil, area: String? = nil) throws -> [ScoreCell] {
        try database.read { db in
            let labels = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, label FROM meting").map {
                ($0["id"] as Int64, $0["label"] as String)
            })
            let metingIDs = try meting.map { [try Self.metingID($0, db: db)] } ?? Array(labels.keys)
            // Ordered by meting, area and construct: each level sorted on its own (cheaper than
            // sorting every cell by all three).
            return try metingIDs.sorted { labels[$0]! < labels[$1]! }.flatMap { id in
                let cells = try Self.cells(db, level: level, metingID: id, area: area)
                var constructs: [String: [String]] = [:]
                for key in cells.keys { constructs[key.area, default: []].append(key.construct) }
                return constructs.keys.sorted().flatMap { area in
                    constructs[area]!.sorted().map { construct in
                        let cell = cells[AreaConstruct(area: area, construct: construct)]!
                        return ScoreCell(meting: labels[id]!, area: area, construct: construct, distribution: cell.distribution,
                                         reliability: cell.alpha?.alpha)
                    }
                }
            }
        }
    }

    /// The labels of all metingen, in time order (`Meting.chronological`).
    public func metingLabels() throws -> [String] {
        try metingList().map(\.label)
    }

    /// Number of responses per area at a meting.
    public func respondentCounts(level: AreaLevel, meting: String) throws -> [String: Int] {
        try participation(level: level, meting: meting).mapValues(\.respondents)
    }

    /// Respondents and the dates they answered, per area at a meting (optionally of one area only).
    public func participation(level: AreaLevel, meting: String, area: String? = nil) throws -> [String: Participation] {
        try database.read { db in
            let id = try Self.metingID(meting, db: db)
            var result: [String: Participation] = [:]
            var areaOf = AreaResolver(level: level)
            for row in try Row.fetchAll(db, sql: """
                SELECT wijk, count(*), min(datum), max(datum) FROM response WHERE meting_id = ? AND wijk BETWEEN ? AND ? GROUP BY wijk
                """, arguments: [id] + WijkRange(area).arguments) {
                let part = Participation(respondents: row[1], firstDate: row[2], lastDate: row[3])
                let key = areaOf(row[0])
                result[key] = result[key].map { $0.merged(with: part) } ?? part
            }
            return result
        }
    }

    static func metingID(_ label: String, db: Database) throws -> Int64 {
        guard let found = try metingRow(db, label) else { throw MetingError.unknown(label, known: try metingList(db).map(\.label)) }
        return found.id
    }

    /// The stored cells of one meting, merged per area of `level`, optionally of one area only.
    /// Rows are stepped through the SQLite C API and read by position: there are tens of thousands.
    static func cells(_ db: Database, level: AreaLevel, metingID: Int64, area: String? = nil) throws -> [AreaConstruct: CellStatistics] {
        try cells(db, level: level, metingID: metingID, wijken: WijkRange(area))
    }

    /// The stored cells of one meting in `wijken`, merged per area of `level`.
    static func cells(_ db: Database, level: AreaLevel, metingID: Int64, wijken: WijkRange) throws -> [AreaConstruct: CellStatistics] {
        var cells: [AreaConstruct: CellStatistics] = [:]
        var areaOf = AreaResolver(level: level)
        let statement = try db.makeStatement(sql: """
            SELECT wijk, construct, n, mean, m2, n_laag, n_hoog, alpha FROM score_cell WHERE meting_id = ? AND wijk BETWEEN ? AND ?
            """)
        try statement.setArguments([metingID] + wijken.arguments)
        var wijk = OrderedTextColumn()
        var area = ""
        try SQLiteColumn.forEachRow(statement) { handle in
            if wijk.read(handle, 0) { area = areaOf(wijk.value) }
            let construct = String(cString: sqlite3_column_text(handle, 1))
            cells[AreaConstruct(area: area, construct: construct), default: CellStatistics()].merge(CellStatistics(statement: handle, from: 2))
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
