/// Text as a workbook stores it, decoded: XML's character references (`&amp;`, `&#233;`,
/// `&#xE9;`) and Office Open XML's `_xHHHH_` escape for characters XML cannot hold (the reverse
/// of `XMLText`, so `_x005F_x0001_` reads as the literal `_x0001_`).
enum XMLTextDecoding {
    /// Appends a text run of the scanner: as it is when `raw` (a CDATA section), else unescaped.
    static func append(_ text: UnsafeBufferPointer<UInt8>, raw: Bool, to bytes: inout [UInt8]) {
        if raw {
            bytes.append(contentsOf: text)
        } else {
            appendUnescaped(text, to: &bytes)
        }
    }

    /// Appends `text` with its character references resolved; an unknown reference is kept as it is.
    static func appendUnescaped(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        guard text.contains(amp) else {
            bytes.append(contentsOf: text)
            return
        }
        var i = 0
        while i < text.count {
            let byte = text[i]
            guard byte == amp, let semicolon = text[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")),
                  let scalar = reference(UnsafeBufferPointer(rebasing: text[(i + 1)..<semicolon])) else {
                bytes.append(byte)
                i += 1
                continue
            }
            bytes.append(contentsOf: String(Character(scalar)).utf8)
            i = semicolon + 1
        }
    }

    /// The string of `bytes` (UTF-8) with every `_xHHHH_` escape replaced by its character.
    static func string(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(UInt8(ascii: "_")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)...(i + 5)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                result.append(scalar)
                i += 7
            } else {
                result.append(scalars[i])
                i += 1
            }
        }
        return String(result)
    }

    private static func reference(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        let text = String(decoding: name, as: UTF8.self)
        switch text {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard text.hasPrefix("#") else { return nil }
            let number = text.dropFirst()
            let value = number.hasPrefix("x") || number.hasPrefix("X") ? UInt32(number.dropFirst(), radix: 16) : UInt32(number)
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    private static let amp = UInt8(ascii: "&")
}
