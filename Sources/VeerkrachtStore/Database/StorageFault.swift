import GRDB

/// A database that cannot be used because of the machine rather than the data: the disk is full,
/// the file or its folder is read-only, the file cannot be opened, or the disk reports an error.
/// SQLite says so with a result code; this names the four, and the description says what happened
/// without SQL or codes, so that the command line and the web app can add what to do.
///
/// Every write of the store is one transaction, so when one of these stops it nothing of that
/// write is kept.
///
/// ```swift
/// do { try store.importResponses(from: reader, source: "enquete.csv") }
/// catch { if let fault = StorageFault(error) { print(fault) } }
/// ```
public enum StorageFault: Error, CustomStringConvertible, Sendable, Equatable {
    /// `SQLITE_FULL`: the disk (or the database's size limit) is full.
    case full
    /// `SQLITE_READONLY`: the file, its folder or the connection does not allow writing.
    case readOnly
    /// `SQLITE_CANTOPEN`: the file, or its `-wal`/`-shm` companion, cannot be opened or created.
    case cannotOpen
    /// `SQLITE_IOERR`: the operating system reported an error while reading or writing.
    case ioError

    /// The fault behind `error`, or nil when `error` is something else.
    public init?(_ error: any Error) {
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_FULL: self = .full
        case .SQLITE_READONLY: self = .readOnly
        case .SQLITE_CANTOPEN: self = .cannotOpen
        case .SQLITE_IOERR: self = .ioError
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .full:
            "the disk that holds the database is full, so nothing was changed"
        case .readOnly:
            "the database cannot be written, so nothing was changed: the file, its -wal and -shm files next to it or their folder "
                + "are read-only"
        case .cannotOpen:
            "the database cannot be opened: the file or its folder cannot be read or written by this account, "
                + "or the folder is read-only so the -wal and -shm files cannot be created next to it"
        case .ioError:
            "the disk reported an error while reading or writing the database, so nothing was changed"
        }
    }
}
