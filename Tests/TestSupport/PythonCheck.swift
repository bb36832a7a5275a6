import Foundation
import XCTest

/// Runs a short Python script that checks our output with a format's own tools (openpyxl,
/// pyreadstat, pyxform): the script exits with status 3 when it cannot import its package.
enum PythonCheck {
    /// Standard output of `python3 -c script arguments…`; skips the test, naming `check`, when
    /// python3 or `package` is missing, and throws `failure(standard error)` when the script fails.
    static func run(_ script: String, _ arguments: [String], package: String, check: String,
                    failure: (String) -> any Error) throws -> String {
        let run = try CommandLineTool.run(["/usr/bin/env", "python3", "-c", script] + arguments)
        switch run.status {
        case 0: return run.output
        case 3: throw XCTSkip("\(package) is not installed (pip install \(package)): \(check) is skipped")
        case 126, 127: throw XCTSkip("python3 is not installed: \(check) is skipped")
        default: throw failure(run.errors)
        }
    }
}
