import VeerkrachtCSV
import VeerkrachtCore

/// Where the fields of a response stand in a responses file, read from its header row.
struct ResponseColumns {
    let respondent: Int
    let wijk: Int
    let datum: Int
    let meting: Int?
    /// Column index of each instrument item, in item order; -1 for an absent background item.
    let items: [Int]
    /// The items the file has a column for, with that column: all but absent background items.
    let present: [(item: Int, column: Int)]
    let names: [String]
    let warnings: [String]

    /// Maps the header, also as a survey tool exports it (`ExportHeader`) and as a mapping file
    /// renames its columns; throws every header problem (missing or duplicate columns), with a hint
    /// where the header looks like something else.
    init(header: CSVRecord, instrument: Instrument, metingOption: String?, mapping: ResponseMapping? = nil) throws(ImportRefused) {
        names = header.fields.map(HeaderColumns.normalisedName)
        let known = Instrument.reservedColumns.union(instrument.items.map(\.id))
        let renamed = Dictionary((mapping?.columns ?? [:]).map { (HeaderColumns.normalisedName($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        let export = ExportHeader(names: names, fields: header.fields, known: known, labels: instrument.columnsByLabel, renamed: renamed)
        var log = IssueLog()
        let position = HeaderColumns.positions(export.matched, line: header.line, log: &log)
        var hints: [String] = []
        func required(_ name: String) -> Int {
            if let index = position[name] { return index }
            log.add(ImportIssue(line: header.line, reason: "the header has no column '\(name)'"))
            hints += export.hint(missing: name, what: "column '\(name)'").map { [$0] } ?? []
            return -1
        }
        respondent = required("respondent")
        wijk = required("wijk")
        datum = required("datum")
        meting = position["meting"]
        if meting == nil && metingOption == nil {
            log.add(ImportIssue(line: header.line, reason: "the header has no column 'meting'; add it or give --meting LABEL"))
            hints += export.hint(missing: "meting", what: "column 'meting'").map { [$0] } ?? []
        }
        let itemColumns = instrument.items.map { position[$0.id] ?? -1 }
        items = itemColumns
        present = itemColumns.indices.filter { itemColumns[$0] >= 0 }.map { ($0, itemColumns[$0]) }
        // Background questions are optional: a file without their columns is complete.
        let absent = instrument.items.indices.filter { itemColumns[$0] < 0 && !instrument.items[$0].isBackground }.map { instrument.items[$0].id }
        if !absent.isEmpty {
            log.add(ImportIssue(line: header.line, reason: "the header has no column for \(absent.count == 1 ? "item" : "items") "
                + "\(absent.joined(separator: ", ")) of \(instrument.reference)"))
            hints += absent.compactMap { export.hint(missing: $0, what: "item \($0)") }
        }
        for hint in hints { log.add(ImportIssue(line: header.line, reason: hint)) }
        warnings = (export.systemWarning.map { [$0] } ?? [])
            + HeaderColumns.ignored(export.matched, known: known.union(export.systemNames), isNot: "is not part of \(instrument.reference)",
                                    areNot: "are not part of \(instrument.reference)")
        guard log.isEmpty else { throw log.refusal(warnings: warnings) }
    }

    /// The issue for `problem` in `field` of the row starting at `line`.
    func issue(_ field: ResponseValidator.Field, _ problem: FieldProblem, line: Int) -> ImportIssue {
        let index: Int? = switch field {
        case .respondent: respondent
        case .wijk: wijk
        case .datum: datum
        case .meting: meting
        case .item(let i): items[i]
        }
        guard let index else { return ImportIssue(line: line, reason: "meting: \(problem)") }
        return ImportIssue(line: line, column: index + 1, columnName: names[index], reason: problem.description)
    }
}
