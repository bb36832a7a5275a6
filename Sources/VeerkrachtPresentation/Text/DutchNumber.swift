/// Numbers for people: rounded for display with a Dutch decimal comma (`6,4`), thousands with a dot.
///
/// Total: every `Double` gives a text, whatever was typed or summed.
/// - Below 10¹² (a million million) in size a number is written in full, every digit right:
///   `1.234.567,8`.
/// - From 10¹² on it is written as a power of ten with two significant digits, `1,0 × 10³⁰`,
///   `−9,2 × 10¹⁸`: no count of people or hours is that large, so such a figure comes from a
///   typing error, and a row of up to 309 digits would break the page it stands on.
/// - Infinity is `∞` or `−∞` (a sum that outgrew every number); NaN is `–` (no figure).
/// - A number that rounds to zero has no minus sign: `−0.04` and `−0.0` are `0,0`.
public enum DutchNumber {
    /// The size from which a number is written as a power of ten.
    static let compactFrom = 1e12

    /// `value` rounded half away from zero to `decimals` places (0–3; others are clamped) with a
    /// decimal comma, e.g. 6.44 → "6,4", 1234.5 → "1.234,5", 1e30 → "1,0 × 10³⁰" (see the type).
    public static func format(_ value: Double, decimals: Int = 1) -> String {
        if value.isNaN { return "–" }
        if value.isInfinite { return value < 0 ? "−∞" : "∞" }
        if value.magnitude >= compactFrom { return powerOfTen(value) }
        let decimals = min(3, max(0, decimals))
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        // Below 10¹² × 10³ < 2⁵³ the scaled value is a whole number that a double and an Int hold exactly.
        let units = Int((value.magnitude * Double(scale)).rounded())
        var text = (value < 0 && units != 0 ? "−" : "") + grouped(units / scale)
        if decimals > 0 {
            let digits = String(units % scale)
            text += "," + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }

    /// A score on 0–10 with one decimal, e.g. "6,4".
    public static func score(_ value: Double) -> String { format(value) }

    /// A difference with its sign, e.g. "+0,5", "−0,2", "0,0".
    public static func signed(_ value: Double) -> String {
        let text = format(value)
        return value > 0 && text != format(0) ? "+" + text : text
    }

    /// A percentage with one decimal, e.g. "14,6%".
    public static func percent(_ value: Double) -> String { format(value) + "%" }

    /// The fewest people a share must rest on to be written as a percentage: of fewer, "8,3%"
    /// suggests a precision that is not there, and the count says it plainly ("1 van 12").
    public static let percentBase = 30

    /// A share (`percent` of `base` people): "14,6%", or of fewer than `percentBase` people the
    /// count, "1 van 12".
    public static func share(_ percent: Double, of base: Int) -> String {
        guard base < percentBase else { return self.percent(percent) }
        return "\(grouped(Int((percent * Double(base) / 100).rounded()))) van \(grouped(base))"
    }

    /// Hours with a decimal comma and no needless zeros, e.g. "1,5", "2", "0,25".
    public static func hours(_ value: Double) -> String {
        var text = format(value, decimals: 2)
        while text.hasSuffix("0") && text.contains(",") { text.removeLast() }
        if text.hasSuffix(",") { text.removeLast() }
        return text
    }

    /// A count with its noun, e.g. "1 activiteit", "1.234 activiteiten".
    public static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(grouped(n)) \(n == 1 ? singular : plural)"
    }

    /// A whole number with a dot between thousands, e.g. 12345 → "12.345", −5 → "−5" (any Int,
    /// `Int.min` included).
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result += "." }
            result.append(character)
        }
        return (value < 0 ? "−" : "") + result
    }

    /// A finite `value` of at least `compactFrom` in size as "m,d × 10ⁿ" with 1 ≤ m,d < 10.
    private static func powerOfTen(_ value: Double) -> String {
        // The shortest text that reads back as the double ("1.7976931348623157e+308",
        // "1000000000000000.0") has exact digits, unlike a division by a power of ten.
        let parts = String(value.magnitude).split(separator: "e")
        let mantissa = parts[0]
        let digits = (mantissa.compactMap(\.wholeNumberValue) + [0, 0]).prefix(3)
        let wholeDigits = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        var exponent = wholeDigits - 1 + (parts.count > 1 ? Int(parts[1]) ?? 0 : 0)
        // Two significant digits, the second rounded half up.
        var leading = digits[0] * 10 + digits[1] + (digits[2] >= 5 ? 1 : 0)
        if leading == 100 {
            leading = 10
            exponent += 1
        }
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let power = String(String(exponent).compactMap { $0.wholeNumberValue.map { superscripts[$0] } })
        return (value < 0 ? "−" : "") + "\(leading / 10),\(leading % 10) × 10" + power
    }
}
