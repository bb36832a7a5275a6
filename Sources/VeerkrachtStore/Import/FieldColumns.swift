import VeerkrachtCSV
import VeerkrachtCore

/// Where the fields of a row stand in a file with a fixed set of columns (an activities or a
/// verhalen file), read from its header row: every field's column, in any order; other columns
/// are ignored with a warning.
struct FieldColumns<Field: RawRepresentable & CaseIterable & Hashable> where Field.RawValue == String {
    /// Column index of each field.
    private let index: [Field: Int]
    let names: [String]
    let warnings: [String]

    /// Maps the header of a `kind` file (`activities`, `verhalen`); throws every header problem
    /// (missing or duplicate columns).
    init(header: CSVRecord, kind: String) throws(ImportRefused) {
        names = header.fields.map(HeaderColumns.normalisedName)
        var log = IssueLog()
        let position = HeaderColumns.positions(names, line: header.line, log: &log)
        var index: [Field: Int] = [:]
        let absent = Field.allCases.filter { field in
            index[field] = position[field.rawValue]
            return index[field] == nil
        }
        let article = kind.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        if !absent.isEmpty {
            log.add(ImportIssue(line: header.line, reason: "the header has no \(absent.count == 1 ? "column" : "columns") "
                + absent.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                + " (\(article) \(kind) file has the columns \(Self.expected))"))
        }
        self.index = index
        let known = Set(Field.allCases.map(\.rawValue))
        warnings = HeaderColumns.ignored(names, known: known, isNot: "is not \(article) \(kind) column", areNot: "are not \(kind) columns")
        guard log.isEmpty else { throw log.refusal(warnings: warnings) }
    }

    /// The columns of the file, comma separated.
    static var expected: String { Field.allCases.map(\.rawValue).joined(separator: ",") }

    /// The text of `field` in a record that has one field per header column.
    func text(_ field: Field, in fields: [String]) -> String { fields[index[field]!] }

    /// The fields of `record` when it has one per header column; otherwise nil, with the problem logged.
    func fields(of record: CSVRecord, log: inout IssueLog) -> [String]? {
        guard record.fields.count == names.count else {
            log.add(.fieldCount(line: record.line, expected: names.count, found: record.fields.count))
            return nil
        }
        return record.fields
    }

    /// The validated value of the row starting at `line`; nil, with every problem logged at its
    /// column, when it has any.
    func checked<Value>(_ result: Result<Value, FieldProblems<Field>>, line: Int, log: inout IssueLog) -> Value? {
        switch result {
        case .success(let value): return value
        case .failure(let problems):
            for (field, problem) in problems.list { log.add(issue(field, problem, line: line)) }
            return nil
        }
    }

    /// Whether the row starting at `line` has none of `problems` (what only the database knows);
    /// each is logged at its column.
    func passes(_ problems: [(field: Field, problem: FieldProblem)], line: Int, log: inout IssueLog) -> Bool {
        for (field, problem) in problems { log.add(issue(field, problem, line: line)) }
        return problems.isEmpty
    }

    /// The issue for `problem` in `field` of the row starting at `line`.
    func issue(_ field: Field, _ problem: FieldProblem, line: Int) -> ImportIssue {
        issue(field, reason: problem.description, line: line)
    }

    /// An issue located at the column of `field`.
    func issue(_ field: Field, reason: String, line: Int) -> ImportIssue {
        let column = index[field]!
        return ImportIssue(line: line, column: column + 1, columnName: names[column], reason: reason)
    }
}
