import Foundation
import XCTest

/// A workbook as Python's openpyxl reads it: an independent check that an `.xlsx` we write opens,
/// with the value and type of every cell, the frozen pane and which header cells are bold.
public struct OpenpyxlWorkbook: Decodable, Sendable {
    /// One cell: openpyxl's data type (`s` text, `n` number or empty), the Python type of its
    /// value (`str`, `int`, `float`, `NoneType`) and the value as text (`repr` for a number).
    public struct Cell: Decodable, Equatable, Sendable {
        public let type: String
        public let kind: String
        public let text: String

        public init(type: String, kind: String, text: String) {
            self.type = type
            self.kind = kind
            self.text = text
        }
    }

    /// The names of the sheets, in order.
    public let sheets: [String]
    /// The first sheet's top-left unfrozen cell (`A2` when the header row is frozen), nil when nothing is frozen.
    public let freeze: String?
    /// Whether each cell of the first row is bold.
    public let bold: [Bool]
    /// The first sheet's rows, each as wide as the widest.
    public let rows: [[Cell]]

    /// Reads the workbook at `path` with openpyxl; skips the test, saying why, when python3 or openpyxl is missing.
    public static func read(_ path: String) throws -> OpenpyxlWorkbook {
        let output = try PythonCheck.run(script, [path], package: "openpyxl", check: "the xlsx read-back test") { Unreadable(message: $0) }
        return try JSONDecoder().decode(OpenpyxlWorkbook.self, from: Data(output.utf8))
    }

    /// openpyxl could not read the workbook; says what it reported.
    public struct Unreadable: Error, CustomStringConvertible {
        public let message: String
        public var description: String { "openpyxl cannot read the workbook: \(message)" }
    }

    private static let script = """
        import json, sys
        try:
            import openpyxl
        except ImportError:
            sys.exit(3)
        book = openpyxl.load_workbook(sys.argv[1])
        sheet = book.worksheets[0]
        def cell(c):
            v = c.value
            text = "" if v is None else (v if isinstance(v, str) else repr(v))
            return {"type": c.data_type, "kind": type(v).__name__, "text": text}
        print(json.dumps({"sheets": book.sheetnames, "freeze": sheet.freeze_panes,
                          "bold": [bool(c.font.b) for c in sheet[1]],
                          "rows": [[cell(c) for c in row] for row in sheet.iter_rows()]}))
        """
}
