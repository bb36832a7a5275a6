/// Builds RFC 4180 CSV text: `,` separated, fields quoted only when they need it, LF line ends.
public struct CSVWriter {
    public private(set) var text = ""

    public init(header: [String]) { append(header) }

    /// Appends one row; nil fields are written empty.
    public mutating func append(_ fields: [String?]) {
        text += fields.map { Self.escape($0 ?? "") }.joined(separator: ",")
        text += "\n"
    }

    /// Returns the text written so far and starts empty (for streaming large files).
    public mutating func takeText() -> String {
        defer { text = "" }
        return text
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}

/// Numbers in exports: `.` as decimal separator, shortest text that reads back as the same double
/// (17 significant digits at most, never fewer than needed).
enum ExportNumber {
    static func text(_ value: Double?) -> String? {
        guard let value, value.isFinite else { return nil }
        return value.description
    }
}
