#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One CSV record; the header is the first record returned.
public struct CSVRecord: Sendable, Equatable {
    /// 1-based physical line number where the record starts.
    public let line: Int
    /// Field values with quoting removed (`""` unescaped to `"`).
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

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

private let comma = UInt8(ascii: ",")
private let semicolon = UInt8(ascii: ";")
private let quote = UInt8(ascii: "\"")
private let lf: UInt8 = 0x0A
private let cr: UInt8 = 0x0D
private let nul: UInt8 = 0x00

private func errnoDescription() -> String {
    String(cString: strerror(errno))
}

/// One record's fields as raw UTF-8 (quoting removed, `""` unescaped, every field checked to be
/// valid UTF-8): what `CSVReader.nextRow()` returns. Field `i` is `bytes[ends[i - 1]..<ends[i]]`.
public struct CSVRow {
    /// 1-based physical line number where the record starts.
    public let line: Int
    /// The fields' bytes, one after the other (possibly followed by unused bytes).
    let bytes: [UInt8]
    /// End offset of each field in `bytes`.
    let ends: [Int]

    /// The number of fields.
    public var count: Int { ends.count }

    /// Calls `body` with the fields as buffers into `bytes`, valid only inside `body`.
    @inline(__always)
    public func withFields<R>(_ body: (CSVFields) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in try body(CSVFields(bytes: bytes, ends: ends)) }
        }
    }

    /// The record with a `String` per field.
    public var record: CSVRecord {
        CSVRecord(line: line, fields: withFields { fields in (0..<fields.count).map { fields.string($0) } })
    }

    init(line: Int, bytes: [UInt8], ends: [Int]) {
        self.line = line
        self.bytes = bytes
        self.ends = ends
    }
}

/// The fields of a `CSVRow` as buffers; only valid inside `CSVRow.withFields`.
public struct CSVFields {
    let bytes: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>

    /// The number of fields.
    public var count: Int { ends.count }

    /// The bytes of field `index`.
    @inline(__always)
    public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
    }

    /// Field `index` as a `String` (fields are valid UTF-8).
    public func string(_ index: Int) -> String {
        let field = self[index]
        return field.count == 1 && field[0] < 0x80 ? asciiStrings[Int(field[0])] : String(decoding: field, as: UTF8.self)
    }
}

/// Survey answers are mostly single digits: one prebuilt `String` per ASCII character.
private let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

/// Byte-level RFC 4180 state machine. It resumes across chunk boundaries. The fields of the
/// current record are copied, unquoted, into one reused byte buffer (`bytes`, with the end of each
/// field in `ends`), so a record costs no allocation of its own. The limits cost a comparison per
/// field, none per byte: a copy that would pass the field limit, a growth of `bytes` past the
/// record limit or a field past the last allowed one is refused before it happens.
fileprivate struct CSVParser {
    enum State: UInt8 {
        case recordStart      // before a record; blank lines are skipped here
        case afterCR          // a record ended in CR; swallow a following LF
        case fieldStart
        case unquoted
        case quoted
        case quoteInQuoted    // saw `"` inside a quoted field at a chunk end: `""` or the closing quote
    }

    var delimiter = comma
    var state = State.recordStart
    var line = 1              // current physical line
    var recordLine = 1        // line where the current record started
    var fieldLine = 1         // line where the current field started
    var bytes = [UInt8](repeating: 0, count: 4096)  // the current record's fields, unquoted, in `bytes[..<used]`
    var used = 0
    var ends: [Int] = []      // end offset of each completed field in `bytes`
    var fieldStart = 0        // offset in `bytes` where the current field starts
    var fieldLimit = CSVReader.maximumFieldBytes  // `used` may not pass this in the current field; `bytes`
                                                  // never grows past the record limit

    init() {
        ends.reserveCapacity(64)
    }

    /// Starts a field at the end of the record's bytes so far.
    @inline(__always)
    private mutating func startField() {
        fieldStart = used
        fieldLimit = used + CSVReader.maximumFieldBytes
    }

    /// Appends `p[from..<to]` to the record's bytes, unless that passes a limit.
    @inline(__always)
    private mutating func append(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) throws(CSVError) {
        let count = to - from
        guard count > 0 else { return }
        if used + count > fieldLimit { throw tooLong() }
        if used + count > bytes.count { try grow(to: used + count) }
        let offset = used
        bytes.withUnsafeMutableBufferPointer { all in
            (all.baseAddress! + offset).update(from: p.baseAddress! + from, count: count)
        }
        used += count
    }

    /// Makes room for `needed` bytes, doubling `bytes` up to the record limit, which it never passes:
    /// a record over the limit is refused here, off the common path.
    private mutating func grow(to needed: Int) throws(CSVError) {
        guard needed <= CSVReader.maximumRecordBytes else { throw tooLong() }
        let size = min(bytes.count + max(needed - bytes.count, bytes.count), CSVReader.maximumRecordBytes)
        bytes.append(contentsOf: repeatElement(0, count: size - bytes.count))
    }

    /// The last byte of the current field so far, if it has any.
    private var lastFieldByte: UInt8? { used > fieldStart ? bytes[used - 1] : nil }

    /// Consumes `p[start...]` until a record completes or the bytes run out.
    /// Returns the index of the first unconsumed byte and whether a complete record is held.
    mutating func consume(_ p: UnsafeBufferPointer<UInt8>, from start: Int) throws(CSVError) -> (Int, Bool) {
        let n = p.count
        let d = delimiter
        var i = start
        while i < n {
            switch state {
            case .afterCR:
                if p[i] == lf { i += 1 }
                state = .recordStart

            case .recordStart:
                let b = p[i]
                if b == lf {
                    line += 1
                    i += 1
                } else if b == cr {
                    line += 1
                    i += 1
                    state = .afterCR
                } else {
                    recordLine = line
                    state = .fieldStart
                }

            case .fieldStart:
                fieldLine = line
                startField()
                if p[i] == quote {
                    i += 1
                    state = .quoted
                } else {
                    state = .unquoted
                }

            case .unquoted:
                var j = i
                var high: UInt8 = 0  // any byte >= 0x80 means the field needs UTF-8 validation
                while j < n {
                    let b = p[j]
                    if b == d || (b <= cr && (b == lf || b == cr || b == nul)) { break }
                    high |= b
                    j += 1
                }
                if j == n {
                    try append(p, i, n)
                    return (n, false)
                }
                let b = p[j]
                if b == nul { throw nulError() }
                try appendField(p, i, j, ascii: high < 0x80)
                i = j + 1
                if b == d {
                    state = .fieldStart
                } else {
                    line += 1
                    state = b == cr ? .afterCR : .recordStart
                    return (i, true)
                }

            case .quoted:
                var j = i
                var high: UInt8 = 0
                while j < n {
                    let b = p[j]
                    high |= b
                    if b == quote { break }
                    if b <= cr {
                        if b == lf {
                            // CRLF counts once: the CR already advanced the line.
                            if (j > i ? p[j - 1] : lastFieldByte) != cr { line += 1 }
                        } else if b == cr {
                            line += 1
                        } else if b == nul {
                            throw nulError()
                        }
                    }
                    j += 1
                }
                if j + 1 >= n {
                    // No quote in this chunk, or it is the chunk's last byte: decide later.
                    try append(p, i, j)
                    if j < n { state = .quoteInQuoted }
                    return (n, false)
                }
                let b = p[j + 1]
                if b == quote {
                    try append(p, i, j + 1)  // keeps one `"`
                    i = j + 2
                } else if b == d || b == lf || b == cr {
                    try appendField(p, i, j, ascii: high < 0x80)
                    i = j + 2
                    if b == d {
                        state = .fieldStart
                    } else {
                        line += 1
                        state = b == cr ? .afterCR : .recordStart
                        return (i, true)
                    }
                } else {
                    throw afterQuoteError()
                }

            case .quoteInQuoted:
                let b = p[i]
                i += 1
                if b == quote {
                    try append(p, i - 1, i)  // the second `"` of a `""` split by a chunk end
                    state = .quoted
                } else if b == d || b == lf || b == cr {
                    try appendField(p, i, i, ascii: true)
                    if b == d {
                        state = .fieldStart
                    } else {
                        line += 1
                        state = b == cr ? .afterCR : .recordStart
                        return (i, true)
                    }
                } else {
                    throw afterQuoteError()
                }
            }
        }
        return (n, false)
    }

    /// Ends the input; returns whether a final record without a line break is held.
    mutating func finish() throws(CSVError) -> Bool {
        switch state {
        case .recordStart, .afterCR:
            return false
        case .quoted:
            throw CSVError(line: fieldLine, message: "unterminated quoted field")
        case .fieldStart, .unquoted, .quoteInQuoted:
            if state == .fieldStart { startField() }
            try appendField(UnsafeBufferPointer(start: nil, count: 0), 0, 0, ascii: true)
            state = .recordStart
            return true
        }
    }

    /// Hands over the completed record with a `String` per field and starts the next one.
    mutating func takeRecord() -> CSVRecord {
        let record = CSVRow(line: recordLine, bytes: bytes, ends: ends).record
        used = 0
        ends.removeAll(keepingCapacity: true)
        return record
    }

    /// Hands over the completed record as raw fields. The row shares the parser's buffers, which
    /// `startNext()` empties before the next record: callers that drop the row by then cost no copy.
    mutating func takeRow() -> CSVRow {
        CSVRow(line: recordLine, bytes: bytes, ends: ends)
    }

    /// Forgets the record handed over by `takeRow()`.
    mutating func startNext() {
        if !ends.isEmpty {
            used = 0
            ends.removeAll(keepingCapacity: true)
        }
    }

    /// Completes the current field with `p[from..<to]` (after any bytes it already has in `bytes`
    /// from an earlier chunk or before a `""`). `ascii` promises that `p[from..<to]` has no byte >= 0x80.
    @inline(__always)
    private mutating func appendField(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, ascii: Bool) throws(CSVError) {
        let carried = used > fieldStart
        try append(p, from, to)
        if carried || !ascii {
            let valid = bytes.withUnsafeBufferPointer { all in isValidUTF8(UnsafeBufferPointer(rebasing: all[fieldStart..<used])) }
            guard valid else { throw CSVError(line: fieldLine, message: "invalid UTF-8") }
        }
        if ends.count == CSVReader.maximumFields { throw tooManyFields() }
        ends.append(used)
    }

    /// The current field passed the field limit or the record limit: the one it passed first, so
    /// that the error does not depend on where chunks end.
    private func tooLong() -> CSVError {
        if fieldStart + CSVReader.maximumFieldBytes <= CSVReader.maximumRecordBytes {
            return CSVError(line: fieldLine, message: "field \(ends.count + 1) is longer than \(CSVReader.maximumFieldBytes >> 10) KiB, "
                + "the most one field may hold (a quote that is never closed makes the rest of the file one field)")
        }
        return CSVError(line: recordLine, message: "the record is longer than \(CSVReader.maximumRecordBytes >> 20) MiB, "
            + "the most one record may hold")
    }

    private func tooManyFields() -> CSVError {
        CSVError(line: recordLine, message: "the record has more than 16,384 fields, the most one record may have")
    }

    private func nulError() -> CSVError {
        CSVError(line: line, message: "NUL byte; is this a binary file?")
    }

    private func afterQuoteError() -> CSVError {
        CSVError(line: line, message: "unexpected character after closing quote")
    }
}

/// Strict UTF-8 check (no overlongs, surrogates or code points above U+10FFFF), with an
/// 8-bytes-at-a-time ASCII fast path.
private func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let n = bytes.count
    var i = 0
    while i < n {
        if i + 8 <= n {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
        }
        let b = base[i]
        if b < 0x80 {
            i += 1
            continue
        }
        @inline(__always) func continuation(_ k: Int) -> Bool { k < n && base[k] & 0xC0 == 0x80 }
        if b < 0xC2 {
            return false  // stray continuation byte or overlong 2-byte lead
        } else if b < 0xE0 {
            guard continuation(i + 1) else { return false }
            i += 2
        } else if b < 0xF0 {
            guard i + 1 < n else { return false }
            let c = base[i + 1]
            let low: UInt8 = b == 0xE0 ? 0xA0 : 0x80   // no overlongs
            let high: UInt8 = b == 0xED ? 0x9F : 0xBF  // no surrogates
            guard c >= low && c <= high && continuation(i + 2) else { return false }
            i += 3
        } else if b < 0xF5 {
            guard i + 1 < n else { return false }
            let c = base[i + 1]
            let low: UInt8 = b == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = b == 0xF4 ? 0x8F : 0xBF
            guard c >= low && c <= high && continuation(i + 2) && continuation(i + 3) else { return false }
            i += 4
        } else {
            return false
        }
    }
    return true
}

/// Finds the end of the header record and counts `,` and `;` outside quotes on the way.
fileprivate struct DelimiterScanner {
    private enum State { case leadingBlankLines, fieldStart, unquoted, quoted, quoteInQuoted }
    private var state = State.leadingBlankLines
    private(set) var commas = 0
    private(set) var semicolons = 0

    /// Returns `true` once the header record's line break has been seen.
    mutating func scan(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in p {
            switch state {
            case .leadingBlankLines:
                if b == lf || b == cr { continue }
                if outside(b, atFieldStart: true) { return true }
            case .fieldStart:
                if outside(b, atFieldStart: true) { return true }
            case .unquoted:
                if outside(b, atFieldStart: false) { return true }
            case .quoted:
                if b == quote { state = .quoteInQuoted }
            case .quoteInQuoted:
                if b == quote {
                    state = .quoted
                } else if outside(b, atFieldStart: false) {
                    return true
                }
            }
        }
        return false
    }

    private mutating func outside(_ b: UInt8, atFieldStart: Bool) -> Bool {
        if b == comma {
            commas += 1
            state = .fieldStart
        } else if b == semicolon {
            semicolons += 1
            state = .fieldStart
        } else if b == lf || b == cr {
            return true
        } else if b == quote && atFieldStart {
            state = .quoted
        } else {
            state = .unquoted
        }
        return false
    }
}
