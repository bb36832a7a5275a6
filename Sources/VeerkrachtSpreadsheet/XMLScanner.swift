/// What an `XMLScanner` reports: elements by local name (a prefix such as `x:` dropped) and the
/// text between them. The buffers are valid only during the call.
protocol XMLEvents {
    /// An element starts; `attributes` holds the raw bytes after its name (read them with
    /// `XMLScanner.attribute`); `closed` for `<a/>`.
    mutating func start(_ name: UnsafeBufferPointer<UInt8>, attributes: UnsafeBufferPointer<UInt8>, closed: Bool) throws
    /// An element ends.
    mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws
    /// Text between tags, still escaped (`&amp;`) unless `raw` (a CDATA section).
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, raw: Bool) throws
}

/// A streaming tokenizer for the machine-written XML of a workbook's sheets and shared strings:
/// tags, text, comments, CDATA and processing instructions, fed in chunks of any size. It checks
/// no more than it needs (not well-formedness), which makes it several times faster than
/// `XMLParser` on the millions of cells a large sheet holds; the small parts use `XMLParser`.
struct XMLScanner {
    private var pending: [UInt8] = []

    /// Scans `chunk` after what an earlier call left unfinished; `final` for the last chunk.
    /// - Throws: what `events` throws, or `XMLScanError` when the input ends inside a tag.
    mutating func feed<Events: XMLEvents>(_ chunk: UnsafeRawBufferPointer, final: Bool, to events: inout Events) throws {
        pending.append(contentsOf: chunk)
        let used = try pending.withUnsafeBufferPointer { try Self.scan($0, final: final, to: &events) }
        if used == pending.count {
            pending.removeAll(keepingCapacity: true)
        } else {
            pending.removeSubrange(0..<used)
        }
        if final && !pending.isEmpty { throw XMLScanError(reason: "the XML ends inside a tag") }
    }

    /// Scans complete tokens of `p`; returns how many bytes were used.
    private static func scan<Events: XMLEvents>(_ p: UnsafeBufferPointer<UInt8>, final: Bool, to events: inout Events) throws -> Int {
        let n = p.count
        var i = 0
        while i < n {
            if p[i] != lt {
                var j = i
                while j < n && p[j] != lt { j += 1 }
                if j == n && !final { return i }
                try events.text(UnsafeBufferPointer(rebasing: p[i..<j]), raw: false)
                i = j
                continue
            }
            if i + 1 < n && (p[i + 1] == bang || p[i + 1] == question) {
                guard let (end, inner) = special(p, at: i) else { return i }
                if let inner { try events.text(UnsafeBufferPointer(rebasing: p[inner]), raw: true) }
                i = end
                continue
            }
            var j = i + 1
            var quote: UInt8 = 0
            while j < n {
                let byte = p[j]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == dquote || byte == squote {
                    quote = byte
                } else if byte == gt {
                    break
                }
                j += 1
            }
            if j == n { return i }
            if i + 1 < j && p[i + 1] == slash {
                try events.end(localName(p, from: i + 2, to: j))
            } else {
                let closed = p[j - 1] == slash
                let tagEnd = closed ? j - 1 : j
                var nameEnd = i + 1
                while nameEnd < tagEnd && !isSpace(p[nameEnd]) { nameEnd += 1 }
                try events.start(localName(p, from: i + 1, to: nameEnd), attributes: UnsafeBufferPointer(rebasing: p[nameEnd..<tagEnd]),
                                 closed: closed)
            }
            i = j + 1
        }
        return i
    }

    /// A comment, CDATA section, processing instruction or declaration at `i`: where it ends and,
    /// for CDATA, its text; nil when it is not complete yet.
    private static func special(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (end: Int, inner: Range<Int>?)? {
        if starts(p, at: i, with: cdataStart) {
            guard let close = find(p, cdataEnd, from: i + cdataStart.count) else { return nil }
            return (close + cdataEnd.count, (i + cdataStart.count)..<close)
        }
        let terminator = starts(p, at: i, with: commentStart) ? commentEnd : [gt]
        guard let close = find(p, terminator, from: i + 2) else { return nil }
        return (close + terminator.count, nil)
    }

    /// The value of attribute `name` (matched on its local name) in a start tag's attribute bytes,
    /// still escaped; nil when absent.
    static func attribute(_ name: StaticString, in attributes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var found: UnsafeBufferPointer<UInt8>?
        forEachAttribute(in: attributes) { local, value in
            if found == nil && equal(local, name) { found = value }
        }
        return found
    }

    /// Calls `body` with each attribute of a start tag's attribute bytes: its local name and its
    /// value, still escaped.
    @inline(__always)
    static func forEachAttribute(in attributes: UnsafeBufferPointer<UInt8>,
                                 _ body: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void) {
        let n = attributes.count
        var i = 0
        while i < n {
            while i < n && isSpace(attributes[i]) { i += 1 }
            let nameStart = i
            while i < n && attributes[i] != equals && !isSpace(attributes[i]) { i += 1 }
            let nameEnd = i
            while i < n && attributes[i] != dquote && attributes[i] != squote { i += 1 }
            guard i < n else { return }
            let quote = attributes[i]
            let valueStart = i + 1
            i = valueStart
            while i < n && attributes[i] != quote { i += 1 }
            body(localName(attributes, from: nameStart, to: nameEnd), UnsafeBufferPointer(rebasing: attributes[valueStart..<min(i, n)]))
            i += 1
        }
    }

    /// Whether `bytes` spell `name`.
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        let expected = name.utf8Start
        for index in 0..<bytes.count where bytes[index] != expected[index] { return false }
        return true
    }

    private static func localName(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UnsafeBufferPointer<UInt8> {
        var end = end
        while end > start && isSpace(p[end - 1]) { end -= 1 }
        var begin = start
        for index in start..<end where p[index] == colon { begin = index + 1 }
        return UnsafeBufferPointer(rebasing: p[begin..<end])
    }

    private static func starts(_ p: UnsafeBufferPointer<UInt8>, at i: Int, with prefix: [UInt8]) -> Bool {
        guard i + prefix.count <= p.count else { return false }
        for (offset, byte) in prefix.enumerated() where p[i + offset] != byte { return false }
        return true
    }

    private static func find(_ p: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= p.count {
            if starts(p, at: i, with: needle) { return i }
            i += 1
        }
        return nil
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), bang = UInt8(ascii: "!")
    private static let question = UInt8(ascii: "?"), dquote = UInt8(ascii: "\""), squote = UInt8(ascii: "'")
    private static let equals = UInt8(ascii: "="), colon = UInt8(ascii: ":")
    private static let cdataStart = Array("<![CDATA[".utf8), cdataEnd = Array("]]>".utf8)
    private static let commentStart = Array("<!--".utf8), commentEnd = Array("-->".utf8)
}

/// XML that ends in the middle of a tag.
struct XMLScanError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
