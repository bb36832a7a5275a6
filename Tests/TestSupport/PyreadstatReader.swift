import Foundation
import XCTest

/// An SPSS data file as Python's pyreadstat reads it: an independent check that a `.sav` we write
/// opens in the tools analysts use, with every value and the metadata SPSS shows.
public struct PyreadstatFile: Decodable, Sendable {
    /// One value: text, a number, or nil for system-missing.
    public enum Value: Decodable, Equatable, Sendable {
        case text(String)
        case number(Double)
        case missing

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .missing
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    /// A user-missing range, `lo`…`hi` (one value when equal).
    public struct MissingRange: Decodable, Equatable, Sendable {
        public let lo: Double
        public let hi: Double

        public init(lo: Double, hi: Double) {
            self.lo = lo
            self.hi = hi
        }
    }

    public let fileLabel: String?
    public let rowCount: Int
    /// The variable names, in order.
    public let names: [String]
    /// The variable labels by name.
    public let labels: [String: String]
    /// The value labels by variable name: value → label.
    public let valueLabels: [String: [String: String]]
    /// The user-missing values by variable name.
    public let missing: [String: [MissingRange]]
    /// The level of measurement by variable name (`nominal`, `ordinal`, `scale`).
    public let measures: [String: String]
    /// The SPSS format by variable name (`A17`, `F8.2`).
    public let formats: [String: String]
    /// The display width by variable name.
    public let widths: [String: Int]
    /// The values by variable name, one per row.
    public let columns: [String: [Value]]

    /// Reads the file at `path` with pyreadstat; skips the test, saying why, when python3 or pyreadstat is missing.
    public static func read(_ path: String) throws -> PyreadstatFile {
        let output = try PythonCheck.run(script, [path], package: "pyreadstat", check: "the SPSS read-back test") { Unreadable(message: $0) }
        return try JSONDecoder().decode(PyreadstatFile.self, from: Data(output.utf8))
    }

    /// pyreadstat could not read the file; says what it reported.
    public struct Unreadable: Error, CustomStringConvertible {
        public let message: String
        public var description: String { "pyreadstat cannot read the file: \(message)" }
    }

    private static let script = """
        import json, math, sys
        try:
            import pyreadstat
        except ImportError:
            sys.exit(3)
        data, meta = pyreadstat.read_sav(sys.argv[1], user_missing=True, output_format="dict")
        def value(v):
            return None if v is None or (isinstance(v, float) and math.isnan(v)) else v
        print(json.dumps({
            "fileLabel": meta.file_label, "rowCount": meta.number_rows, "names": meta.column_names,
            "labels": {k: v for k, v in meta.column_names_to_labels.items() if v is not None},
            "valueLabels": {k: {repr(float(value)): text for value, text in labels.items()}
                            for k, labels in meta.variable_value_labels.items()},
            "missing": meta.missing_ranges, "measures": meta.variable_measure,
            "formats": meta.original_variable_types, "widths": meta.variable_display_width,
            "columns": {k: [value(v) for v in vs] for k, vs in data.items()}}))
        """
}
