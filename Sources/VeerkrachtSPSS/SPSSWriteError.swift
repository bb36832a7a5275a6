/// Why an SPSS file could not be written. The description states the fact; the shells say what to do.
public enum SPSSWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The ReadStat library (`libreadstat.so.1`) could not be loaded.
    case libraryMissing
    /// The file at `path` could not be created or written.
    case cannotWrite(path: String, reason: String)
    /// ReadStat refused the variables or a value, with its message.
    case refused(path: String, reason: String)

    public var description: String {
        switch self {
        case .libraryMissing: "the ReadStat library (libreadstat.so.1) is not installed"
        case let .cannotWrite(path, reason): "cannot write \(path): \(reason)"
        case let .refused(path, reason): "cannot write \(path): ReadStat: \(reason)"
        }
    }
}
