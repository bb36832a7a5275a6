import VeerkrachtCore

/// Dates, counts and other small pieces of Dutch text for the HTML reports.
enum DutchText {
    private static let months = ["januari", "februari", "maart", "april", "mei", "juni",
                                 "juli", "augustus", "september", "oktober", "november", "december"]

    /// `2026-03-01` → "1 maart 2026"; text that is not such a date is returned as it is.
    static func date(_ iso: String) -> String {
        guard let (year, month, day) = parts(iso) else { return iso }
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// Two dates as a span, naming a shared year or month once:
    /// "1 maart – 28 mei 2026", "1 – 28 maart 2026", "28 mei 2025 – 3 maart 2026", "1 maart 2026".
    static func dateRange(_ first: String, _ last: String) -> String {
        guard let (y1, m1, d1) = parts(first), let (y2, m2, d2) = parts(last) else { return "\(first) – \(last)" }
        if (y1, m1, d1) == (y2, m2, d2) { return date(first) }
        if y1 != y2 { return "\(date(first)) – \(date(last))" }
        if m1 != m2 { return "\(d1) \(months[m1 - 1]) – \(date(last))" }
        return "\(d1) – \(date(last))"
    }

    /// When people answered: `dateRange` of the dates, or of their months only ("maart – mei 2026")
    /// where the report shows no more than the month.
    static func answered(_ participation: Participation) -> String {
        guard participation.isMonthly, let (y1, m1, _) = parts(participation.firstDate), let (y2, m2, _) = parts(participation.lastDate)
        else { return dateRange(participation.firstDate, participation.lastDate) }
        if (y1, m1) == (y2, m2) { return "\(months[m1 - 1]) \(y1)" }
        return y1 == y2 ? "\(months[m1 - 1]) – \(months[m2 - 1]) \(y2)" : "\(months[m1 - 1]) \(y1) – \(months[m2 - 1]) \(y2)"
    }

    /// An ISO 8601 moment such as `2026-06-02T09:14:00Z` → "2 juni 2026 om 09:14 (UTC)";
    /// "onbekend" when empty.
    static func moment(_ iso: String) -> String {
        guard !iso.isEmpty else { return "onbekend" }
        let day = String(iso.prefix(10))
        guard parts(day) != nil else { return iso }
        let time = iso.dropFirst(11).prefix(5)
        let zone = iso.hasSuffix("Z") ? " (UTC)" : ""
        return time.count == 5 ? "\(date(day)) om \(time)\(zone)" : date(day)
    }

    /// "1 activiteit", "31 activiteiten", with a dot between thousands.
    static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(DutchNumber.grouped(n)) \(n == 1 ? singular : plural)"
    }

    private static func parts(_ iso: String) -> (Int, Int, Int)? {
        guard CivilDate(iso) != nil else { return nil }
        let numbers = iso.split(separator: "-").compactMap { Int($0) }
        return (numbers[0], numbers[1], numbers[2])
    }
}
