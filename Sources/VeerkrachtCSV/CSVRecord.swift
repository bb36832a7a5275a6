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

/// One record's fields as raw UTF-8 (quoting removed, `""` unescaped, every field checked to be
/// valid UTF-8): what `CSVReader.nextRow()` returns. Field `i` is `bytes[ends[i - 1]..<ends[i]]`.
public struct CSVRow {
    /// 1-based physical line number where the record starts.
    public let line: Int
    /// The fields' bytes, one after the other (possibly followed by unused bytes).
    @usableFromInline let bytes: [UInt8]
    /// End offset of each field in `bytes`.
    @usableFromInline let ends: [Int]

    /// The number of fields.
    @inlinable public var count: Int { ends.count }

    /// Calls `body` with the fields as buffers into `bytes`, valid only inside `body`.
    /// (Inlinable, like the fields' subscript, because the responses import calls them for every
    /// field: a call across the module boundary cost 1% of its instructions.)
    @inlinable @inline(__always)
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
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    @usableFromInline let ends: UnsafeBufferPointer<Int>

    @usableFromInline init(bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>) {
        self.bytes = bytes
        self.ends = ends
    }

    /// The number of fields.
    @inlinable public var count: Int { ends.count }

    /// The bytes of field `index`.
    @inlinable @inline(__always)
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
