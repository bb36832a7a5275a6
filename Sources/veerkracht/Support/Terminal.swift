import Foundation
import VeerkrachtStore

/// Writing to the terminal: results to stdout, messages and progress to stderr.
enum Terminal {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func message(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// A progress callback that redraws one status line on an interactive terminal (and stays quiet otherwise).
    static func progress(_ title: String) -> (@Sendable (ImportProgress) -> Void)? {
        guard stderrIsTerminal else { return nil }
        return { progress in
            let percent = progress.fraction.map { " \(Int($0 * 100))%" } ?? ""
            let line = "\r\(title):\(percent) \(progress.rows) rows"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Ends a progress line, if one was drawn.
    static func endProgress() {
        if stderrIsTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
