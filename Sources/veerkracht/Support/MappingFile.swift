import Foundation
import VeerkrachtCore

/// Reading the mapping files (`--kolommen FILE`) given on the command line.
enum MappingFile {
    /// The mapping at `path` for `instrument`, with every problem of the file named by line.
    static func load(_ path: String, instrument: Instrument) throws -> ResponseMapping {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure("cannot open \(path): No such file or directory")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("cannot read \(path): \(isDirectory.boolValue ? "it is a directory, not a mapping file" : "permission denied")")
        }
        guard let source = String(data: data, encoding: .utf8) else {
            throw CommandFailure("cannot read \(path): it is not UTF-8 text; save it as UTF-8")
        }
        do {
            return try ResponseMapping(yaml: source, instrument: instrument)
        } catch {
            throw CommandFailure("\(path) is not a valid mapping file (see `veerkracht import responses --help`):\n"
                + error.errors.map { "\(path): \($0)" }.joined(separator: "\n"))
        }
    }
}
