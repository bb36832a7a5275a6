import GRDB
import VeerkrachtCore

extension Store {
    /// Adds one newly stored response to the cells of its meting and wijk, as an import adds its
    /// rows: the cost does not grow with the responses already there (recomputing the cells for
    /// every entry did, and under load it was a large part of each entry's write transaction).
    static func addToCells(_ response: Response, instrument: Instrument, db: Database) throws {
        let scorer = Scorer(instrument)
        var cells = CellAccumulator(scorer: scorer)
        cells.add(metingID: try metingID(response.meting, db: db), wijk: response.wijk.rawValue, answers: response.answers,
                  scores: scorer.scores(response.answers))
        try cells.write(db)
    }

    /// Recomputes the cells of one meting and wijk from its stored responses, after a single
    /// response was corrected or deleted.
    static func refreshCells(_ db: Database, meting: String, wijk: String) throws {
        try refreshCells(db, metingID: try metingID(meting, db: db), wijk: wijk)
    }

    /// Recomputes the cells of one meting (by row id) and wijk from its stored responses.
    static func refreshCells(_ db: Database, metingID: Int64, wijk: String) throws {
        try db.execute(sql: "DELETE FROM score_cell WHERE meting_id = ? AND wijk = ?", arguments: [metingID, wijk])
        var accumulators: [Int64: (cells: CellAccumulator, items: Int)] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT instrument_id, answers, scores FROM response WHERE meting_id = ? AND wijk = ?",
                                       arguments: [metingID, wijk])
        while let row = try rows.next() {
            let instrumentID: Int64 = row[0]
            if accumulators[instrumentID] == nil {
                let instrument = try instrument(db, rowID: instrumentID).instrument
                accumulators[instrumentID] = (CellAccumulator(scorer: Scorer(instrument)), instrument.items.count)
            }
            let answers = AnswerVector.decode(row[1], count: accumulators[instrumentID]!.items)
            accumulators[instrumentID]!.cells.add(metingID: metingID, wijk: wijk, answers: answers, scores: ScoreVector.decode(row[2]))
        }
        for accumulator in accumulators.values { try accumulator.cells.write(db) }
    }
}
