import Foundation
import GRDB
import GRDBSQLite
import VeerkrachtCore

/// One stored response as an export lists it: who, where, when, the raw answers and the scores.
public struct ResponseRow: Sendable, Hashable {
    public let respondent: String
    public let wijk: String
    /// The gemeente code of the wijk (`GM` + its first four digits).
    public let gemeente: String
    public let meting: String
    /// `YYYY-MM-DD`.
    public let datum: String
    /// One answer per item of the scan's instrument, in its order; nil when missing (or not asked
    /// by the instrument the response answered).
    public let answers: [Int?]
    /// One score per construct of the scan's instrument, in its order; nil when there is none.
    public let scores: [Double?]
}

/// The stored responses of one read snapshot, walked in a stable order (meting as `metingList()`
/// orders them, then wijk, then respondent) without holding them in memory: a row is decoded,
/// handed over and dropped. Only valid inside `Store.scanResponses(meting:_:)`.
public struct ResponseScan {
    /// The instrument whose items and constructs the rows' answers and scores follow: the most
    /// recently registered one. Answers to items it does not have are left out.
    public let instrument: Instrument
    /// The number of rows `forEach` hands over.
    public let count: Int
    /// The longest respondent id, in UTF-8 bytes (at least 1).
    public let respondentWidth: Int
    /// The longest meting label among the scanned metingen, in UTF-8 bytes (at least 1).
    public let metingWidth: Int
    fileprivate let db: Database
    fileprivate let metingen: [(id: Int64, label: String)]

    /// Calls `body` with every row, in order.
    public func forEach(_ body: (ResponseRow) throws -> Void) throws {
        var layouts: [Int64: ResponseLayout] = [:]
        let statement = try db.makeStatement(sql: """
            SELECT respondent, wijk, datum, instrument_id, answers, scores FROM response INDEXED BY response_by_area
            WHERE meting_id = ? ORDER BY wijk, respondent
            """)
        var wijk = OrderedTextColumn()
        var gemeente = ""
        for meting in metingen {
            try statement.setArguments([meting.id])
            let handle = statement.sqliteStatement
            defer { sqlite3_reset(handle) }
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), sql: statement.sql) }
                if wijk.read(handle, 1) { gemeente = WijkCode(wijk.value)?.gemeente.rawValue ?? "" }
                let instrumentID = sqlite3_column_int64(handle, 3)
                if layouts[instrumentID] == nil {
                    layouts[instrumentID] = try ResponseLayout(from: Store.instrument(db, rowID: instrumentID).instrument, to: instrument)
                }
                let layout = layouts[instrumentID]!
                let answers = AnswerVector.decode(SQLiteColumn.bytes(handle, 4), count: layout.itemCount)
                let scores = ScoreVector.decode(SQLiteColumn.bytes(handle, 5))
                try body(ResponseRow(
                    respondent: String(cString: sqlite3_column_text(handle, 0)), wijk: wijk.value, gemeente: gemeente, meting: meting.label,
                    datum: String(cString: sqlite3_column_text(handle, 2)),
                    answers: layout.answers(answers), scores: layout.scores(scores)))
            }
        }
    }

}

/// Where the answers and scores of a response to one instrument go among another's items and constructs.
private struct ResponseLayout {
    let itemCount: Int
    /// For each target item, its index in the source instrument; nil when the target is the source.
    private let itemSources: [Int?]?
    private let constructSources: [Int?]?

    init(from source: Instrument, to target: Instrument) {
        itemCount = source.items.count
        if source == target {
            (itemSources, constructSources) = (nil, nil)
        } else {
            itemSources = target.items.map { source.itemIndex($0.id) }
            constructSources = target.constructs.map { source.constructIndex($0.id) }
        }
    }

    func answers(_ stored: [Int?]) -> [Int?] {
        guard let itemSources else { return stored }
        return itemSources.map { $0.flatMap { stored[$0] } }
    }

    func scores(_ stored: [Double?]) -> [Double?] {
        guard let constructSources else { return stored }
        return constructSources.map { index in index.flatMap { $0 < stored.count ? stored[$0] : nil } }
    }
}

extension Store {
    /// Walks the stored responses of `meting` (nil: every meting) in one read snapshot: `body`
    /// gets a `ResponseScan` that knows the count up front and hands over the rows one by one.
    /// - Throws: `MetingError.unknown` when there is no meting `meting`; `StoreError.noInstrument`
    ///   when no instrument is registered.
    public func scanResponses<T>(meting: String? = nil, _ body: (ResponseScan) throws -> T) throws -> T {
        try database.read { db in
            let all = try MetingRecord.inOrder(db).map { (id: $0.id!, label: $0.meting.label) }
            let metingen = try meting.map { label in
                let id = try Self.metingID(label, db: db)
                return all.filter { $0.id == id }
            } ?? all
            let instrument = try Self.instrument(db).instrument
            var (count, respondentWidth) = (0, 1)
            let measure = try db.makeStatement(sql: """
                SELECT count(*), coalesce(max(length(CAST(respondent AS BLOB))), 0) FROM response INDEXED BY response_by_area
                WHERE meting_id = ?
                """)
            for meting in metingen {
                let row = try Row.fetchOne(measure, arguments: [meting.id])!
                count += row[0] as Int
                respondentWidth = max(respondentWidth, row[1] as Int)
            }
            let metingWidth = max(1, metingen.map(\.label.utf8.count).max() ?? 1)
            return try body(ResponseScan(instrument: instrument, count: count, respondentWidth: respondentWidth,
                                         metingWidth: metingWidth, db: db, metingen: metingen))
        }
    }
}
