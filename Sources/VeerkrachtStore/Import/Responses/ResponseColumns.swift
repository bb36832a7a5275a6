import VeerkrachtCSV
import VeerkrachtCore

/// Where the fields of a response stand in a responses file, read from its header row.
struct ResponseColumns {
    let respondent: Int
    let wijk: Int
    let datum: Int
    let meting: Int?
    /// Column index of each instrument item, in item order.
    let items: [Int]
    let names: [String]
    let warnings: [String]

    /// Maps the header; throws every header problem (missing or duplicate columns).
    init(header: CSVRecord, instrument: Instrument, metingOption: String?) throws(ImportRefused) {
        names = header.fields.map(HeaderColumns.normalisedName)
        var log = IssueLog()
        let position = HeaderColumns.positions(names, line: header.line, log: &log)
        func required(_ name: String) -> Int {
            if let index = position[name] { return index }
            log.add(ImportIssue(line: header.line, reason: "the header has no column '\(name)'"))
            return -1
        }
        respondent = required("respondent")
        wijk = required("wijk")
        datum = required("datum")
        meting = position["meting"]
        if meting == nil && metingOption == nil {
            log.add(ImportIssue(line: header.line, reason: "the header has no column 'meting'; add it or give --meting LABEL"))
        }
        let itemColumns = instrument.items.map { position[$0.id] ?? -1 }
        items = itemColumns
        let absent = instrument.items.indices.filter { itemColumns[$0] < 0 }.map { instrument.items[$0].id }
        if !absent.isEmpty {
            log.add(ImportIssue(line: header.line, reason: "the header has no column for \(absent.count == 1 ? "item" : "items") "
                + "\(absent.joined(separator: ", ")) of \(instrument.reference)"))
        }
        let known = Instrument.reservedColumns.union(instrument.items.map(\.id))
        warnings = HeaderColumns.ignored(names, known: known, isNot: "is not part of \(instrument.reference)",
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
