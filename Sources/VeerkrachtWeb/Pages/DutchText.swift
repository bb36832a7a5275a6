import Foundation
import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore

/// Dates, times, scores and area names as the pages show them, in Dutch.
enum DutchText {
    private static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                 "september", "oktober", "november", "december"]
    /// The time zone the organisations work in.
    private static let zone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt

    /// `2025-03-04` → "4 maart 2025" (other text as it is).
    static func date(_ text: String) -> String {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return text }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    /// An ISO 8601 moment → "4 maart 2025, 14:35" in Dutch time.
    static func moment(_ iso: String) -> String {
        guard let instant = ISO8601DateFormatter().date(from: iso) else { return iso }
        return "\(date(today(instant))), \(clock(instant))"
    }

    /// The time of day of an ISO 8601 moment in Dutch time ("14:35").
    static func clock(_ iso: String) -> String {
        ISO8601DateFormatter().date(from: iso).map(clock) ?? iso
    }

    /// The date in the Netherlands at `instant`, `YYYY-MM-DD`.
    static func today(_ instant: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// A construct score for people: one decimal with a decimal comma ("6,4").
    static func score(_ value: Double) -> String { DutchNumber.format(value, decimals: 1) }

    /// Hours with a decimal comma and no needless zeros ("1,5", "2", "0,25").
    static func hours(_ value: Double) -> String {
        var text = DutchNumber.format(value, decimals: 2)
        while text.hasSuffix("0") && text.contains(",") { text.removeLast() }
        if text.hasSuffix(",") { text.removeLast() }
        return text
    }

    /// "Woensel-Noord (WK077201)", or the code alone when no name is known.
    static func area(_ code: String, names: [String: String]) -> String {
        names[code].map { "\($0) (\(code))" } ?? code
    }

    private static func clock(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
