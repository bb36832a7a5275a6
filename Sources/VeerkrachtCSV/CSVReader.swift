#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Streaming RFC 4180 CSV reader for large UTF-8 files.
///
/// - Delimiter `,` or `;`, detected from the header record (the one that occurs more often
///   outside quotes; `,` on a tie).
/// - Quoted fields may contain the delimiter, `""` and line breaks (LF, CRLF or CR are all kept).
/// - A UTF-8 BOM is stripped; records end in LF, CRLF or a lone CR; the last line break is optional;
///   completely empty lines are skipped.
/// - Files are read in fixed-size chunks (1 MiB) and parsed at byte level, so memory use does not
///   grow with the file size.
/// - A field holds at most 64 KiB, a record's fields together at most 1 MiB, and a record has at
///   most 16,384 fields (`maximumFieldBytes`, `maximumRecordBytes`, `maximumFields`). A record over
///   a limit is an error at its line as soon as the limit is passed, so that memory stays bounded
///   whatever the file holds (a binary file, a quote that is never closed).
///
/// Not thread-safe: use one reader from one task at a time. After `next()` throws, every further
/// call rethrows the same error.
public final class CSVReader {
    /// Detected delimiter byte (`,` or `;`); valid after the first call to `next()`.
    public private(set) var delimiter: UInt8 = comma
    /// Input size in bytes when known (regular files and in-memory input).
    public let totalBytes: Int?
    /// Number of input bytes consumed so far, for progress reporting.
    public var bytesRead: Int { bufferOffset + position }
    /// Bytes held for the input and the current record: bounded by the chunk size and the limits
    /// (what tests check), except for in-memory input read in one piece.
    var heldBytes: Int { buffer.count + parser.bytes.count + parser.ends.capacity * MemoryLayout<Int>.stride }

    /// The most bytes one field may hold, unquoted: 64 KiB.
    public static let maximumFieldBytes = 1 << 16
    /// The most bytes the fields of one record may hold together, unquoted: 1 MiB.
    public static let maximumRecordBytes = 1 << 20
    /// The most fields one record may have: 16,384, the columns of a spreadsheet.
    public static let maximumFields = 16_384

    static let defaultChunkSize = 1 << 20
    /// Delimiter detection gives up looking for the end of the header record after this many bytes.
    static let detectionLimit = 1 << 20

    private var fd: Int32 = -1             // file input, -1 when reading from memory or closed
    private var memory: [UInt8] = []       // chunked in-memory input (tests)
    private var memoryOffset = 0
    private let chunkSize: Int
    private var buffer: [UInt8] = []       // holds buffer[0..<end]; reused for every chunk
    private var end = 0
    private var position = 0
    private var bufferOffset = 0           // input offset of buffer[0]
    private var eof = false
    private var started = false
    private var failure: CSVError?
    private var parser = CSVParser()

    /// Opens the file at `path` for streaming.
    /// - Throws: `CSVError` with line 0 if the file cannot be opened or is a directory.
    public convenience init(path: String) throws {
        try self.init(path: path, chunkSize: CSVReader.defaultChunkSize)
    }

    /// Reads CSV from memory (tests, uploads).
    public convenience init(bytes: [UInt8]) {
        self.init(bytes: bytes, chunkSize: nil)
    }

    /// File input with an explicit chunk size (tests use tiny chunks to hit every boundary).
    init(path: String, chunkSize: Int) throws {
        precondition(chunkSize > 0, "chunkSize must be positive")
        self.chunkSize = chunkSize
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw CSVError(line: 0, message: "cannot open \(path): \(errnoDescription())")
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let message = "cannot read \(path): \(errnoDescription())"
            close(fd)
            throw CSVError(line: 0, message: message)
        }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR {
            close(fd)
            throw CSVError(line: 0, message: "cannot read \(path): it is a directory, not a CSV file")
        }
        self.fd = fd
        self.totalBytes = kind == S_IFREG ? Int(info.st_size) : nil
    }

    /// In-memory input; `chunkSize == nil` parses the array in place, otherwise it is fed in chunks.
    init(bytes: [UInt8], chunkSize: Int?) {
        totalBytes = bytes.count
        if let chunkSize {
            precondition(chunkSize > 0, "chunkSize must be positive")
            self.chunkSize = chunkSize
            memory = bytes
        } else {
            self.chunkSize = max(bytes.count, 1)
            buffer = bytes
            end = bytes.count
            eof = true
        }
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// Returns the next record (the header first), or `nil` at the end of the input.
    /// - Throws: `CSVError` for malformed input (with its line) or a read failure.
    public func next() throws -> CSVRecord? {
        try advance() ? parser.takeRecord() : nil
    }

    /// The next record as raw UTF-8 fields (the header first), or `nil` at the end of the input:
    /// the same records as `next()`, without making a `String` per field. Large imports use this.
    public func nextRow() throws -> CSVRow? {
        try advance() ? parser.takeRow() : nil
    }

    /// Parses up to the end of the next record; false at the end of the input.
    private func advance() throws -> Bool {
        if let failure { throw failure }
        parser.startNext()
        do {
            if !started {
                try detectDelimiter()
                started = true
            }
            while true {
                if position == end {
                    if !eof {
                        try fill(keepingBuffered: false)
                        continue
                    }
                    return try parser.finish()
                }
                let (next, complete) = try buffer.withUnsafeBufferPointer { all in
                    try parser.consume(UnsafeBufferPointer(rebasing: all[..<end]), from: position)
                }
                position = next
                if complete { return true }
            }
        } catch let error as CSVError {
            failure = error
            throw error
        }
    }

    /// Buffers the header record (or at most `detectionLimit` bytes), counts `,` and `;` outside
    /// quotes, and skips a BOM. Parsing then starts over the buffered bytes.
    private func detectDelimiter() throws {
        while end < 3 && !eof { try fill(keepingBuffered: true) }
        if end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
            position = 3
        }
        var scanner = DelimiterScanner()
        var scanned = position
        while true {
            let limit = max(scanned, min(end, CSVReader.detectionLimit))
            let done = buffer.withUnsafeBufferPointer { all in
                scanner.scan(UnsafeBufferPointer(rebasing: all[scanned..<limit]))
            }
            scanned = limit
            if done || eof || end >= CSVReader.detectionLimit { break }
            try fill(keepingBuffered: true)
        }
        delimiter = scanner.semicolons > scanner.commas ? semicolon : comma
        parser.delimiter = delimiter
    }

    /// Reads the next chunk. `keepingBuffered` appends it after the current bytes (header
    /// detection); otherwise the fully consumed buffer is reused.
    private func fill(keepingBuffered: Bool) throws {
        if !keepingBuffered {
            bufferOffset += end
            end = 0
            position = 0
        }
        if buffer.count < end + chunkSize {
            buffer.append(contentsOf: repeatElement(0, count: end + chunkSize - buffer.count))
        }
        let start = end
        let count = try buffer.withUnsafeMutableBufferPointer { all in
            try readSource(into: UnsafeMutableBufferPointer(rebasing: all[start..<start + chunkSize]))
        }
        end += count
        if count < chunkSize {
            eof = true
            if fd >= 0 {
                close(fd)
                fd = -1
            }
        }
    }

    /// Fills `destination` as far as possible; returns fewer bytes only at end of input.
    private func readSource(into destination: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        guard let base = destination.baseAddress else { return 0 }
        if fd >= 0 {
            var total = 0
            while total < destination.count {
                let n = read(fd, base + total, destination.count - total)
                if n > 0 {
                    total += n
                } else if n == 0 {
                    break
                } else if errno != EINTR {
                    throw CSVError(line: parser.line, message: "read error: \(errnoDescription())")
                }
            }
            return total
        }
        let count = min(destination.count, memory.count - memoryOffset)
        if count > 0 {
            memory.withUnsafeBufferPointer { source in
                base.update(from: source.baseAddress! + memoryOffset, count: count)
            }
            memoryOffset += count
        }
        return count
    }
}

@available(*, unavailable, message: "CSVReader holds mutable parsing state; use it from one task")
extension CSVReader: Sendable {}

private func errnoDescription() -> String {
    String(cString: strerror(errno))
}
