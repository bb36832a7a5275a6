/// Text from a file, a form or the command line quoted in a message: short, on one line, whatever
/// the file holds (a 200 MB header cell, a value with line breaks).
///
/// ```swift
/// MessageText.excerpt(String(repeating: "x", count: 1_000_000))   // "xxx…x…" (64 characters)
/// MessageText.count(99_992)                                        // "99,992"
/// ```
public enum MessageText {
    /// Quoted names and values are cut to this many characters (a label's maximum, so that a valid
    /// respondent id or meting is always quoted whole).
    public static let maximumQuoted = 64

    /// `text` with control characters written as escapes (`\n`, `\t`, `\u{1B}`) and, when longer
    /// than `maximumQuoted` characters, cut to that length ending in "…".
    public static func excerpt(_ text: some StringProtocol) -> String {
        let head = text.prefix(maximumQuoted + 1)
        let kept = head.count > maximumQuoted ? head.prefix(maximumQuoted - 1) : head
        var result = ""
        for scalar in kept.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                result += scalar.escaped(asASCII: true)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return kept.count < head.count ? result + "…" : result
    }

    /// `text` as `excerpt` gives it, in single quotes: how English messages quote a value.
    public static func quoted(_ text: some StringProtocol) -> String { "'" + excerpt(text) + "'" }

    /// `number` with its thousands separated by commas, as English text writes counts: 99,992.
    public static func count(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (number < 0 ? "-" : "") + grouped
    }
}
