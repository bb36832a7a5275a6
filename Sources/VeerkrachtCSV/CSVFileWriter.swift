import Foundation
import VeerkrachtReports

/// Streams the rows of an import file (the demo's data) to a file, flushing every megabyte or so.
/// Fields are written exactly as given (`CSVWriter.Purpose.importFile`): `veerkracht import` reads
/// them back, and an export's formula neutralisation would change the data.
///
/// ```swift
/// var writer = try CSVFileWriter(path: "gebieden.csv", header: ["code", "naam"])
/// writer.append(["GM0772", "Eindhoven"])
/// writer.close()
/// ```
public struct CSVFileWriter {
    /// The file could not be created or opened for writing.
    public struct CannotWrite: Error, CustomStringConvertible {
        /// The file's path.
        public let path: String
        public var description: String { "cannot write \(path)" }
    }

    private var writer: CSVWriter
    private let handle: FileHandle
    /// The file written.
    public let path: String

    /// Creates (or empties) the file at `path` and writes `header` as its first row.
    public init(path: String, header: [String]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CannotWrite(path: path)
        }
        self.handle = handle
        self.path = path
        writer = CSVWriter(header: header, for: .importFile)
    }

    /// Appends one row of text fields.
    public mutating func append(_ fields: [String]) {
        writer.append(fields.map(CSVField.text))
        if writer.byteCount > 1 << 20 { handle.write(Data(writer.takeBytes())) }
    }

    /// Writes what is left and closes the file.
    public mutating func close() {
        handle.write(Data(writer.takeBytes()))
        try? handle.close()
    }
}
