import Foundation

/// A small JSON parser for GeoJSON: bounded nesting and positions, `coordinates` read straight
/// into points (see `GeoJSONValue`), and the tokens `NaN` and `Infinity` (which Python's `json`
/// writes) accepted as numbers so that the reader can name the coordinate instead of the syntax.
struct GeoJSONParser {
    /// A syntax error: what was found and the byte offset.
    struct SyntaxError: Error {
        let problem: String
        let offset: Int
    }

    /// More positions than `maximumPositions`.
    struct TooManyPositions: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var positions = 0
    private let maximumPositions: Int
    private static let maximumDepth = 64

    /// Parses the whole buffer as one JSON value.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maximumPositions: Int) throws -> GeoJSONValue {
        var parser = GeoJSONParser(bytes: bytes, maximumPositions: maximumPositions)
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.offset = 3 }
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.offset == bytes.count else { throw parser.unexpected() }
        return value
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, maximumPositions: Int) {
        self.bytes = bytes
        self.maximumPositions = maximumPositions
    }

    private mutating func value(depth: Int) throws -> GeoJSONValue {
        guard depth < Self.maximumDepth else { throw SyntaxError(problem: "nested more than \(Self.maximumDepth) levels deep", offset: offset) }
        skipSpace()
        guard let byte = peek() else { throw SyntaxError(problem: "the file ends early", offset: offset) }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["):
            offset += 1
            var elements: [GeoJSONValue] = []
            if try closes(UInt8(ascii: "]")) { return .array(elements) }
            repeat { elements.append(try value(depth: depth + 1)) } while try separated(close: UInt8(ascii: "]"))
            return .array(elements)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try word("true"); return .bool(true)
        case UInt8(ascii: "f"): try word("false"); return .bool(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func object(depth: Int) throws -> GeoJSONValue {
        offset += 1
        var members: [String: GeoJSONValue] = [:]
        if try closes(UInt8(ascii: "}")) { return .object(members) }
        repeat {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else { throw unexpected(expecting: "a member name in quotes") }
            let key = try string()
            skipSpace()
            guard peek() == UInt8(ascii: ":") else { throw unexpected(expecting: "':'") }
            offset += 1
            skipSpace()
            members[key] = key == "coordinates" && peek() == UInt8(ascii: "[")
                ? .coordinates(try coordinates(depth: depth + 1)) : try value(depth: depth + 1)
        } while try separated(close: UInt8(ascii: "}"))
        return .object(members)
    }

    /// An array of coordinates: a position, a ring (an array of positions) or an array of those.
    private mutating func coordinates(depth: Int) throws -> GeoJSONValue.Coordinates {
        guard depth < Self.maximumDepth else { throw SyntaxError(problem: "nested more than \(Self.maximumDepth) levels deep", offset: offset) }
        let start = offset
        offset += 1
        skipSpace()
        if let byte = peek(), startsNumber(byte) {
            offset = start
            return .position(try position())
        }
        if peek() == UInt8(ascii: "[") {
            let inner = offset
            offset += 1
            skipSpace()
            let isRing = peek().map(startsNumber) ?? false
            offset = inner
            if isRing {
                var ring: [WijkMap.Point] = []
                repeat {
                    skipSpace()
                    guard peek() == UInt8(ascii: "[") else { throw unexpected(expecting: "a position") }
                    ring.append(try position())
                } while try separated(close: UInt8(ascii: "]"))
                return .ring(ring)
            }
        }
        var list: [GeoJSONValue.Coordinates] = []
        if try closes(UInt8(ascii: "]")) { return .list(list) }
        repeat {
            skipSpace()
            guard peek() == UInt8(ascii: "[") else { throw unexpected(expecting: "an array of coordinates") }
            list.append(try coordinates(depth: depth + 1))
        } while try separated(close: UInt8(ascii: "]"))
        return .list(list)
    }

    /// `[x, y]` or `[x, y, z…]` (further numbers, such as a height, are read and ignored).
    private mutating func position() throws -> WijkMap.Point {
        positions += 1
        guard positions <= maximumPositions else { throw TooManyPositions() }
        offset += 1
        var values: (Double, Double) = (0, 0)
        var count = 0
        repeat {
            skipSpace()
            let number = try number()
            if count == 0 { values.0 = number } else if count == 1 { values.1 = number }
            count += 1
        } while try separated(close: UInt8(ascii: "]"))
        guard count >= 2 else { throw SyntaxError(problem: "a position with \(count) number instead of 2", offset: offset - 1) }
        return WijkMap.Point(x: values.0, y: values.1)
    }

    /// After an element: true after a comma (another element follows), false after `close`.
    private mutating func separated(close: UInt8) throws -> Bool {
        skipSpace()
        switch peek() {
        case UInt8(ascii: ","): offset += 1; return true
        case close: offset += 1; return false
        default: throw unexpected(expecting: "',' or '\(Character(Unicode.Scalar(close)))'")
        }
    }

    /// Consumes `close` if it comes next (an empty array or object).
    private mutating func closes(_ close: UInt8) throws -> Bool {
        skipSpace()
        guard peek() == close else { return false }
        offset += 1
        return true
    }

    private func startsNumber(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "N")
            || byte == UInt8(ascii: "I")
    }

    /// A JSON number, or NaN, Infinity or -Infinity. Up to 19 significant digits and a power of
    /// ten up to 22 are exact in a double (Clinger's fast path: one correctly rounded operation);
    /// any other number is read by `strtod`.
    private mutating func number() throws -> Double {
        let start = offset
        let negative = peek() == UInt8(ascii: "-")
        if negative { offset += 1 }
        if let byte = peek(), byte == UInt8(ascii: "N") || byte == UInt8(ascii: "I") {
            let (token, value) = byte == UInt8(ascii: "N") ? ("NaN", Double.nan) : ("Infinity", Double.infinity)
            guard matches(token) else { throw unexpected(expecting: "a value") }
            offset += token.utf8.count
            return negative ? -value : value
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var scale = 0
        let integerStart = offset
        while let byte = peek(), byte &- UInt8(ascii: "0") < 10 {
            if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0")) } else { scale += 1 }
            if mantissa > 0 { digits += 1 }
            offset += 1
        }
        guard offset > integerStart else { throw unexpected(expecting: "a value") }
        if bytes[integerStart] == UInt8(ascii: "0") && offset - integerStart > 1 { throw SyntaxError(problem: "a number with a leading zero", offset: start) }
        if peek() == UInt8(ascii: ".") {
            offset += 1
            let fraction = offset
            while let byte = peek(), byte &- UInt8(ascii: "0") < 10 {
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                    scale -= 1
                    if mantissa > 0 { digits += 1 }
                }
                offset += 1
            }
            guard offset > fraction else { throw unexpected(expecting: "a digit") }
        }
        var exact = digits < 19 || mantissa == 0
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            offset += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { offset += 1 }
            let exponent = offset
            skipDigits()
            guard offset > exponent else { throw unexpected(expecting: "a digit") }
            exact = false
        }
        guard exact, mantissa < 1 << 53, abs(scale) <= 22 else { return decimal(start..<offset) }
        let magnitude = scale < 0 ? Double(mantissa) / Self.powersOfTen[-scale] : Double(mantissa) * Self.powersOfTen[scale]
        return negative ? -magnitude : magnitude
    }

    /// 10⁰ … 10²², each exact in a double.
    private static let powersOfTen: [Double] = (0...22).map { power in (0..<power).reduce(1.0) { value, _ in value * 10 } }

    /// The value of the validated JSON number in `range`, read by `strtod` from a copy that ends
    /// in a NUL byte.
    private func decimal(_ range: Range<Int>) -> Double {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: range.count + 1) { buffer in
            for (i, byte) in bytes[range].enumerated() { buffer[i] = CChar(bitPattern: byte) }
            buffer[range.count] = 0
            return strtod(buffer.baseAddress!, nil)
        }
    }

    private mutating func skipDigits() {
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
    }

    /// A string in quotes, its escapes resolved.
    private mutating func string() throws -> String {
        let start = offset
        offset += 1
        var plain = offset
        var text = ""
        while true {
            guard let byte = peek() else { throw SyntaxError(problem: "a string that never ends", offset: start) }
            switch byte {
            case UInt8(ascii: "\""):
                text += String(decoding: UnsafeBufferPointer(rebasing: bytes[plain..<offset]), as: UTF8.self)
                offset += 1
                return text
            case UInt8(ascii: "\\"):
                text += String(decoding: UnsafeBufferPointer(rebasing: bytes[plain..<offset]), as: UTF8.self)
                offset += 1
                text.unicodeScalars.append(try escape())
                plain = offset
            case 0..<0x20:
                throw SyntaxError(problem: "a control character in a string", offset: offset)
            default:
                offset += 1
            }
        }
    }

    /// The character of an escape after its backslash.
    private mutating func escape() throws -> Unicode.Scalar {
        guard let byte = peek() else { throw SyntaxError(problem: "the file ends early", offset: offset) }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(byte)
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hex()
            if (0xD800..<0xDC00).contains(unit), matches("\\u") {
                offset += 2
                let low = try hex()
                if (0xDC00..<0xE000).contains(low), let scalar = Unicode.Scalar(0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00)) {
                    return scalar
                }
            }
            return Unicode.Scalar(unit) ?? "\u{FFFD}"
        default:
            throw SyntaxError(problem: "an unknown escape '\\\(Character(Unicode.Scalar(byte)))'", offset: offset - 2)
        }
    }

    private mutating func hex() throws -> UInt32 {
        guard offset + 4 <= bytes.count, let value = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + 4]), as: UTF8.self), radix: 16)
        else { throw SyntaxError(problem: "an escape \\u without four hexadecimal digits", offset: offset) }
        offset += 4
        return value
    }

    private mutating func word(_ token: String) throws {
        guard matches(token) else { throw unexpected(expecting: "a value") }
        offset += token.utf8.count
    }

    private func matches(_ token: String) -> Bool {
        let count = token.utf8.count
        return offset + count <= bytes.count && bytes[offset..<offset + count].elementsEqual(token.utf8)
    }

    private func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
    }

    private func unexpected(expecting expected: String? = nil) -> SyntaxError {
        let found: String
        if let byte = peek() {
            found = (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + String(byte, radix: 16, uppercase: true)
        } else {
            found = "the end of the file"
        }
        return SyntaxError(problem: "unexpected \(found)" + (expected.map { ", expected \($0)" } ?? ""), offset: offset)
    }
}
