import VeerkrachtCSV
import VeerkrachtCore

/// Where the fields of an activity stand in an activities file, read from its header row.
struct ActivityColumns {
    /// Column index of each field.
    private let index: [ActivityValidator.Field: Int]
    let names: [String]
    let warnings: [String]

    /// Maps the header; throws every header problem (missing or duplicate columns).
    init(header: CSVRecord) throws(ImportRefused) {
        names = header.fields.map(HeaderColumns.normalisedName)
        var log = IssueLog()
        let position = HeaderColumns.positions(names, line: header.line, log: &log)
        var index: [ActivityValidator.Field: Int] = [:]
        let absent = ActivityValidator.Field.allCases.filter { field in
            index[field] = position[field.rawValue]
            return index[field] == nil
        }
        if !absent.isEmpty {
            log.add(ImportIssue(line: header.line, reason: "the header has no \(absent.count == 1 ? "column" : "columns") "
                + absent.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                + " (an activities file has the columns \(Self.expected))"))
        }
        self.index = index
        let known = Set(ActivityValidator.Field.allCases.map(\.rawValue))
        warnings = HeaderColumns.ignored(names, known: known, isNot: "is not an activities column", areNot: "are not activities columns")
        guard log.isEmpty else { throw log.refusal(warnings: warnings) }
    }

    /// The columns of an activities file, comma separated.
    static var expected: String { ActivityValidator.Field.allCases.map(\.rawValue).joined(separator: ",") }

    /// The text of `field` in a record that has one field per header column.
    func text(_ field: ActivityValidator.Field, in fields: [String]) -> String { fields[index[field]!] }

    /// The issue for `problem` in `field` of the row starting at `line`.
    func issue(_ field: ActivityValidator.Field, _ problem: FieldProblem, line: Int) -> ImportIssue {
        issue(field, reason: problem.description, line: line)
    }

    /// An issue located at the column of `field`.
    func issue(_ field: ActivityValidator.Field, reason: String, line: Int) -> ImportIssue {
        let column = index[field]!
        return ImportIssue(line: line, column: column + 1, columnName: names[column], reason: reason)
    }
}
