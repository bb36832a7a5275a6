import Foundation
import GRDB
import VeerkrachtCore

/// A row of `response`: one questionnaire as stored, its answers and scores encoded
/// (`AnswerVector`, `ScoreVector`). Form entries insert and update it as a record; the responses
/// import binds the same columns through `RawStatement` (`importInsertSQL`), so the columns are
/// named here only.
struct ResponseRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "response"

    var id: Int64?
    var respondent: String
    var metingID: Int64
    var wijk: String
    var datum: String
    var instrumentID: Int64
    var answers: Data
    var scores: Data
    var batchID: Int64
    /// The line in the imported file; nil for form entries.
    var sourceLine: Int?
    /// The account that entered it; nil for imported files.
    var enteredBy: Int64?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, respondent, metingID = "meting_id", wijk, datum, instrumentID = "instrument_id", answers, scores,
             batchID = "batch_id", sourceLine = "source_line", enteredBy = "entered_by"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let respondent = Column(CodingKeys.respondent)
        static let metingID = Column(CodingKeys.metingID)
        static let batchID = Column(CodingKeys.batchID)
        static let enteredBy = Column(CodingKeys.enteredBy)
    }

    /// A questionnaire entered through a form by the account `enteredBy`, scored with `instrument`.
    init(_ response: Response, metingID: Int64, instrument: StoredInstrument, batchID: Int64, enteredBy: Int64?) {
        (respondent, self.metingID, wijk, datum, answers, scores) = ("", metingID, "", "", Data(), Data())
        instrumentID = instrument.rowID
        self.batchID = batchID
        self.enteredBy = enteredBy
        set(response, metingID: metingID, scorer: Scorer(instrument.instrument))
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Sets the values a questionnaire gives (respondent, meting, wijk, datum, answers and their
    /// scores); `metingID` is the row id of `response.meting`.
    mutating func set(_ response: Response, metingID: Int64, scorer: Scorer) {
        respondent = response.respondent
        self.metingID = metingID
        wijk = response.wijk.rawValue
        datum = response.datum
        answers = AnswerVector.encode(response.answers)
        scores = ScoreVector.encode(scorer.scores(response.answers))
    }
}

extension ResponseRecord {
    /// The columns an imported row fills, in the order of `importInsertSQL` (the id is SQLite's,
    /// `entered_by` stays NULL); `RecordColumnOrderTests` holds the SQL to this list.
    static let importColumns: [CodingKeys] = [.respondent, .metingID, .wijk, .datum, .instrumentID, .answers, .scores, .batchID, .sourceLine]

    /// The INSERT of one imported row. Naming only the columns it fills keeps SQLite from binding
    /// two NULLs per row.
    static let importInsertSQL = """
        INSERT INTO response (respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id, source_line) \
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The INSERT of `rows` imported rows in one statement: `importInsertSQL` with a list of values
    /// for each further row, whose parameters follow those of the row before.
    static func importInsertSQL(rows: Int) -> String {
        importInsertSQL + String(repeating: ", (?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows - 1)
    }

    /// Where `column` is bound in `importInsertSQL`, from 1.
    static func importPosition(_ column: CodingKeys) -> Int32 {
        Int32(importColumns.firstIndex(of: column)!) + 1
    }

    /// Whether `respondent` already has a response at meting `metingID`, other than the response `excluding`.
    static func exists(respondent: String, metingID: Int64, excluding id: Int64?, db: Database) throws -> Bool {
        !(try filter(Columns.metingID == metingID && Columns.respondent == respondent && Columns.id != id).isEmpty(db))
    }
}
