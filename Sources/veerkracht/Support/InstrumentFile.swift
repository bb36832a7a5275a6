import ArgumentParser
import Foundation
import VeerkrachtApp
import VeerkrachtCore

/// Reading instrument files given on the command line.
enum InstrumentFile {
    /// The instrument at `path` with its text, or the default instrument when `path` is nil.
    static func load(_ path: String?) throws -> (Instrument, String) {
        guard let path else { return (try DefaultInstrument.load(), DefaultInstrument.source) }
        let source: String
        do {
            source = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read \(path): \(error.localizedDescription)")
        }
        do {
            return (try Instrument(yaml: source), source)
        } catch {
            throw CommandFailure("\(path) is not a valid instrument:\n" + error.errors.map { "\(path): \($0)" }.joined(separator: "\n"))
        }
    }
}

/// A failure whose message is shown to the user as it is, with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
