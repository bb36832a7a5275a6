import Foundation
import VeerkrachtReports

/// Streams CSV rows to a file, flushing every megabyte or so.
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
        writer = CSVWriter(header: header)
    }

    mutating func append(_ fields: [String]) {
        writer.append(fields)
        if writer.byteCount > 1 << 20 { handle.write(Data(writer.takeBytes())) }
    }

    mutating func close() {
        handle.write(Data(writer.takeBytes()))
        try? handle.close()
    }
}
