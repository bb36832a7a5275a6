/// A workbook that cannot be read, with what to do about it.
public enum SpreadsheetReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is no readable ZIP archive: damaged, incomplete or something else.
    case damaged(path: String)
    /// The file is a ZIP archive without a workbook in it.
    case notAWorkbook(path: String)
    /// The workbook has no sheet of that name.
    case unknownSheet(path: String, name: String, sheets: [String])
    /// A part of the workbook cannot be read.
    case malformed(path: String, part: String, reason: String)

    public var description: String {
        switch self {
        case .damaged(let path):
            "cannot read \(path): it is not a readable Excel workbook (.xlsx); the file is damaged or incomplete. "
                + "Save it again as .xlsx (Excel-werkmap) or as CSV UTF-8"
        case .notAWorkbook(let path):
            "cannot read \(path): it is a ZIP archive but not an Excel workbook (.xlsx). Save it as .xlsx (Excel-werkmap) or as CSV UTF-8"
        case let .unknownSheet(path, name, sheets):
            "\(path) has no sheet '\(name)'; its sheets are " + sheets.map { "'\($0)'" }.joined(separator: ", ")
        case let .malformed(path, part, reason):
            "cannot read \(path): \(part): \(reason)"
        }
    }
}
