import VeerkrachtCSV
import VeerkrachtSpreadsheet

/// An export's rows as typed fields, built once and written in any `ExportFormat`: a text field is
/// text in every format, a number a number, an empty field an empty cell.
///
/// ```swift
/// let table = ScoreExport.table(cells, policy: DisclosurePolicy())
/// try table.write(.xlsx, to: "scores.xlsx", sheetName: "scores")
/// ```
public struct ExportTable: Sendable {
    /// The column names.
    public let header: [String]
    /// The rows, each with one field per column.
    public private(set) var rows: [[CSVField]] = []

    public init(header: [String]) {
        self.header = header
    }

    /// Appends one row.
    public mutating func append(_ row: [CSVField]) {
        rows.append(row)
    }

    /// The table as CSV text (SPEC §6), with text that a spreadsheet would run as a formula neutralised.
    public func csv() -> String {
        String(decoding: csvBytes(.standard), as: UTF8.self)
    }

    /// The table as CSV in `dialect`, with text that a spreadsheet would run as a formula neutralised.
    public func csvBytes(_ dialect: CSVWriter.Dialect) -> [UInt8] {
        var writer = CSVWriter(header: header, dialect: dialect)
        for row in rows { writer.append(row) }
        return writer.takeBytes()
    }

    /// Writes the table as an Excel workbook at `path`, whole or not at all, with one sheet named
    /// `sheetName`. A string cell is never a formula, so text is written as it is.
    /// - Throws: `SpreadsheetWriteError` when the file cannot be written.
    public func writeXLSX(to path: String, sheetName: String) throws {
        let writer = try XLSXWriter(path: path, sheetName: sheetName, header: header)
        for row in rows {
            try writer.append(row.map(Self.cell))
        }
        try writer.finish()
    }

    static func cell(_ field: CSVField) -> SpreadsheetCell {
        switch field {
        case .text(let text?): .text(text)
        case .number(let value?) where value.isFinite: .number(value)
        case .count(let value?): .integer(value)
        case .text(nil), .number, .count(nil): .empty
        }
    }
}
