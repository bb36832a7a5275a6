/// A CBS gemeente code: `GM` + 4 digits, e.g. `GM0772` (Eindhoven).
public struct GemeenteCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Validates `^GM\d{4}$`, in any case (`gm0772` is `GM0772`).
    public init?(_ text: some StringProtocol) {
        guard let code = AreaCodeSyntax.code(text, prefix: "GM", digits: 4, rest: 0) else { return nil }
        rawValue = code
    }

    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// A CBS wijk code: `WK` + the gemeente's 4 digits + 2 characters, e.g. `WK077201`.
public struct WijkCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Validates `^WK\d{4}[0-9A-Z]{2}$`, in any case (`wk0772a1` is `WK0772A1`).
    public init?(_ text: some StringProtocol) {
        guard let code = AreaCodeSyntax.code(text, prefix: "WK", digits: 4, rest: 2) else { return nil }
        rawValue = code
    }

    /// The gemeente this wijk lies in: `GM` + the code's first four digits.
    public var gemeente: GemeenteCode { GemeenteCode("GM" + rawValue.dropFirst(2).prefix(4))! }

    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// A CBS buurt code: `BU` + the gemeente's 4 digits + 4 characters, e.g. `BU07720101`.
public struct BuurtCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Validates `^BU\d{4}[0-9A-Z]{4}$`, in any case.
    public init?(_ text: some StringProtocol) {
        guard let code = AreaCodeSyntax.code(text, prefix: "BU", digits: 4, rest: 4) else { return nil }
        rawValue = code
    }

    /// The wijk this buurt lies in: `WK` + the code's first six characters after `BU`.
    public var wijk: WijkCode { WijkCode("WK" + rawValue.dropFirst(2).prefix(6))! }

    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// The level at which figures are aggregated.
public enum AreaLevel: String, Sendable, Hashable, CaseIterable {
    case wijk, gemeente
}

private enum AreaCodeSyntax {
    /// The code in upper case when `text` is `prefix`, then `digits` decimal digits, then `rest`
    /// characters from 0-9 or A-Z, nothing else, ignoring the case of ASCII letters; else nil.
    static func code(_ text: some StringProtocol, prefix: String, digits: Int, rest: Int) -> String? {
        let bytes = text.utf8.map { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) ? $0 - 0x20 : $0 }
        let head = Array(prefix.utf8)
        guard bytes.count == head.count + digits + rest, bytes.starts(with: head) else { return nil }
        let isDigit = { (b: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) }
        let isUpper = { (b: UInt8) in (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) }
        let body = bytes.dropFirst(head.count)
        guard body.prefix(digits).allSatisfy(isDigit) && body.dropFirst(digits).allSatisfy({ isDigit($0) || isUpper($0) }) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
