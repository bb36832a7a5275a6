import Foundation

/// Text of failing inputs made readable in messages; the suites add their own rules in extensions.
public enum FuzzText {
    /// Readable in a failure message: control, format and non-ASCII space characters escaped; cut at `limit`.
    public static func escaped(_ text: String, limit: Int = 120) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if out.count >= limit {
                out += "…(\(text.unicodeScalars.count) characters)"
                break
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                let category = scalar.properties.generalCategory
                if [.control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .nonspacingMark, .surrogate,
                    .privateUse, .unassigned].contains(category) && scalar != " " {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return "'" + out + "'"
    }

    /// Bytes as text, with invalid UTF-8 shown as \xNN.
    public static func escaped(bytes: [UInt8], limit: Int = 400) -> String {
        var out = ""
        var index = 0
        let end = min(bytes.count, limit)
        while index < end {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xF0 && lead < 0xF5 ? 4 : 0
            if length > 0, index + length <= bytes.count,
               let scalar = String(validating: bytes[index..<index + length], as: UTF8.self) {
                out += String(escaped(scalar, limit: 20).dropFirst().dropLast())
                index += length
            } else {
                out += "\\x" + (lead < 16 ? "0" : "") + String(lead, radix: 16, uppercase: true)
                index += 1
            }
        }
        return "'" + out + "'" + (bytes.count > limit ? "…(\(bytes.count) bytes)" : "")
    }
}

