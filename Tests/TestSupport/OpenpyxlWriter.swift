import Foundation
import XCTest

/// Writes a workbook with Python's openpyxl, as a spreadsheet program would: shared strings,
/// numbers as numbers, dates as date cells. Tests read it back with the project's reader.
public enum OpenpyxlWriter {
    /// One cell as openpyxl is given it.
    public enum Cell: Encodable, Sendable {
        /// A string (a shared string in the file).
        case text(String)
        /// A Python int.
        case integer(Int)
        /// A Python float (`5.0` stays a float).
        case float(Double)
        /// A `datetime.date` (`yyyy-mm-dd`) in openpyxl's own date format (`yyyy-mm-dd`, a custom format).
        case date(String)
        /// A `datetime.date` in Excel's built-in short date format (style 14, `mm-dd-yy`).
        case excelDate(String)
        /// A `datetime.datetime` (`yyyy-mm-ddThh:mm:ss`).
        case dateTime(String)
        /// No cell at all.
        case empty

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let value): try container.encode(["t", value])
            case .integer(let value): try container.encode(["i", String(value)])
            case .float(let value): try container.encode(["f", "\(value)"])
            case .date(let value): try container.encode(["d", value])
            case .excelDate(let value): try container.encode(["d14", value])
            case .dateTime(let value): try container.encode(["dt", value])
            case .empty: try container.encodeNil()
            }
        }
    }

    /// A sheet: its name and rows from row 1 (an empty row writes nothing).
    public struct Sheet: Encodable, Sendable {
        public let name: String
        public let rows: [[Cell]]

        public init(name: String, rows: [[Cell]]) {
            self.name = name
            self.rows = rows
        }
    }

    private struct Book: Encodable {
        let sheets: [Sheet]
        let date1904: Bool
    }

    /// Writes `sheets` to `path`; skips the test, saying why, when python3 or openpyxl is missing.
    public static func write(_ sheets: [Sheet], to path: String, date1904: Bool = false) throws {
        let spec = path + ".json"
        try JSONEncoder().encode(Book(sheets: sheets, date1904: date1904)).write(to: URL(fileURLWithPath: spec))
        defer { try? FileManager.default.removeItem(atPath: spec) }
        _ = try PythonCheck.run(script, [spec, path], package: "openpyxl", check: "the test of reading openpyxl's workbooks") {
            OpenpyxlWorkbook.Unreadable(message: $0)
        }
    }

    private static let script = """
        import datetime, json, sys
        try:
            import openpyxl
            from openpyxl.utils.datetime import CALENDAR_MAC_1904
        except ImportError:
            sys.exit(3)
        spec = json.load(open(sys.argv[1]))
        book = openpyxl.Workbook()
        book.remove(book.active)
        if spec["date1904"]:
            book.epoch = CALENDAR_MAC_1904
        for sheet in spec["sheets"]:
            ws = book.create_sheet(sheet["name"])
            for r, row in enumerate(sheet["rows"], start=1):
                for c, cell in enumerate(row, start=1):
                    if cell is None:
                        continue
                    kind, value = cell
                    if kind == "i":
                        ws.cell(r, c, int(value))
                    elif kind == "f":
                        ws.cell(r, c, float(value))
                    elif kind in ("d", "d14"):
                        target = ws.cell(r, c, datetime.date.fromisoformat(value))
                        if kind == "d14":
                            target.number_format = "mm-dd-yy"
                    elif kind == "dt":
                        ws.cell(r, c, datetime.datetime.fromisoformat(value))
                    else:
                        ws.cell(r, c, value)
        book.save(sys.argv[2])
        """
}
