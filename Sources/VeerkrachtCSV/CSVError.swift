/// A problem found while reading a CSV file, tied to the physical line it occurred on.
///
/// `line` is 1-based; `0` means the problem concerns the file as a whole (e.g. it cannot be opened).
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based physical line number, or 0 for file-level problems.
    public let line: Int
    /// Plain-English explanation, e.g. "unterminated quoted field".
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }

    /// The message for bytes that are not UTF-8, for callers that add advice to it.
    public static let invalidUTF8 = "invalid UTF-8"
}
