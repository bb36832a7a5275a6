import Foundation
import VeerkrachtCSV
import VeerkrachtSpreadsheet

/// Writes an export row by row in any `ExportFormat`, for exports too large to hold as an
/// `ExportTable`: CSV (with the formula guard) to standard output as it comes or to a file, an
/// Excel workbook through `XLSXWriter`. Memory stays flat; a file is put in place whole by
/// `finish()`, so a failed export leaves no half file. Fields are typed as in `ExportTable`.
///
/// ```swift
/// let stream = try ExportStream(format: .csvNL, header: ["respondent", "coh1"], path: "antwoorden.csv", sheetName: "responses")
/// try stream.append([.text("R0001"), .count(4)])
/// try stream.finish()
/// ```
public final class ExportStream {
    private let path: String?
    /// CSV: the rows not yet written, where they go, and the temporary file for `path`.
    private var text: CSVWriter?
    private var handle: FileHandle?
    private var temporary: String?
    private var workbook: XLSXWriter?
    private var isOpen = true

    /// Starts an export in `format` with `header` to `path`, or to standard output when `path` is
    /// nil (CSV only: a workbook needs a path); `sheetName` names a workbook's sheet.
    /// - Throws: `CSVWriteError` or `SpreadsheetWriteError` when the file cannot be created.
    public init(format: ExportFormat, header: [String], path: String?, sheetName: String) throws {
        self.path = path
        switch format {
        case .xlsx:
            precondition(path != nil, "an xlsx export needs a path")
            workbook = try XLSXWriter(path: path!, sheetName: sheetName, header: header)
        case .csv, .csvNL:
            text = CSVWriter(header: header, dialect: format == .csv ? .standard : .dutchExcel)
            guard let path else {
                handle = .standardOutput
                return
            }
            let target = URL(fileURLWithPath: path)
            let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString)").path
            guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
                throw CSVWriteError(path: path)
            }
            (self.handle, self.temporary) = (handle, temporary)
        }
    }

    deinit {
        if isOpen, let temporary {
            try? handle?.close()
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }

    /// Appends one row.
    public func append(_ row: [CSVField]) throws {
        if let workbook {
            try workbook.append(row.map(ExportTable.cell))
            return
        }
        text!.append(row)
        if text!.byteCount > 1 << 20 { try flush() }
    }

    /// Writes what is buffered and puts a file in place (replacing what was there).
    public func finish() throws {
        precondition(isOpen, "ExportStream.finish() called twice")
        if let workbook {
            isOpen = false
            try workbook.finish()
            return
        }
        try flush()
        if let temporary, let path {
            try? handle?.close()
            guard rename(temporary, path) == 0 else { throw CSVWriteError(path: path) }
        }
        isOpen = false
    }

    private func flush() throws {
        do {
            try handle!.write(contentsOf: text!.takeBytes())
        } catch {
            throw CSVWriteError(path: path ?? "-")
        }
    }
}
