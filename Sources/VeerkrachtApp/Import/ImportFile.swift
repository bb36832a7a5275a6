import Foundation
import VeerkrachtCSV
import VeerkrachtSpreadsheet

/// Opens a file to import, whatever it is, as the CSV records the importers read: a CSV file is
/// streamed as it is; an Excel workbook (`.xlsx`, recognised by its ZIP signature `PK\u{3}\u{4}`,
/// not by its name) is converted once to CSV in memory (`SheetCSV`), so that line L of every
/// message is row L of the sheet. An old `.xls` or a password-protected workbook (the OLE2
/// signature `D0 CF 11 E0`) is refused with advice.
public enum ImportFile {
    /// The records of the file at `path`; `sheet` names the sheet of a workbook (default: the first).
    /// - Throws: `ImportFileError` when the file cannot be opened or read, or `sheet` is given for a CSV file.
    public static func open(_ path: String, sheet: String? = nil) throws(ImportFileError) -> CSVReader {
        switch signature(of: path) {
        case .workbook:
            do {
                return CSVReader(bytes: try SheetCSV.bytes(of: XLSXReader(path: path), sheet: sheet))
            } catch let error as SpreadsheetReadError {
                throw ImportFileError(message: error.description)
            } catch let error as SheetCSV.EmptySheet {
                throw ImportFileError(message: "sheet '\(error.sheet)' of \(path) is empty; expected a header row in its first filled row")
            } catch {
                throw ImportFileError(message: "cannot read \(path): \(error)")
            }
        case .oldWorkbook:
            throw ImportFileError(message: "cannot read \(path): it is an old Excel workbook (.xls) or a password-protected one; "
                + "save it as .xlsx (Excel-werkmap) without a password, or as CSV UTF-8")
        case .other:
            if let sheet {
                throw ImportFileError(message: "--sheet '\(sheet)' applies to an Excel workbook (.xlsx), and \(path) is none")
            }
            do {
                return try CSVReader(path: path)
            } catch let error as CSVError {
                throw ImportFileError(message: error.message)
            } catch {
                throw ImportFileError(message: "cannot open \(path): \(error)")
            }
        }
    }

    private enum Signature { case workbook, oldWorkbook, other }

    /// What the first bytes of the file say it is; `.other` (read as CSV) when they cannot be read.
    private static func signature(of path: String) -> Signature {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .other }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 4) else { return .other }
        switch Array(head) {
        case [0x50, 0x4B, 0x03, 0x04]: return .workbook
        case [0xD0, 0xCF, 0x11, 0xE0]: return .oldWorkbook
        default: return .other
        }
    }
}

/// A file that cannot be imported as it is: what is wrong and what to do, in the words of the
/// CSV reader's own errors.
public struct ImportFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
