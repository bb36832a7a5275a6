extension FieldParsing {
    /// The date of a response: a date `YYYY-MM-DD`, or a date-time as survey tools record one
    /// (`2025-04-25T10:17:30.000+01:00`, `2025-04-25 10:17:30`), of which the date is kept as
    /// written: the day as the device recorded it, whatever its time zone.
    public static func datum(_ raw: some StringProtocol) -> Result<String, FieldProblem> {
        var text = String(raw)
        return text.withUTF8 { bytes in datum(utf8: bytes).map { string($0) } }
    }

    /// `datum` for a cell given as UTF-8 bytes: the bytes of the date.
    public static func datum(utf8 raw: UnsafeBufferPointer<UInt8>) -> Result<UnsafeBufferPointer<UInt8>, FieldProblem> {
        let text = trimmed(utf8: raw)
        guard text.count > 10 else { return date(utf8: raw) }
        let day = UnsafeBufferPointer(rebasing: text[..<10])
        guard isDate(utf8: day), isTime(UnsafeBufferPointer(rebasing: text[10...])) else { return .failure(.invalidDate(string(raw))) }
        return .success(day)
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
