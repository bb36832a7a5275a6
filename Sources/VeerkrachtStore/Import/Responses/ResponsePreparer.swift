import Foundation
import VeerkrachtCSV
import VeerkrachtCore

/// The reading half of a responses import: CSV rows to validated, scored, encoded rows.
///
/// Rows arrive as raw UTF-8 fields and are validated with the byte-level forms of the field rules
/// (`FieldParsing`, `ResponseValidator`), with problems in the order `ResponseValidator.validate`
/// reports them; values repeated from the row before (meting, wijk) are validated once. Answers and
/// scores go into reused buffers, their stored encodings straight into the batch, and the per-cell
/// statistics are collected here too (a refused import discards them).
struct ResponsePreparer: Sendable {
    let instrument: StoredInstrument
    let columns: ResponseColumns
    let metingOption: String?
    let validator: ResponseValidator
    let scorer: Scorer
    var cells: CellAccumulator
    var log = IssueLog()
    /// What only the database knows (its metingen, wijken and today), read inside the import's
    /// transaction before the rows are prepared.
    var rules = EntryRules(metingen: MetingRules(known: [], today: "9999-12-31"), wijken: WijkRules(known: [], listedGemeenten: []))
    private var wijken = WijkCache()
    /// Metingen and wijken the file brings that the database does not have yet.
    private var newMetingen: [String] = []
    private var metingen: [String: Int] = [:]
    private var metingCell: (raw: [UInt8], resolution: MetingResolution, index: Int?)?
    private var lastCell: (meting: Int, wijk: Int, slot: Int)?
    private var answers: [Int?]
    private var itemScores: [Double]
    private var scores: [Double?]

    init(instrument: StoredInstrument, columns: ResponseColumns, metingOption: String?, mapping: ResponseMapping?) {
        self.instrument = instrument
        self.columns = columns
        self.metingOption = metingOption
        validator = ResponseValidator(instrument: instrument.instrument, mapping: mapping)
        scorer = Scorer(instrument.instrument)
        cells = CellAccumulator(scorer: scorer)
        answers = Array(repeating: nil, count: instrument.instrument.items.count)
        itemScores = Array(repeating: .nan, count: instrument.instrument.items.count)
        scores = Array(repeating: nil, count: instrument.instrument.constructs.count)
    }

    /// Reads every row after the header, handing batches to `channel`.
    mutating func run(_ reader: CSVReader, channel: BatchChannel) -> PreparedResult {
        var batch = PreparedBatch()
        var rows = 0
        var csvFailed = false
        while true {
            let next: CSVRow?
            do {
                next = try Store.nextRow(reader, log: &log)
            } catch {
                csvFailed = true
                break
            }
            guard let row = next else { break }
            rows += 1
            prepare(row, into: &batch)
            if batch.rows.count >= PreparedBatch.capacity || rows % ImportProgress.interval == 0 {
                batch.rowsSoFar = rows
                batch.bytesRead = reader.bytesRead
                guard channel.put(batch) else { break }
                batch = PreparedBatch()
            }
        }
        if !batch.rows.isEmpty || !batch.newMetingen.isEmpty || !batch.newWijken.isEmpty {
            batch.rowsSoFar = rows
            batch.bytesRead = reader.bytesRead
            _ = channel.put(batch)
        }
        return PreparedResult(log: log, cells: cells, rows: rows, bytesRead: reader.bytesRead, csvFailed: csvFailed,
                              warnings: closingWarnings())
    }

    private mutating func prepare(_ row: CSVRow, into batch: inout PreparedBatch) {
        guard row.count == columns.names.count else {
            log.add(.fieldCount(line: row.line, expected: columns.names.count, found: row.count))
            return
        }
        row.withFields { fields in prepare(fields, line: row.line, into: &batch) }
    }

    private mutating func prepare(_ fields: CSVFields, line: Int, into batch: inout PreparedBatch) {
        let meting = resolveMeting(fields)
        if case .refused(let problem) = meting.resolution {
            log.add(columns.issue(.meting, problem, line: line))
            return
        }
        var problems: [(ResponseValidator.Field, FieldProblem)] = []
        let respondent = FieldParsing.label(utf8: fields[columns.respondent], maximum: ResponseValidator.maximumLabelLength)
        if case .failure(let problem) = respondent { problems.append((.respondent, problem)) }
        let wijk = wijken.index(of: fields[columns.wijk], rules: rules.wijken)
        if case .failure(let problem) = wijk { problems.append((.wijk, problem)) }
        var datum = FieldParsing.datum(utf8: fields[columns.datum])
        if case .success(let date) = datum, case .valid(_, let known, let bounds) = meting.resolution, !date.withBytes({ bounds.contains($0) }) {
            if let problem = rules.metingen.datum(date.string, meting: known) { datum = .failure(problem) }
        }
        if case .failure(let problem) = datum { problems.append((.datum, problem)) }
        if case .invalid(let problem) = meting.resolution { problems.append((.meting, problem)) }
        // Answers of absent (background) columns stay nil, as `answers` was made.
        for (index, column) in columns.present {
            switch validator.answer(utf8: fields[column], item: index) {
            case .success(let value): answers[index] = value
            case .failure(let problem): problems.append((.item(index), problem))
            }
        }
        guard problems.isEmpty, case .success(let respondentBytes) = respondent, case .success(let wijkIndex) = wijk,
              case .success(let datumBytes) = datum, case .valid(let label, _, _) = meting.resolution else {
            for (field, problem) in problems { log.add(columns.issue(field, problem, line: line)) }
            return
        }
        let metingIndex = meting.index ?? metingIndex(label, batch: &batch)
        if !wijken.entries[wijkIndex].ensured {
            batch.newWijken.append(wijken.entries[wijkIndex].code)
            wijken.entries[wijkIndex].ensured = true
            wijken.entries[wijkIndex].number = wijken.numbered
            wijken.numbered += 1
        }
        scorer.itemScores(answers, into: &itemScores)
        scorer.scores(itemScores: itemScores, into: &scores)
        let answersStart = batch.bytes.count
        AnswerVector.append(answers, to: &batch.bytes)
        let scoresStart = batch.bytes.count
        ScoreVector.append(scores, to: &batch.bytes)
        let answersRange = answersStart..<scoresStart, scoresRange = scoresStart..<batch.bytes.count
        batch.rows.append(PreparedBatch.Row(line: line, meting: metingIndex, wijk: wijken.entries[wijkIndex].number,
                                            respondent: batch.append(respondentBytes), datum: batch.append(datumBytes),
                                            answers: answersRange, scores: scoresRange))
        let slot: Int
        if let lastCell, lastCell.meting == metingIndex, lastCell.wijk == wijkIndex {
            slot = lastCell.slot
        } else {
            slot = cells.slot(metingID: Int64(metingIndex), wijk: wijken.entries[wijkIndex].code.rawValue)
            lastCell = (metingIndex, wijkIndex, slot)
        }
        cells.add(slot: slot, itemScores: itemScores, scores: scores)
    }

    /// What to say after a successful import: the metingen and wijken it added.
    private func closingWarnings() -> [String] {
        let known = rules.metingen.known.values.map(\.label).sorted()
        let metingen = newMetingen.map { label in
            "new meting '\(label)'" + (known.isEmpty ? "" : " (the database had: \(known.joined(separator: ", ")))")
        }
        return metingen + (AreaRegistry.newWijkenWarning(wijken.added) .map { [$0] } ?? [])
    }

    /// The number of a meting label, announced in `batch` the first time.
    private mutating func metingIndex(_ label: String, batch: inout PreparedBatch) -> Int {
        if let index = metingen[label] { return index }
        let index = metingen.count
        metingen[label] = index
        batch.newMetingen.append(label)
        if let cell = metingCell, case .valid(let cached, _, _) = cell.resolution, cached == label { metingCell!.index = index }
        return index
    }

    /// The meting of a row: its own cell, else `--meting`; a conflict between both is an error.
    /// Rows mostly repeat the cell of the row before, whose resolution is reused.
    private mutating func resolveMeting(_ fields: CSVFields) -> (resolution: MetingResolution, index: Int?) {
        let cell = columns.meting.map { fields[$0] } ?? UnsafeBufferPointer(start: nil, count: 0)
        if let metingCell, metingCell.raw.count == cell.count,
           cell.isEmpty || memcmp(metingCell.raw, cell.baseAddress!, cell.count) == 0 {
            return (metingCell.resolution, metingCell.index)
        }
        var resolution = MetingResolution(cell: String(decoding: cell, as: UTF8.self), option: metingOption)
        var index: Int?
        if case .valid(let label, _, _) = resolution {
            switch rules.metingen.meting(label) {
            case .success(.known(let meting)): resolution = .valid(label, meting, DateBounds(meting, today: rules.metingen.today))
            case .success(.new):
                resolution = .valid(label, nil, DateBounds(nil, today: rules.metingen.today))
                if !newMetingen.contains(label) { newMetingen.append(label) }
            case .failure(let problem): resolution = .refused(problem)
            }
            index = metingen[label]
        }
        metingCell = (Array(cell), resolution, index)
        return (resolution, index)
    }
}

/// What the meting of a row is, from its `meting` cell and the `--meting` option.
private enum MetingResolution: Sendable {
    /// The row is refused for its meting alone (missing, conflicting with `--meting`, closed, or
    /// unknown but like a known one).
    case refused(FieldProblem)
    /// The meting is not a valid label; reported with the row's other problems.
    case invalid(FieldProblem)
    /// A valid label, the meting if the database has it, and the dates its responses may have.
    case valid(String, Meting?, DateBounds)

    init(cell: String, option: String?) {
        if FieldParsing.isMissing(cell) {
            guard let option else {
                self = .refused(.missing)
                return
            }
            self = Self(label: option)
            return
        }
        if let option, FieldParsing.label(cell, maximum: ResponseValidator.maximumLabelLength) != .success(option) {
            self = .refused(.conflictingMeting(row: cell, option: option))
            return
        }
        self = Self(label: cell)
    }

    private init(label: String) {
        switch FieldParsing.label(label, maximum: ResponseValidator.maximumLabelLength) {
        case .success(let label): self = .valid(label, nil, DateBounds(nil, today: "9999-12-31"))
        case .failure(let problem): self = .invalid(problem)
        }
    }
}

/// The dates a meting's responses may have, as bytes to compare a row's date with: from the start
/// of its period (if any) to the end of it or today, whichever comes first.
private struct DateBounds: Sendable {
    let first: [UInt8]?
    let last: [UInt8]

    init(_ meting: Meting?, today: String) {
        first = meting?.from.map { Array($0.utf8) }
        last = Array(min(meting?.to ?? today, today).utf8)
    }

    /// Whether a valid `YYYY-MM-DD` date lies within (dates compare as their bytes).
    func contains(_ date: UnsafeBufferPointer<UInt8>) -> Bool {
        func compare(_ bound: [UInt8]) -> Int32 { bound.withUnsafeBufferPointer { memcmp(date.baseAddress!, $0.baseAddress!, 10) } }
        return compare(last) <= 0 && (first.map { compare($0) >= 0 } ?? true)
    }
}

/// The wijk codes met in a file, each validated once, with the bytes to store.
private struct WijkCache: Sendable {
    struct Entry: Sendable {
        let code: WijkCode
        let bytes: [UInt8]
        /// Whether the wijk has been announced to the writer, and its number there.
        var ensured = false
        var number = 0
    }

    var entries: [Entry] = []
    var numbered = 0
    /// Wijken new to the database, in the order met.
    private(set) var added: [WijkCode] = []
    private var byText: [String: Result<Int, FieldProblem>] = [:]
    private var last: (raw: [UInt8], result: Result<Int, FieldProblem>)?

    /// The entry of the wijk code in `raw` (spaces around it ignored, any case), or why it is not
    /// one or may not be used (`rules`).
    mutating func index(of raw: UnsafeBufferPointer<UInt8>, rules: WijkRules) -> Result<Int, FieldProblem> {
        if let last, last.raw.count == raw.count, raw.isEmpty || memcmp(last.raw, raw.baseAddress!, raw.count) == 0 { return last.result }
        let text = String(decoding: raw, as: UTF8.self)
        let result: Result<Int, FieldProblem>
        if let known = byText[text] {
            result = known
        } else {
            result = ResponseValidator.wijkCode(text).flatMap { code in
                if let index = entries.firstIndex(where: { $0.code == code }) { return .success(index) }
                return rules.admit(code).map { isNew in
                    if isNew { added.append(code) }
                    entries.append(Entry(code: code, bytes: Array(code.rawValue.utf8)))
                    return entries.count - 1
                }
            }
            byText[text] = result
        }
        last = (Array(raw), result)
        return result
    }
}
