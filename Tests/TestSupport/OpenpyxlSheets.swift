import Foundation
import XCTest

/// Every sheet of a workbook as Python's openpyxl reads it: an independent check of a workbook of
/// several sheets. A cell is its text (`repr` for a number, empty for no value).
public struct OpenpyxlSheets: Decodable, Sendable {
    /// The names of the sheets, in order.
    public let names: [String]
    /// Each sheet's rows by sheet name, each row as wide as the widest.
    public let rows: [String: [[String]]]

    /// Reads the workbook at `path` with openpyxl; skips the test, saying why, when python3 or openpyxl is missing.
    public static func read(_ path: String) throws -> OpenpyxlSheets {
        let output = try PythonCheck.run(script, [path], package: "openpyxl", check: "the xlsx read-back test") {
            OpenpyxlWorkbook.Unreadable(message: $0)
        }
        return try JSONDecoder().decode(OpenpyxlSheets.self, from: Data(output.utf8))
    }

    private static let script = """
        import json, sys
        try:
            import openpyxl
        except ImportError:
            sys.exit(3)
        book = openpyxl.load_workbook(sys.argv[1])
        def text(v):
            return "" if v is None else (v if isinstance(v, str) else repr(v))
        print(json.dumps({"names": book.sheetnames,
                          "rows": {s.title: [[text(v) for v in row] for row in s.iter_rows(values_only=True)] for s in book.worksheets}}))
        """
}
