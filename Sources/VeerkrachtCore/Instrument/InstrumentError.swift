/// A problem in an instrument file, with the line it was found on.
public struct InstrumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line in the file, when known.
    public let line: Int?
    public let message: String

    public init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "line \(line): \(message)" }
        return message
    }
}
