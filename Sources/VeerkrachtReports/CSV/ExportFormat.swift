/// The file formats every export is written in.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// RFC 4180 CSV as SPEC §6 defines it: `,` separated, `.` as decimal separator.
    case csv
    /// CSV that a Dutch Excel opens as columns: `;` separated, decimal comma, UTF-8 byte order mark.
    case csvNL = "csv-nl"
    /// An Excel workbook: one sheet, a frozen bold header row, numbers as numbers.
    case xlsx
}
