import GRDB
import VeerkrachtCore

extension Store {
    /// Imports a responses file (SPEC §6) all or nothing.
    ///
    /// Every row is validated with the instrument's rules and scored; rows are written inside one
    /// transaction while the file streams by, so the database itself detects duplicate respondents
    /// (in the file or already stored). When any error is found the transaction is rolled back and
    /// `ImportRefused` lists every error by line and column.
    ///
    /// - Parameters:
    ///   - reader: the file, positioned before its header row.
    ///   - source: file name recorded as provenance.
    ///   - meting: meting label for rows without one (`--meting`).
    ///   - instrument: the instrument answered; the most recently registered one by default.
    public func importResponses(from reader: CSVReader, source: String, meting: String? = nil,
                                instrument: StoredInstrument? = nil,
                                progress: (@Sendable (ImportProgress) -> Void)? = nil) throws -> ImportOutcome {
        let stored = try instrument ?? self.instrument()
        guard let header = try Self.nextRecord(reader) else {
            throw ImportRefused(issues: [ImportIssue(line: 1, reason: "the file is empty; expected a header row")], totalIssues: 1, warnings: [])
        }
        let columns = try ResponseColumns(header: header, instrument: stored.instrument, metingOption: meting)
        return try importRows(from: reader, header: header, kind: "responses", source: source, warnings: columns.warnings,
                              progress: progress) { _ in
            ResponseImportSession(instrument: stored, columns: columns, metingOption: meting)
        }
    }
}

/// The state of one responses import: validation, scoring and the cached ids it writes.
private struct ResponseImportSession: RowImporter {
    let instrument: StoredInstrument
    let columns: ResponseColumns
    let metingOption: String?
    let validator: ResponseValidator
    let scorer: Scorer
    let answersJSON: AnswersJSON
    var cells: CellAccumulator
    var areas = AreaRegistry()
    var metingIDs: [String: Int64] = [:]
    var log = IssueLog()

    init(instrument: StoredInstrument, columns: ResponseColumns, metingOption: String?) {
        self.instrument = instrument
        self.columns = columns
        self.metingOption = metingOption
        validator = ResponseValidator(instrument: instrument.instrument)
        scorer = Scorer(instrument.instrument)
        cells = CellAccumulator(scorer: scorer)
        answersJSON = AnswersJSON(instrument: instrument.instrument)
    }

    mutating func importRow(_ record: CSVRecord, batchID: Int64, db: Database) throws {
        let fields = record.fields
        guard fields.count == columns.names.count else {
            log.add(ImportIssue(line: record.line, reason: "expected \(columns.names.count) fields, found \(fields.count)"))
            return
        }
        guard let metingText = resolveMeting(fields, line: record.line) else { return }
        let result = validator.validate(respondent: fields[columns.respondent], wijk: fields[columns.wijk],
                                        datum: fields[columns.datum], meting: metingText,
                                        answers: columns.items.map { fields[$0] })
        let response: Response
        switch result {
        case .success(let valid): response = valid
        case .failure(let problems):
            for (field, problem) in problems.list { log.add(columns.issue(field, problem, line: record.line)) }
            return
        }
        let metingID = try metingID(response.meting, db: db)
        try areas.ensure(response.wijk, db: db)
        try insert(response, metingID: metingID, batchID: batchID, line: record.line, db: db)
    }

    /// The meting of a row: its own cell, else `--meting`; a conflict between both is an error.
    mutating func finish(_ db: Database) throws {
        try cells.write(db)
    }

    private mutating func resolveMeting(_ fields: [String], line: Int) -> String? {
        let cell = columns.meting.map { fields[$0] } ?? ""
        if FieldParsing.isMissing(cell) {
            guard let metingOption else {
                log.add(columns.issue(.meting, .missing, line: line))
                return nil
            }
            return metingOption
        }
        if let metingOption, FieldParsing.label(cell, maximum: ResponseValidator.maximumLabelLength) != .success(metingOption) {
            log.add(columns.issue(.meting, .conflictingMeting(row: cell, option: metingOption), line: line))
            return nil
        }
        return cell
    }

    private mutating func metingID(_ label: String, db: Database) throws -> Int64 {
        if let id = metingIDs[label] { return id }
        try db.execute(sql: "INSERT INTO meting (label) VALUES (?) ON CONFLICT (label) DO NOTHING", arguments: [label])
        let id = try Int64.fetchOne(db, sql: "SELECT id FROM meting WHERE label = ?", arguments: [label])!
        metingIDs[label] = id
        return id
    }

    private mutating func insert(_ response: Response, metingID: Int64, batchID: Int64, line: Int, db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO response (respondent, meting_id, wijk, datum, instrument_id, answers, scores, batch_id, source_line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let scores = scorer.scores(response.answers)
        do {
            try statement.execute(arguments: [response.respondent, metingID, response.wijk.rawValue, response.datum, instrument.rowID,
                                              answersJSON.encode(response.answers), ScoreVector.encode(scores), batchID, line])
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            try log.add(duplicateIssue(response, metingID: metingID, batchID: batchID, line: line, db: db))
            return
        }
        cells.add(metingID: metingID, wijk: response.wijk.rawValue, answers: response.answers, scores: scores)
    }

    private func duplicateIssue(_ response: Response, metingID: Int64, batchID: Int64, line: Int, db: Database) throws -> ImportIssue {
        let row = try Row.fetchOne(db, sql: "SELECT batch_id, source_line FROM response WHERE meting_id = ? AND respondent = ?",
                                   arguments: [metingID, response.respondent])
        let previous: String = if let row, row["batch_id"] as Int64 == batchID, let first = row["source_line"] as Int? {
            "appears twice for meting '\(response.meting)' (also on line \(first))"
        } else {
            "already has a response for meting '\(response.meting)' in the database"
        }
        return ImportIssue(line: line, column: columns.respondent + 1, columnName: "respondent",
                           reason: "respondent '\(response.respondent)' \(previous)")
    }
}
