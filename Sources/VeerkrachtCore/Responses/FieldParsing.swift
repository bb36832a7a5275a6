/// Parsing of single field values shared by every way data comes in (CSV files, web forms).
public enum FieldParsing {
    /// Whether a cell means "missing": empty, or `NA` (any case). Surrounding spaces are ignored.
    public static func isMissing(_ raw: some StringProtocol) -> Bool {
        var text = String(raw).utf8[...]
        trim(&text)
        guard text.count == 2 else { return text.isEmpty }
        return text.first! | 0x20 == UInt8(ascii: "n") && text.last! | 0x20 == UInt8(ascii: "a")
    }

    /// A whole number, allowing a zero fraction (`4.0`) as statistics packages write it.
    /// Surrounding spaces are ignored.
    public static func wholeNumber(_ raw: some StringProtocol) -> Result<Int, FieldProblem> {
        var text = String(raw).utf8[...]
        trim(&text)
        if let dot = text.firstIndex(of: UInt8(ascii: ".")) {
            guard text[text.index(after: dot)...].allSatisfy({ $0 == UInt8(ascii: "0") }) else { return .failure(.notAWholeNumber(String(raw))) }
            text = text[..<dot]
        }
        let negative = text.first == UInt8(ascii: "-")
        let digits = negative || text.first == UInt8(ascii: "+") ? text.dropFirst() : text
        guard !digits.isEmpty, digits.count <= 18 else { return .failure(.notAWholeNumber(String(raw))) }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return .failure(.notAWholeNumber(String(raw))) }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
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
        let text = trimmed(raw)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1900...2199).contains(year), (1...12).contains(month),
              (1...daysIn(month: month, year: year)).contains(day)
        else { return .failure(.invalidDate(String(raw))) }
        return .success(text)
    }

    /// A free label (respondent id, meting, name): trimmed, 1…`maximum` Unicode scalars (as SQLite counts), no control characters.
    public static func label(_ raw: some StringProtocol, maximum: Int) -> Result<String, FieldProblem> {
        let text = trimmed(raw)
        guard !text.isEmpty else { return .failure(.missing) }
        guard text.unicodeScalars.count <= maximum else { return .failure(.tooLong(maximum: maximum)) }
        let plainASCII = text.utf8.allSatisfy { (0x20..<0x7F).contains($0) }
        guard plainASCII || !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return .failure(.controlCharacters)
        }
        return .success(text)
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
