import Foundation

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
    private var writer: CSVWriter
    private let handle: FileHandle
    /// The file written.
    public let path: String

    /// Creates (or empties) the file at `path` and writes the header row.
    /// - Throws: `CSVWriteError` when the file cannot be created.
    public init(path: String, header: [String]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CSVWriteError(path: path)
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

    /// Writes the rows still buffered and closes the file.
    public mutating func close() {
        handle.write(Data(writer.takeBytes()))
        try? handle.close()
    }
}

/// A CSV file that could not be created; says `cannot write PATH`.
public struct CSVWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that could not be created.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public var description: String { "cannot write \(path)" }
}
