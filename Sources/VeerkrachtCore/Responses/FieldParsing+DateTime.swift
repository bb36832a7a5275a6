extension FieldParsing {
    /// The date of a response: a date `YYYY-MM-DD`; a date-time as survey tools record one
    /// (`2025-04-25T10:17:30.000+01:00`, `2025-04-25 10:17:30`), of which the date is kept as
    /// written: the day as the device recorded it, whatever its time zone; or a date as a Dutch
    /// Excel writes it, day first (`25-4-2025`, `25-04-2025 10:17`).
    public static func datum(_ raw: some StringProtocol) -> Result<String, FieldProblem> {
        var text = String(raw)
        return text.withUTF8 { bytes in datum(utf8: bytes).map(\.string) }
    }

    /// `datum` for a cell given as UTF-8 bytes: the bytes of the date, or the ISO date a day-first
    /// date stands for.
    public static func datum(utf8 raw: UnsafeBufferPointer<UInt8>) -> Result<CellText, FieldProblem> {
        let text = trimmed(utf8: raw)
        if text.count == 10, isDate(utf8: text) { return .success(.asWritten(text)) }
        if text.count > 10, isDate(utf8: UnsafeBufferPointer(rebasing: text[..<10])), isTime(UnsafeBufferPointer(rebasing: text[10...])) {
            return .success(.asWritten(UnsafeBufferPointer(rebasing: text[..<10])))
        }
        if let date = dayFirstDate(text) { return .success(.rewritten(date)) }
        return .failure(.invalidDate(string(raw)))
    }

    /// `d-m-yyyy` (day and month of one or two digits), optionally followed by a time, as the
    /// `YYYY-MM-DD` it stands for when that is a valid date.
    private static func dayFirstDate(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        var position = 0
        func number(digits: ClosedRange<Int>) -> Int? {
            var value = 0, count = 0
            while position < text.count, case let digit = text[position] &- UInt8(ascii: "0"), digit < 10, count < digits.upperBound {
                value = value * 10 + Int(digit)
                position += 1
                count += 1
            }
            return digits.contains(count) ? value : nil
        }
        func dash() -> Bool {
            guard position < text.count, text[position] == UInt8(ascii: "-") else { return false }
            position += 1
            return true
        }
        guard let day = number(digits: 1...2), dash(), let month = number(digits: 1...2), dash(), let year = number(digits: 4...4),
              position == text.count || isTime(UnsafeBufferPointer(rebasing: text[position...])) else { return nil }
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let date = "\(year)-\(twoDigits(month))-\(twoDigits(day))"
        var bytes = date
        return bytes.withUTF8 { isDate(utf8: $0) } ? date : nil
    }

    /// Whether `text` is `T` or a space, then `hh:mm`, optionally `:ss` and a fraction, optionally
    /// a zone: `Z`, `±hh`, `±hhmm` or `±hh:mm`.
    private static func isTime(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 1
        guard text[0] == UInt8(ascii: "T") || text[0] == UInt8(ascii: " ") else { return false }
        func number(below limit: Int) -> Bool {
            guard position + 2 <= text.count else { return false }
            let tens = text[position] &- UInt8(ascii: "0"), ones = text[position + 1] &- UInt8(ascii: "0")
            position += 2
            return tens < 10 && ones < 10 && Int(tens) * 10 + Int(ones) < limit
        }
        func skip(_ byte: Character) -> Bool {
            guard position < text.count, text[position] == byte.asciiValue! else { return false }
            position += 1
            return true
        }
        guard number(below: 24), skip(":"), number(below: 60) else { return false }
        if skip(":") {
            guard number(below: 61) else { return false }
            if skip(".") || skip(",") {
                let start = position
                while position < text.count, text[position] &- UInt8(ascii: "0") < 10 { position += 1 }
                guard position > start else { return false }
            }
        }
        if skip("Z") { return position == text.count }
        if skip("+") || skip("-") {
            guard number(below: 15) else { return false }
            if position < text.count {
                _ = skip(":")
                guard number(below: 60) else { return false }
            }
        }
        return position == text.count
    }
}
