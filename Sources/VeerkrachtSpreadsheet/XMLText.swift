/// Text as Office Open XML stores it in an element: `&`, `<`, `>` and `"` escaped, and characters
/// that XML 1.0 cannot hold (control characters other than tab, LF and CR) written as the
/// format's `_xHHHH_` escape, so that a literal `_xHHHH_` in the text is itself escaped
/// (`_x005F_xHHHH_`) and reads back unchanged.
enum XMLText {
    static func append(_ text: String, to bytes: inout [UInt8]) {
        if text.utf8.allSatisfy(isPlain) {
            bytes.append(contentsOf: text.utf8)
            return
        }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": bytes.append(contentsOf: "&amp;".utf8)
            case "<": bytes.append(contentsOf: "&lt;".utf8)
            case ">": bytes.append(contentsOf: "&gt;".utf8)
            case "\"": bytes.append(contentsOf: "&quot;".utf8)
            case "_" where startsEscape(scalars, at: index): bytes.append(contentsOf: "_x005F_".utf8)
            case _ where !isAllowed(scalar): bytes.append(contentsOf: escaped(scalar.value).utf8)
            default: bytes.append(contentsOf: String(scalar).utf8)
            }
        }
    }

    /// Whether `byte` is written as it is in every context (0xEF may start U+FFFE or U+FFFF).
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "_"), 0xEF: false
        case 0x09, 0x0A, 0x0D: true
        default: byte >= 0x20
        }
    }

    /// Whether XML 1.0 allows `scalar` in text.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Whether `_xHHHH_` (four hex digits) starts at `index`.
    private static func startsEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func escaped(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
    }
}
