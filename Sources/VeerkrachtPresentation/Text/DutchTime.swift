import Foundation

/// Moments (ISO 8601 instants such as `2026-06-02T09:14:00Z`, as the store writes them) in Dutch
/// words, on the clock of the Netherlands: every page and report shows `Europe/Amsterdam` time,
/// summer time included, so a report and a web page name the same moment with the same clock time.
///
/// ```swift
/// DutchTime.moment("2026-06-02T09:14:00Z")   // "2 juni 2026 om 11:14"
/// ```
public enum DutchTime {
    /// The time zone the organisations work in.
    public static let zone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt

    /// "2 juni 2026 om 11:14"; "onbekend" when empty, other text that is not a moment as it is.
    public static func moment(_ iso: String) -> String {
        guard !iso.isEmpty else { return "onbekend" }
        guard let instant = instant(iso) else { return iso }
        return "\(DutchDate.date(today(instant))) om \(clock(instant))"
    }

    /// "2 juni 2026, 11:14", for a column of moments; text that is not a moment as it is.
    public static func shortMoment(_ iso: String) -> String {
        guard let instant = instant(iso) else { return iso }
        return "\(DutchDate.date(today(instant))), \(clock(instant))"
    }

    /// The time of day of a moment, "11:14"; text that is not a moment as it is.
    public static func clock(_ iso: String) -> String {
        instant(iso).map(clock) ?? iso
    }

    /// The date in the Netherlands at `instant`, `YYYY-MM-DD`.
    public static func today(_ instant: Date = Date()) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    private static func clock(_ instant: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    private static func instant(_ iso: String) -> Date? { try? Date.ISO8601FormatStyle().parse(iso) }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }()
}
