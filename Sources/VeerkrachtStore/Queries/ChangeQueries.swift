import Foundation
import GRDB
import GRDBSQLite
import VeerkrachtCore

extension Store {
    /// Change per area × construct from meting `from` to meting `to` (SPEC §5), ordered by area and
    /// construct id: both score distributions, and the panel of respondents scored in both metingen
    /// within the same area, with reliable change where Cronbach's α of the `from` meting is defined.
    /// `area` (a wijk or gemeente code) limits the result to that area.
    public func changeCells(level: AreaLevel, from: String, to: String, area: String? = nil) throws -> [ChangeCell] {
        if let area {
            return try database.read { db in
                try Self.changeCells(db, level: level, from: from, to: to, wijken: WijkRange(area), reference: Self.referenceDifferences(db, from: from))
            }
        }
        // Two halves of the wijken, split between gemeenten, are computed side by side on two
        // readers. Both read transactions start while the writer is held, so they see the same
        // snapshot even when a write commits meanwhile; the halves are in area order.
        let database = self.database
        let results = ConcurrentResults<[ChangeCell]>()
        try database.writeWithoutTransaction { db in
            let reference = try Self.referenceDifferences(db, from: from)
            for half in try Self.halves(db) {
                let slot = results.reserve()
                database.spawnConcurrentRead { access in
                    results.fill(slot, with: Result {
                        try Self.changeCells(access.get(), level: level, from: from, to: to, wijken: half, reference: reference)
                    })
                }
            }
        }
        return try results.wait().flatMap { try $0.get() }
    }

    /// Two ranges of wijk codes with about half of the wijken each. Every wijk code of a gemeente
    /// starts with `WK` and the gemeente's four digits and is longer than that, so the boundary
    /// `WK` + digits lies before all of that gemeente's wijken: every gemeente is whole in one range.
    private static func halves(_ db: Database) throws -> [WijkRange] {
        let sql = "SELECT gemeente FROM wijk ORDER BY code LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM wijk)"
        let all = WijkRange(nil)
        guard let middle = try String.fetchOne(db, sql: sql).flatMap(GemeenteCode.init) else { return [all] }
        let boundary = "WK" + middle.rawValue.dropFirst(2)
        return [WijkRange(from: all.lower, through: boundary), WijkRange(from: boundary, through: all.upper)]
    }

    /// Change cells of `wijken`, ordered by area and construct; `reference` is the RCI's S_diff per
    /// construct (`referenceDifferences`).
    private static func changeCells(_ db: Database, level: AreaLevel, from: String, to: String, wijken: WijkRange,
                                    reference: [String: Double?]) throws -> [ChangeCell] {
        let fromID = try metingID(from, db: db)
        let toID = try metingID(to, db: db)
        let before = try cells(db, level: level, metingID: fromID, wijken: wijken)
        let after = try cells(db, level: level, metingID: toID, wijken: wijken)
        let tallies = try panelTallies(db, level: level, from: fromID, to: toID, wijken: wijken) { key in
            reference[key.construct] ?? nil
        }
        // Ordered by area, then construct: areas sorted once, then the few constructs of each.
        var constructs: [String: [String]] = [:]
        for key in Set(before.keys).union(after.keys) { constructs[key.area, default: []].append(key.construct) }
        return constructs.keys.sorted().flatMap { area in
            constructs[area]!.sorted().map { construct in
                let key = AreaConstruct(area: area, construct: construct)
                return ChangeCell(area: area, construct: construct,
                                  from: before[key]?.distribution ?? ScoreDistribution(), to: after[key]?.distribution ?? ScoreDistribution(),
                                  panel: PanelChange(tallies[key] ?? ReliableChange.Tally(sDiff: nil)))
            }
        }
    }

    /// S_diff per construct from **all** respondents of meting `from` in the database, every
    /// gebied together (SPEC §5): one reference group for every table and level, so that a
    /// resident's reliable change is a property of the resident, not of the cell reported, and a
    /// gemeente's counts are the sum of its wijken's. nil where SD_pre or α is undefined.
    static func referenceDifferences(_ db: Database, from: String) throws -> [String: Double?] {
        // Every stored cell of the meting merged per construct, in the table's (wijk) order, read
        // straight from the statement: there are as many as wijken × constructs.
        var constructs: [(id: String, cell: CellStatistics)] = []
        let statement = try db.makeStatement(sql: """
            SELECT construct, n, mean, m2, n_laag, n_hoog, alpha FROM score_cell WHERE meting_id = ?
            """)
        try statement.setArguments([try metingID(from, db: db)])
        try SQLiteColumn.forEachRow(statement) { handle in
            let bytes = UnsafeBufferPointer(start: sqlite3_column_text(handle, 0), count: Int(sqlite3_column_bytes(handle, 0)))
            let cell = CellStatistics(statement: handle, from: 1)
            if let index = constructs.firstIndex(where: { $0.id.utf8.elementsEqual(bytes) }) {
                constructs[index].cell.merge(cell)
            } else {
                constructs.append((String(decoding: bytes, as: UTF8.self), cell))
            }
        }
        let merged = Dictionary(constructs.map { ($0.id, $0.cell) }, uniquingKeysWith: { a, _ in a })
        return merged.mapValues(\.standardErrorOfDifference)
    }

    /// Pairs every respondent's scores at `from` and `to` within the same area, per construct.
    ///
    /// Both metingen are read from the covering index `response_by_area` in (wijk, respondent) order.
    /// Per wijk the two ordered scans are merged; per gemeente (where a respondent may have moved
    /// between wijken) the `from` rows of the gemeente are looked up by respondent. A respondent has
    /// at most one response per meting, so every pair is found once.
    static func panelTallies(_ db: Database, level: AreaLevel, from: Int64, to: Int64, wijken: WijkRange,
                                     sDiff: (AreaConstruct) -> Double?) throws -> [AreaConstruct: ReliableChange.Tally] {
        let instruments = try allInstruments(db).mapValues { $0.constructs.map(\.id) }
        return try withoutActuallyEscaping(sDiff) { sDiff in
            var panel = PanelAccumulator(instruments: instruments, level: level, sDiff: sDiff)
            try pair(db, level: level, from: from, to: to, wijken: wijken, into: &panel)
            return panel.finish()
        }
    }

    /// Streams both metingen and adds every pair to `panel`.
    private static func pair(_ db: Database, level: AreaLevel, from: Int64, to: Int64, wijken: WijkRange,
                             into panel: inout PanelAccumulator) throws {
        let sql = """
            SELECT wijk, respondent, instrument_id, scores FROM response INDEXED BY response_by_area
            WHERE meting_id = ? AND wijk BETWEEN ? AND ? ORDER BY wijk, respondent
            """
        var before = try PanelScan(db, sql: sql, arguments: [from] + wijken.arguments)
        var after = try PanelScan(db, sql: sql, arguments: [to] + wijken.arguments)
        switch level {
        case .wijk:
            while before.hasRow && after.hasRow {
                let order = compare(before.wijk, after.wijk) ?? compare(before.respondent, after.respondent) ?? 0
                if order < 0 {
                    try before.next()
                } else if order > 0 {
                    try after.next()
                } else {
                    panel.add(wijk: before.wijk, pre: before, post: after)
                    try before.next()
                    try after.next()
                }
            }
        case .gemeente:
            // Wijk codes start with their gemeente's digits (`WK` + 4), so a gemeente's wijken are
            // contiguous in both scans.
            var earlier: [String: (instrument: Int64, offset: Int, count: Int)] = [:]
            var scores: [UInt8] = []
            while before.hasRow || after.hasRow {
                let group = Array(before.hasRow && (!after.hasRow || compare(before.gemeente, after.gemeente) ?? 0 <= 0) ? before.gemeente : after.gemeente)
                earlier.removeAll(keepingCapacity: true)
                scores.removeAll(keepingCapacity: true)
                while before.hasRow && before.gemeente.elementsEqual(group) {
                    earlier[String(decoding: before.respondent, as: UTF8.self)] = (before.instrumentID, scores.count, before.scores.count)
                    scores.append(contentsOf: before.scores)
                    try before.next()
                }
                while after.hasRow && after.gemeente.elementsEqual(group) {
                    if let pre = earlier[String(decoding: after.respondent, as: UTF8.self)] {
                        scores.withUnsafeBytes { all in
                            let preScores = UnsafeRawBufferPointer(rebasing: all[pre.offset..<pre.offset + pre.count])
                            panel.add(wijk: after.wijk, preInstrument: pre.instrument, preScores: preScores,
                                      postInstrument: after.instrumentID, postScores: after.scores)
                        }
                    }
                    try after.next()
                }
            }
        }
    }

    /// BINARY (memcmp) order of two byte strings, as SQLite sorts text; nil when equal.
    @inline(__always)
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let common = min(a.count, b.count)
        if common > 0 {
            let order = memcmp(a.baseAddress!, b.baseAddress!, common)
            if order != 0 { return Int(order) }
        }
        return a.count == b.count ? nil : a.count - b.count
    }
}

/// One ordered scan of a meting's rows in `response_by_area`, stepped through the SQLite C API.
/// The column buffers are valid until the next call to `next()`.
private struct PanelScan {
    private let statement: Statement
    private(set) var hasRow = false

    init(_ db: Database, sql: String, arguments: StatementArguments) throws {
        statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        try next()
    }

    mutating func next() throws {
        let handle = statement.sqliteStatement
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW {
            hasRow = true
            // Column buffers stay valid until the next step: the merge keys are read once here,
            // the instrument and scores only for the rows that pair.
            wijk = UnsafeBufferPointer(start: sqlite3_column_text(handle, 0), count: Int(sqlite3_column_bytes(handle, 0)))
            respondent = UnsafeBufferPointer(start: sqlite3_column_text(handle, 1), count: Int(sqlite3_column_bytes(handle, 1)))
        } else if code == SQLITE_DONE {
            hasRow = false
        } else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), sql: statement.sql)
        }
    }

    private(set) var wijk = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private(set) var respondent = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var instrumentID: Int64 { sqlite3_column_int64(statement.sqliteStatement, 2) }
    var scores: UnsafeRawBufferPointer {
        let handle = statement.sqliteStatement
        return UnsafeRawBufferPointer(start: sqlite3_column_blob(handle, 3), count: Int(sqlite3_column_bytes(handle, 3)))
    }
    /// `WK` and the gemeente's four digits.
    var gemeente: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: wijk.prefix(6)) }
}

/// Tallies of panel pairs per area × construct. Pairs arrive grouped by area, so the tallies of the
/// current area are kept in an array by construct (no hashing per pair) and filed when it changes.
private struct PanelAccumulator {
    private let constructs: [Int64: [String]]
    private let level: AreaLevel
    private let sDiff: (AreaConstruct) -> Double?
    private var areaOf: AreaResolver
    /// Every construct id of every instrument, and each instrument's constructs' positions in it.
    private let names: [String]
    private let positions: [Int64: [Int]]
    private var wijk: [UInt8] = []
    private var area = ""
    private var current: [ReliableChange.Tally?]
    private var tallies: [AreaConstruct: ReliableChange.Tally] = [:]
    /// The constructs of the last pair's instruments (nearly always one instrument throughout).
    private var instruments: (pre: Int64, post: Int64, before: [String]?, after: [String]?, positions: [Int]?) = (-1, -1, nil, nil, nil)

    init(instruments constructs: [Int64: [String]], level: AreaLevel, sDiff: @escaping (AreaConstruct) -> Double?) {
        self.constructs = constructs
        self.level = level
        self.sDiff = sDiff
        areaOf = AreaResolver(level: level)
        var names: [String] = []
        var positions: [Int64: [Int]] = [:]
        for (id, ids) in constructs.sorted(by: { $0.key < $1.key }) {
            positions[id] = ids.map { name in
                if let index = names.firstIndex(of: name) { return index }
                names.append(name)
                return names.count - 1
            }
        }
        self.names = names
        self.positions = positions
        current = Array(repeating: nil, count: names.count)
    }

    mutating func add(wijk: UnsafeBufferPointer<UInt8>, pre: PanelScan, post: PanelScan) {
        add(wijk: wijk, preInstrument: pre.instrumentID, preScores: pre.scores, postInstrument: post.instrumentID, postScores: post.scores)
    }

    /// One respondent's pre and post score vectors (see `ScoreVector`), answered in `wijk` at the later meting.
    mutating func add(wijk: UnsafeBufferPointer<UInt8>, preInstrument: Int64, preScores: UnsafeRawBufferPointer,
                      postInstrument: Int64, postScores: UnsafeRawBufferPointer) {
        if preInstrument != instruments.pre || postInstrument != instruments.post {
            instruments = (preInstrument, postInstrument, constructs[preInstrument], constructs[postInstrument], positions[preInstrument])
        }
        guard let idsBefore = instruments.before, let idsAfter = instruments.after, let globalBefore = instruments.positions else { return }
        enter(wijk)
        for (index, construct) in idsBefore.enumerated() {
            guard let before = Self.score(preScores, index) else { continue }
            let afterIndex = preInstrument == postInstrument ? index : idsAfter.firstIndex(of: construct)
            guard let afterIndex, let after = Self.score(postScores, afterIndex) else { continue }
            let slot = globalBefore[index]
            if current[slot] == nil { current[slot] = ReliableChange.Tally(sDiff: sDiff(AreaConstruct(area: area, construct: construct))) }
            current[slot]!.add(pre: before, post: after)
        }
    }

    /// Files the tallies so far and returns them all.
    mutating func finish() -> [AreaConstruct: ReliableChange.Tally] {
        file()
        return tallies
    }

    /// Moves to the area of `wijk` when it differs from the current one.
    private mutating func enter(_ wijk: UnsafeBufferPointer<UInt8>) {
        guard !self.wijk.elementsEqual(wijk) else { return }
        self.wijk = Array(wijk)
        let area = areaOf(String(decoding: wijk, as: UTF8.self))
        guard area != self.area else { return }
        file()
        self.area = area
    }

    private mutating func file() {
        for (slot, tally) in current.enumerated() {
            guard let tally else { continue }
            tallies[AreaConstruct(area: area, construct: names[slot])] = tally
            current[slot] = nil
        }
    }

    /// Score `index` of a stored score vector; nil when missing (NaN) or absent.
    @inline(__always)
    private static func score(_ vector: UnsafeRawBufferPointer, _ index: Int) -> Double? {
        guard (index + 1) * 8 <= vector.count else { return nil }
        let value = Double(bitPattern: UInt64(littleEndian: vector.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
        return value.isNaN ? nil : value
    }
}

extension CellStatistics {
    /// S_diff = √2 · SD_pre · √(1 − α) of this (pre) cell, when both are defined.
    var standardErrorOfDifference: Double? {
        guard let sd = distribution.moments.standardDeviation, let alpha = alpha?.alpha else { return nil }
        return ReliableChange.standardErrorOfDifference(sdPre: sd, alpha: alpha)
    }
}
