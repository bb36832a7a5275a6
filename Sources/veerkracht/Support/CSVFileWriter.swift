import Foundation
import VeerkrachtReports

/// Streams the rows of an import file (the demo's data) to a file, flushing every megabyte or so.
/// Fields are written exactly as given (`CSVWriter.Purpose.importFile`): `veerkracht import` reads
/// them back, and an export's formula neutralisation would change the data.
struct CSVFileWriter {
    private var writer: CSVWriter
    private let handle: FileHandle
    let path: String

    init(path: String, header: [String]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CommandFailure("cannot write \(path)")
        }
        self.handle = handle
        self.path = path
        writer = CSVWriter(header: header, for: .importFile)
    }

    mutating func append(_ fields: [String]) {
        writer.append(fields.map(CSVField.text))
        if writer.byteCount > 1 << 20 { handle.write(Data(writer.takeBytes())) }
    }

    mutating func close() {
        handle.write(Data(writer.takeBytes()))
        try? handle.close()
    }
}
