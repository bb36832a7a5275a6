/// Numbers for people: rounded for display with a Dutch decimal comma (`6,4`), thousands with a dot.
public enum DutchNumber {
    /// `value` rounded to `decimals` places with a decimal comma, e.g. 6.44 → "6,4".
    public static func format(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(value) * scale).rounded() / scale
        let negative = value < 0 && rounded != 0
        let whole = Int(rounded)
        var text = (negative ? "−" : "") + grouped(whole)
        if decimals > 0 {
            let fraction = Int(((rounded - Double(whole)) * scale).rounded())
            let digits = String(fraction)
            text += "," + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }

    /// A whole number with a dot between thousands, e.g. 12345 → "12.345".
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result += "." }
            result.append(character)
        }
        return (value < 0 ? "−" : "") + result
    }
}
