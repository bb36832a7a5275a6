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
        let run = try CommandLineTool.run(["/usr/bin/env", "python3", "-c", script, path])
        switch run.status {
        case 0: return try JSONDecoder().decode(OpenpyxlSheets.self, from: Data(run.output.utf8))
        case 3: throw XCTSkip("openpyxl is not installed (pip install openpyxl): the xlsx read-back test is skipped")
        case 126, 127: throw XCTSkip("python3 is not installed: the xlsx read-back test is skipped")
        default: throw OpenpyxlWorkbook.Unreadable(message: run.errors)
        }
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
