import Foundation

/// Parsing of single field values shared by every way data comes in (CSV files, web forms).
public enum FieldParsing {
    /// Whether a cell means "missing": empty, or `NA` (any case). Surrounding spaces are ignored.
    public static func isMissing(_ raw: some StringProtocol) -> Bool {
        var text = String(raw)
        return text.withUTF8 { isMissing(utf8: $0) }
    }

    /// `isMissing` for a cell given as UTF-8 bytes (importers read fields as bytes).
    public static func isMissing(utf8 raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = trimmed(utf8: raw)
        guard text.count == 2 else { return text.isEmpty }
        return text[0] | 0x20 == UInt8(ascii: "n") && text[1] | 0x20 == UInt8(ascii: "a")
    }

    /// A whole number, allowing a zero fraction (`4.0`) as statistics packages write it.
    /// Surrounding spaces are ignored.
    public static func wholeNumber(_ raw: some StringProtocol) -> Result<Int, FieldProblem> {
        var text = String(raw)
        return text.withUTF8 { wholeNumber(utf8: $0) }
    }

    /// `wholeNumber` for a cell given as UTF-8 bytes.
    public static func wholeNumber(utf8 raw: UnsafeBufferPointer<UInt8>) -> Result<Int, FieldProblem> {
        var text = trimmed(utf8: raw)
        if let dot = text.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) {
            guard text[(dot + 1)...].allSatisfy({ $0 == UInt8(ascii: "0") }) else { return .failure(.notAWholeNumber(string(raw))) }
            text = UnsafeBufferPointer(rebasing: text[..<dot])
        }
        let negative = text.first == UInt8(ascii: "-")
        let digits = negative || text.first == UInt8(ascii: "+") ? UnsafeBufferPointer(rebasing: text.dropFirst()) : text
        guard !digits.isEmpty, digits.count <= 18 else { return .failure(.notAWholeNumber(string(raw))) }
        var value = 0
        for byte in digits {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return .failure(.notAWholeNumber(string(raw))) }
            value = value * 10 + Int(digit)
        }
        return .success(negative ? -value : value)
    }

    /// A number ≥ 0 with `.` or `,` as decimal mark (e.g. hours: `1,5`).
    public static func nonNegativeDecimal(_ raw: some StringProtocol) -> Result<Double, FieldProblem> {
        let text = trimmed(raw).replacingOccurrences(",", with: ".")
        if text.hasPrefix("-"), case .success = nonNegativeDecimal(text.dropFirst()) { return .failure(.negative(String(raw))) }
        let isPlain = !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && text.filter { $0 == "." }.count <= 1
        guard isPlain, text != ".", let value = Double(text), value.isFinite else { return .failure(.notANumber(String(raw))) }
        return .success(value)
    }

    /// A calendar date `YYYY-MM-DD` (years 1900–2199).
    public static func date(_ raw: some StringProtocol) -> Result<String, FieldProblem> {
        var text = trimmed(raw)
        let valid = text.withUTF8 { isDate(utf8: $0) }
        return valid ? .success(text) : .failure(.invalidDate(String(raw)))
    }

    /// `date` for a cell given as UTF-8 bytes: the trimmed bytes when they are a valid date.
    public static func date(utf8 raw: UnsafeBufferPointer<UInt8>) -> Result<UnsafeBufferPointer<UInt8>, FieldProblem> {
        let text = trimmed(utf8: raw)
        return isDate(utf8: text) ? .success(text) : .failure(.invalidDate(string(raw)))
    }

    /// Whether `text` (already trimmed) is `YYYY-MM-DD`, a real day of the years 1900–2199.
    static func isDate(utf8 text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count == 10, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = text[i] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1900...2199).contains(year), (1...12).contains(month) else { return false }
        return (1...daysIn(month: month, year: year)).contains(day)
    }

    /// A free label (respondent id, meting, name): trimmed, in Unicode NFC (so "josé" typed with a
    /// combining accent is the same label as "josé" typed as one character), 1…`maximum` Unicode scalars
    /// (as SQLite counts), and nothing invisible or blank-looking (`hasHiddenCharacters`): two labels
    /// that look the same must be the same.
    public static func label(_ raw: some StringProtocol, maximum: Int) -> Result<String, FieldProblem> {
        let text = trimmed(raw)
        guard !text.isEmpty else { return .failure(.missing) }
        if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) {
            return text.utf8.count <= maximum ? .success(text) : .failure(.tooLong(maximum: maximum))
        }
        guard !hasHiddenCharacters(text) else { return .failure(.controlCharacters) }
        let normalised = text.precomposedStringWithCanonicalMapping
        guard normalised.unicodeScalars.count <= maximum else { return .failure(.tooLong(maximum: maximum)) }
        return .success(normalised)
    }

    /// Whether `text` holds a character that cannot be seen or that looks like a plain space
    /// without being one: control and format characters (zero-width space, direction marks, soft
    /// hyphen), spaces other than U+0020 (no-break space, ideographic space), line and paragraph
    /// separators, default-ignorable letters (Hangul fillers such as U+3164) and the blank braille
    /// pattern U+2800. Joiners, tags and variation selectors inside an emoji sequence (👩‍👩‍👧, 🏴󠁧󠁢󠁥󠁮󠁧󠁿, ❤️)
    /// belong to a visible character and are allowed.
    public static func hasHiddenCharacters(_ text: String) -> Bool {
        func isTag(_ scalar: Unicode.Scalar) -> Bool { (0xE0020...0xE007F).contains(scalar.value) }
        func followsEmoji(_ previous: Unicode.Scalar?) -> Bool {
            guard let previous else { return false }
            return previous.properties.isEmoji || isTag(previous)
        }
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator:
                return true
            case .spaceSeparator:
                if scalar != " " { return true }
            case .format:
                guard scalar == "\u{200D}" || isTag(scalar), let previous,
                      (previous.value > 0x7F && previous.properties.isEmoji) || isTag(previous) else { return true }
            default:
                if scalar == "\u{2800}" { return true }
                if properties.isDefaultIgnorableCodePoint {
                    // Variation selectors (U+FE0E, U+FE0F) choose how an emoji is drawn.
                    guard (0xFE00...0xFE0F).contains(scalar.value), followsEmoji(previous) else { return true }
                }
            }
        }
        return false
    }

    /// `label` for a cell given as UTF-8 bytes. Printable ASCII (nearly every id) is checked on the
    /// bytes themselves; other text goes through `label(_:maximum:)`.
    public static func label(utf8 raw: UnsafeBufferPointer<UInt8>, maximum: Int) -> Result<CellText, FieldProblem> {
        let text = trimmed(utf8: raw)
        if !text.isEmpty && text.allSatisfy({ (0x20..<0x7F).contains($0) }) {
            // Printable ASCII: one Unicode scalar per byte, already in NFC.
            return text.count <= maximum ? .success(.asWritten(text)) : .failure(.tooLong(maximum: maximum))
        }
        return label(string(text), maximum: maximum).map { .rewritten($0) }
    }

    /// A text people wrote (an answer label, a question as a column header) in the form texts are
    /// compared in: without surrounding white space, in lower case, runs of white space as one space.
    public static func comparable(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The bytes without surrounding spaces and tabs.
    public static func trimmed(utf8 raw: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = raw.count
        while start < end && (raw[start] == UInt8(ascii: " ") || raw[start] == UInt8(ascii: "\t")) { start += 1 }
        while end > start && (raw[end - 1] == UInt8(ascii: " ") || raw[end - 1] == UInt8(ascii: "\t")) { end -= 1 }
        return UnsafeBufferPointer(rebasing: raw[start..<end])
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The text without surrounding spaces and tabs.
    public static func trimmed(_ raw: some StringProtocol) -> String {
        let text = String(raw)
        var bytes = text.utf8[...]
        trim(&bytes)
        return bytes.count == text.utf8.count ? text : String(Substring(bytes))
    }

    private static func trim(_ bytes: inout Substring.UTF8View) {
        let isBlank = { (b: UInt8) in b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }
        while let first = bytes.first, isBlank(first) { bytes.removeFirst() }
        while let last = bytes.last, isBlank(last) { bytes.removeLast() }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

private extension String {
    func replacingOccurrences(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}

/// A valid value read from a cell's bytes, in the form it is stored in: the (trimmed) bytes
/// themselves where they already are that form (a printable ASCII label, an ISO date), else the
/// text they stand for (a label in NFC, a day-first date as `YYYY-MM-DD`).
public enum CellText {
    case asWritten(UnsafeBufferPointer<UInt8>)
    case rewritten(String)

    /// The stored form as text.
    @inlinable public var string: String {
        switch self {
        case .asWritten(let bytes): String(decoding: bytes, as: UTF8.self)
        case .rewritten(let text): text
        }
    }

    /// Calls `body` with the stored form's UTF-8 bytes.
    @inlinable public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch self {
        case .asWritten(let bytes): return try body(bytes)
        case .rewritten(var text): return try text.withUTF8(body)
        }
    }
}
