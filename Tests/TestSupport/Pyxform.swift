import Foundation
import XCTest

/// pyxform, the XLSForm converter behind KoboToolbox and ODK Central: an independent check that a
/// form we write is a valid XLSForm.
public enum Pyxform {
    /// What pyxform made of a form: the XForm XML and its warnings.
    public struct Conversion: Sendable {
        public let xform: String
        public let warnings: [String]
    }

    /// Converts the XLSForm at `path` with `convert(xlsform=PATH, validate=False)`; skips the test,
    /// saying why, when python3 or pyxform is missing.
    /// - Throws: `Refused` with pyxform's message when it cannot convert the form.
    public static func convert(_ path: String) throws -> Conversion {
        let output = try PythonCheck.run(script, [path], package: "pyxform", check: "the XLSForm conversion test") { Refused(message: $0) }
        let result = try JSONDecoder().decode([String: [String]].self, from: Data(output.utf8))
        return Conversion(xform: result["xform"]?.first ?? "", warnings: result["warnings"] ?? [])
    }

    /// pyxform could not convert the form; says what it reported.
    public struct Refused: Error, CustomStringConvertible {
        public let message: String
        public var description: String { "pyxform cannot convert the form: \(message)" }
    }

    private static let script = """
        import json, sys
        try:
            from pyxform.xls2xform import convert
        except ImportError:
            sys.exit(3)
        result = convert(xlsform=sys.argv[1], validate=False)
        print(json.dumps({"xform": [result.xform], "warnings": list(result.warnings)}))
        """
}
