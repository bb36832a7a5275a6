import VeerkrachtCore

/// One problem in an imported file, located by line and (when it concerns one cell) column.
public struct ImportIssue: Sendable, Hashable, CustomStringConvertible {
    /// 1-based physical line in the file.
    public let line: Int
    /// 1-based column number, when the problem concerns one cell.
    public let column: Int?
    /// The column's header name, when known.
    public let columnName: String?
    public let reason: String

    public init(line: Int, column: Int? = nil, columnName: String? = nil, reason: String) {
        self.line = line
        self.column = column
        self.columnName = columnName
        self.reason = reason
    }

    /// `line L, column C (name): reason`, the name cut short when long (`MessageText`).
    public var description: String {
        guard let column else { return "line \(line): \(reason)" }
        let name = columnName.map { " (\(MessageText.excerpt($0)))" } ?? ""
        return "line \(line), column \(column)\(name): \(reason)"
    }
}

/// The problems every importer can meet, worded once.
extension ImportIssue {
    /// The file has no header row; `columns` (such as `code,naam`) names the header expected.
    static func emptyFile(expecting columns: String?) -> ImportIssue {
        ImportIssue(line: 1, reason: "the file is empty; expected a header row" + (columns.map { " '\($0)'" } ?? ""))
    }

    /// The file has a header (at line `header`) and nothing after it.
    static func noDataRows(header: Int) -> ImportIssue {
        ImportIssue(line: header, reason: "the file has a header but no data rows")
    }

    /// The row at `line` has `found` fields where the header has `expected`.
    static func fieldCount(line: Int, expected: Int, found: Int) -> ImportIssue {
        ImportIssue(line: line, reason: "expected \(expected) fields, found \(found)")
    }
}

/// A refused import: nothing was stored. Holds the first `issues` and the total count.
public struct ImportRefused: Error, Sendable, CustomStringConvertible {
    public let issues: [ImportIssue]
    public let totalIssues: Int
    public let warnings: [String]

    public var description: String {
        var lines = issues.map(\.description)
        if totalIssues > issues.count { lines.append("… and \(totalIssues - issues.count) more errors") }
        lines.append("Nothing was imported: \(totalIssues) error\(totalIssues == 1 ? "" : "s") found. Correct the file and import it again.")
        return lines.joined(separator: "\n")
    }
}

extension ImportRefused {
    /// A refusal for one problem of the file as a whole (before any row was read).
    init(_ issue: ImportIssue) {
        self.init(issues: [issue], totalIssues: 1, warnings: [])
    }
}

/// A successful import.
public struct ImportOutcome: Sendable {
    /// Rows stored.
    public let rows: Int
    /// Non-fatal remarks, such as ignored columns.
    public let warnings: [String]
    /// The batch the rows are recorded under.
    public let batchID: Int64
}

/// How far an import is, for progress display.
public struct ImportProgress: Sendable {
    /// Progress is reported every this many rows.
    static let interval = 10_000

    public let rows: Int
    public let bytesRead: Int
    public let totalBytes: Int?

    /// Fraction done (0…1) when the size is known.
    public var fraction: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(1, Double(bytesRead) / Double(totalBytes))
    }
}

/// Collects issues, keeping the first `limit` and counting the rest.
struct IssueLog {
    static let limit = 1000
    private(set) var issues: [ImportIssue] = []
    private(set) var total = 0

    var isEmpty: Bool { total == 0 }

    mutating func add(_ issue: ImportIssue) {
        total += 1
        if issues.count < Self.limit { issues.append(issue) }
    }

    /// Adds the issues of another log, keeping the whole in line order.
    mutating func merge(_ other: IssueLog) {
        guard other.total > 0 else { return }
        issues = Array((issues + other.issues).enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element).prefix(Self.limit))
        total += other.total
    }

    func refusal(warnings: [String]) -> ImportRefused {
        ImportRefused(issues: issues, totalIssues: total, warnings: warnings)
    }
}
