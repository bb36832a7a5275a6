/// The string literals of a Swift source file, found by a small lexer that knows comments,
/// multi-line and raw strings and interpolations (with strings nested inside them).
struct SwiftStringLiteral: Equatable {
    /// The text between the delimiters, with each interpolation written as `\(…)`.
    let text: String
    /// The line the literal starts on (1-based).
    let line: Int
    /// Whether it has an interpolation.
    let interpolates: Bool
    /// Whether a `+` stands right before or after it, or it is the value of a `+=`.
    let concatenated: Bool
    /// Whether it is written right after an `sql:` label.
    let isSQLArgument: Bool

    /// Every literal of `source`, in order (literals inside interpolations after the one around them).
    static func all(in source: String) -> [SwiftStringLiteral] {
        var lexer = Lexer(Array(source.utf8))
        lexer.scanCode(insideInterpolation: false)
        return lexer.literals.sorted { $0.offset < $1.offset }.map(\.literal)
    }
}

private struct Lexer {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var literals: [(offset: Int, literal: SwiftStringLiteral)] = []

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private func byte(_ at: Int) -> UInt8? { at < bytes.count ? bytes[at] : nil }

    /// Code up to the end, or up to the `)` that closes an interpolation.
    mutating func scanCode(insideInterpolation: Bool) {
        var depth = 0
        while let current = byte(index) {
            switch current {
            case UInt8(ascii: "\n"):
                line += 1
                index += 1
            case UInt8(ascii: "/") where byte(index + 1) == UInt8(ascii: "/"):
                while let next = byte(index), next != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "/") where byte(index + 1) == UInt8(ascii: "*"):
                skipBlockComment()
            case UInt8(ascii: "("):
                depth += 1
                index += 1
            case UInt8(ascii: ")"):
                index += 1
                if insideInterpolation && depth == 0 { return }
                depth -= 1
            case UInt8(ascii: "#"), UInt8(ascii: "\""):
                var hashes = 0
                while byte(index + hashes) == UInt8(ascii: "#") { hashes += 1 }
                if byte(index + hashes) == UInt8(ascii: "\"") { scanLiteral(hashes: hashes) } else { index += max(hashes, 1) }
            default:
                index += 1
            }
        }
    }

    private mutating func skipBlockComment() {
        var depth = 0
        repeat {
            if byte(index) == UInt8(ascii: "/") && byte(index + 1) == UInt8(ascii: "*") {
                depth += 1
                index += 2
            } else if byte(index) == UInt8(ascii: "*") && byte(index + 1) == UInt8(ascii: "/") {
                depth -= 1
                index += 2
            } else {
                if byte(index) == UInt8(ascii: "\n") { line += 1 }
                index += 1
            }
        } while depth > 0 && index < bytes.count
    }

    /// A literal starting at `index` with `hashes` `#`s before its quote.
    private mutating func scanLiteral(hashes: Int) {
        let start = index, startLine = line
        let quote = UInt8(ascii: "\"")
        index += hashes
        let multiLine = byte(index + 1) == quote && byte(index + 2) == quote
        let quotes = multiLine ? 3 : 1
        index += quotes
        var text: [UInt8] = []
        var interpolates = false
        while let current = byte(index) {
            if current == quote && (0..<quotes).allSatisfy({ byte(index + $0) == quote })
                && (0..<hashes).allSatisfy({ byte(index + quotes + $0) == UInt8(ascii: "#") }) {
                index += quotes + hashes
                break
            }
            if current == UInt8(ascii: "\\") && (0..<hashes).allSatisfy({ byte(index + 1 + $0) == UInt8(ascii: "#") }) {
                let escaped = index + 1 + hashes
                if byte(escaped) == UInt8(ascii: "(") {
                    interpolates = true
                    text += Array("\\(…)".utf8)
                    index = escaped + 1
                    scanCode(insideInterpolation: true)
                } else {
                    text += [current] + (byte(escaped).map { [$0] } ?? [])
                    index = escaped + 1
                }
                continue
            }
            if current == UInt8(ascii: "\n") { line += 1 }
            text.append(current)
            index += 1
        }
        let before = previousCode(before: start)
        let after = bytes[index...].first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\n") }
        literals.append((start, SwiftStringLiteral(
            text: String(decoding: text, as: UTF8.self), line: startLine, interpolates: interpolates,
            concatenated: before.hasSuffix("+") || before.hasSuffix("+=") || after == UInt8(ascii: "+"),
            isSQLArgument: before.hasSuffix("sql:"))))
    }

    /// The few characters of code before `position`, without the spaces and line breaks in between.
    private func previousCode(before position: Int) -> String {
        var end = position
        while end > 0, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n")].contains(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[max(0, end - 4)..<end], as: UTF8.self)
    }
}
