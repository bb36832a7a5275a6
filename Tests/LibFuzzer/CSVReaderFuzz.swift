// libFuzzer target for the streaming CSV reader (Sources/VeerkrachtCSV), built and run by
// `Tests/LibFuzzer/run.sh`. It is compiled together with the module's own source files, so it
// sees the reader exactly as the importers do. For every input it checks three properties:
//
// 1. Chunking does not matter: reading the input in chunks of 1…64 bytes (taken from the input's
//    first byte) gives the same records, or the same error, as reading it in one piece.
// 2. `next()` and `nextRow()` (the importers' byte-level path) agree record by record.
// 3. Writing the records back as RFC 4180 CSV with the detected delimiter and reading that gives
//    the same records (the reader loses nothing it accepted). Only for a header of two or more
//    fields: a one-field header has no delimiter outside quotes to detect.
//
// A violated property is a crash (`fatalError`), which libFuzzer reports with the input saved.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let chunk = 1 + Int(bytes.first ?? 0) % 64
    let whole = read(CSVReader(bytes: bytes, chunkSize: nil))
    let chunked = read(CSVReader(bytes: bytes, chunkSize: chunk))
    guard whole == chunked else { fatalError("chunks of \(chunk) bytes change the result:\n\(whole)\n\(chunked)") }
    guard whole == readRows(CSVReader(bytes: bytes, chunkSize: nil)) else { fatalError("next() and nextRow() differ") }
    if case .records(let records, let delimiter) = whole, let header = records.first, header.fields.count > 1 {
        let written = write(records, delimiter: delimiter)
        guard case .records(let again, _) = read(CSVReader(bytes: written, chunkSize: nil)),
              again.map(\.fields) == records.map(\.fields) else {
            fatalError("records written back read differently:\n\(records)\n\(String(decoding: written, as: UTF8.self))")
        }
    }
    return 0
}

/// What a reader made of an input.
enum Outcome: Equatable {
    case records([CSVRecord], delimiter: UInt8)
    case failed(CSVError)
}

func read(_ reader: CSVReader) -> Outcome {
    var records: [CSVRecord] = []
    do {
        while let record = try reader.next() { records.append(record) }
        return .records(records, delimiter: reader.delimiter)
    } catch let error as CSVError {
        return .failed(error)
    } catch {
        fatalError("unexpected error \(error)")
    }
}

func readRows(_ reader: CSVReader) -> Outcome {
    var records: [CSVRecord] = []
    do {
        while let row = try reader.nextRow() { records.append(row.record) }
        return .records(records, delimiter: reader.delimiter)
    } catch let error as CSVError {
        return .failed(error)
    } catch {
        fatalError("unexpected error \(error)")
    }
}

/// RFC 4180 text for `records`: every field quoted, `"` doubled, CRLF line ends.
func write(_ records: [CSVRecord], delimiter: UInt8) -> [UInt8] {
    var out: [UInt8] = []
    for record in records {
        for (index, field) in record.fields.enumerated() {
            if index > 0 { out.append(delimiter) }
            out.append(UInt8(ascii: "\""))
            for byte in field.utf8 {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            out.append(UInt8(ascii: "\""))
        }
        out += [13, 10]
    }
    return out
}
