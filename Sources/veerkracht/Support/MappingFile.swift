import ArgumentParser
import Foundation
import VeerkrachtCore

/// Reading the mapping files (`--kolommen FILE`) given on the command line.
enum MappingFile {
    /// The mapping at `path` for `instrument`, with every problem of the file named by line.
    static func load(_ path: String, instrument: Instrument) throws -> ResponseMapping {
        let source: String
        do {
            source = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read \(path): \(error.localizedDescription)")
        }
        do {
            return try ResponseMapping(yaml: source, instrument: instrument)
        } catch {
            throw CommandFailure("\(path) is not a valid mapping file (see `veerkracht import responses --help`):\n"
                + error.errors.map { "\(path): \($0)" }.joined(separator: "\n"))
        }
    }
}
