import Foundation

/// Calendar dates (`YYYY-MM-DD`, no time of day) in Dutch words. Text that is not a real date is
/// returned as it is.
///
/// ```swift
/// DutchDate.date("2026-03-01")                     // "1 maart 2026"
/// DutchDate.dateRange("2026-03-01", "2026-05-28")  // "1 maart – 28 mei 2026"
/// ```
public enum DutchDate {
    private static let months = ["januari", "februari", "maart", "april", "mei", "juni",
                                "juli", "augustus", "september", "oktober", "november", "december"]

    /// `2026-03-01` → "1 maart 2026".
    public static func date(_ iso: String) -> String {
        guard let (year, month, day) = parts(iso) else { return iso }
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// Two dates as a span, naming a shared year or month once:
    /// "1 maart – 28 mei 2026", "1 – 28 maart 2026", "28 mei 2025 – 3 maart 2026", "1 maart 2026".
    public static func dateRange(_ first: String, _ last: String) -> String {
        guard let (y1, m1, d1) = parts(first), let (y2, m2, d2) = parts(last) else { return "\(first) – \(last)" }
        if (y1, m1, d1) == (y2, m2, d2) { return date(first) }
        if y1 != y2 { return "\(date(first)) – \(date(last))" }
        if m1 != m2 { return "\(d1) \(months[m1 - 1]) – \(date(last))" }
        return "\(d1) – \(date(last))"
    }

    /// The months of two dates as a span, naming a shared year once: "maart – mei 2026",
    /// "maart 2026", "december 2025 – januari 2026"; `dateRange` where either is not a date.
    public static func monthRange(_ first: String, _ last: String) -> String {
        guard let (y1, m1, _) = parts(first), let (y2, m2, _) = parts(last) else { return dateRange(first, last) }
        if (y1, m1) == (y2, m2) { return "\(months[m1 - 1]) \(y1)" }
        return y1 == y2 ? "\(months[m1 - 1]) – \(months[m2 - 1]) \(y2)" : "\(months[m1 - 1]) \(y1) – \(months[m2 - 1]) \(y2)"
    }

    /// Year, month and day of `YYYY-MM-DD` when it names a real day of the Gregorian calendar.
    private static func parts(_ iso: String) -> (year: Int, month: Int, day: Int)? {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10,
              bytes.indices.allSatisfy({ [4, 7].contains($0) ? bytes[$0] == UInt8(ascii: "-") : (48...57).contains(bytes[$0]) })
        else { return nil }
        func number(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 * 10 + Int($1 - 48) } }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        guard DateComponents(calendar: gregorian, year: year, month: month, day: day).isValidDate else { return nil }
        return (year, month, day)
    }

    private static let gregorian = Calendar(identifier: .gregorian)
}
