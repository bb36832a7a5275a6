import GRDB
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
            return try metingIDs.flatMap { id in
                try Self.cells(db, level: level, metingID: id, area: area).map { key, cell in
                    ScoreCell(meting: labels[id]!, area: key.area, construct: key.construct, distribution: cell.distribution,
                              reliability: cell.alpha?.alpha)
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
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM meting WHERE label = ?", arguments: [label]) else {
            throw StoreError.unknownMeting(label)
        }
        return id
    }

    /// The stored cells of one meting, merged per area of `level`, optionally of one area only.
    static func cells(_ db: Database, level: AreaLevel, metingID: Int64, area: String? = nil) throws -> [AreaConstruct: CellStatistics] {
        var cells: [AreaConstruct: CellStatistics] = [:]
        var areaOf = AreaResolver(level: level)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT wijk, construct, n, mean, m2, n_laag, n_hoog, alpha FROM score_cell WHERE meting_id = ? AND wijk BETWEEN ? AND ?
            """, arguments: [metingID] + WijkRange(area).arguments)
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

/// The wijk codes of one area as an inclusive range, bound to `wijk BETWEEN ? AND ?`: one wijk, every
/// wijk of a gemeente (their codes share its four digits, so the wijk index serves it as one range
/// scan), or every wijk when the area is nil. The SQL stays the same text; only the values differ.
struct WijkRange {
    let arguments: StatementArguments

    init(_ area: String?) {
        if let area, let gemeente = GemeenteCode(area) {
            let prefix = "WK" + gemeente.rawValue.dropFirst(2)
            arguments = [prefix, prefix + "~"]
        } else if let area {
            arguments = [area, area]
        } else {
            arguments = ["WK", "WK~"]   // '~' sorts after every digit and capital
        }
    }
}
