import VeerkrachtSpreadsheet

extension XLSForm {
    /// Writes the form as an Excel workbook (`.xlsx`) at `path`, one sheet per `sheets` entry,
    /// whole or not at all.
    /// - Throws: `SpreadsheetWriteError` when the file cannot be written.
    public func write(to path: String) throws {
        let writer = try XLSXWriter(path: path, sheetName: survey.name, header: survey.header)
        for (index, sheet) in sheets.enumerated() {
            if index > 0 { try writer.addSheet(sheet.name, header: sheet.header) }
            for row in sheet.rows { try writer.append(row.map { $0.isEmpty ? .empty : .text($0) }) }
        }
        try writer.finish()
    }
}
