/// The bytes the parser, the delimiter scanner and the reader look for.
let comma = UInt8(ascii: ",")
let semicolon = UInt8(ascii: ";")
let quote = UInt8(ascii: "\"")
let lf: UInt8 = 0x0A
let cr: UInt8 = 0x0D
let nul: UInt8 = 0x00

/// Byte-level RFC 4180 state machine. It resumes across chunk boundaries. The fields of the
/// current record are copied, unquoted, into one reused byte buffer (`bytes`, with the end of each
/// field in `ends`), so a record costs no allocation of its own. The limits cost a comparison per
/// field, none per byte: a copy that would pass the field limit, a growth of `bytes` past the
/// record limit or a field past the last allowed one is refused before it happens.
struct CSVParser {
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
            guard valid else { throw CSVError(line: fieldLine, message: CSVError.invalidUTF8) }
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
