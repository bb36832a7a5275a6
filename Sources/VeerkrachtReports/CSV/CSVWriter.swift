/// Builds RFC 4180 CSV text: `,` separated, fields quoted only when they need it, LF line ends.
///
/// Works on UTF-8 bytes: a field is quoted when its bytes hold `,`, `"`, CR or LF, also where a
/// combining mark follows one of them (as one `Character` it would compare unequal to `,`).
public struct CSVWriter {
    private var bytes: [UInt8] = []

    public init(header: [String]) { append(header) }

    /// The CSV written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The number of UTF-8 bytes written so far.
    public var byteCount: Int { bytes.count }

    /// Appends one row; nil fields are written empty.
    public mutating func append(_ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            if let field { Self.escape(field, into: &bytes) }
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Returns the bytes written so far and starts empty (for streaming large files).
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    private static let quote = UInt8(ascii: "\"")

    static func escape(_ field: String, into bytes: inout [UInt8]) {
        let utf8 = field.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(quote)
        for byte in utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
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
