import Foundation

/// How a cell's stored number reads as text: as Excel shows it, to 15 significant digits, in the
/// shortest text (`5`, not `5.0`; `0.05` for the stored `4.9999999999999998E-2`), or, in a date
/// style, as the date it counts (`2025-04-25`, with `T10:17:30` when it has a time).
enum XLSXCellValue {
    /// The number as its shortest text; the stored text when it is not a number.
    static func number(_ text: String) -> String {
        if isPlainInteger(text) { return text }
        guard let stored = Double(text), stored.isFinite, let value = Double(String(format: "%.15g", stored)) else { return text }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A date serial as `yyyy-mm-dd`, or `yyyy-mm-ddThh:mm:ss` when it has a time of day.
    /// In the 1900 system (the default) serial 1 is 1900-01-01 and serial 60 the 29 February 1900
    /// Excel counts that never was (shown as 1900-02-28); in the 1904 system serial 0 is 1904-01-01.
    static func date(_ text: String, date1904: Bool) -> String {
        guard let serial = Double(text), serial.isFinite, serial >= 0, serial < 2_958_466 else { return text }
        var seconds = Int64((serial * 86_400).rounded())
        var days = seconds / 86_400
        seconds -= days * 86_400
        if date1904 {
            days += 1462
        } else if days < 60 {
            days += 1
        }
        // Day 0 of the (adjusted) count is 1899-12-30.
        let (year, month, day) = civil(daysSince1970: days - 25_569)
        var result = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        if seconds > 0 {
            result += "T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
        }
        return result
    }

    private static func isPlainInteger(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, bytes.count < 16 else { return false }
        let digits = first == UInt8(ascii: "-") ? bytes.dropFirst() : bytes[...]
        guard let lead = digits.first else { return false }
        return (lead != UInt8(ascii: "0") || digits.count == 1) && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private static func civil(daysSince1970 days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
