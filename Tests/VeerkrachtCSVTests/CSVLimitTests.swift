import Foundation
import XCTest
@testable import VeerkrachtCSV

/// The reader's limits: a field of at most 64 KiB, a record of at most 1 MiB,
/// at most 16,384 fields. Up to a limit everything is read; one byte or field more is an error at
/// its line, the same in whatever chunks the input comes, and the reader never holds
/// more than a few MiB whatever the file holds.
final class CSVLimitTests: XCTestCase {
    private let field = CSVReader.maximumFieldBytes, record = CSVReader.maximumRecordBytes

    private func records(_ text: String, chunkSize: Int? = nil) throws -> [CSVRecord] {
        let reader = CSVReader(bytes: Array(text.utf8), chunkSize: chunkSize)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    /// The error reading `text` gives, checked to be the same in chunks of several sizes and
    /// through `nextRow()`.
    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> CSVError? {
        var errors: [CSVError?] = []
        for chunkSize in [nil, 1_000, 4_096, 65_536, 70_001, 1 << 20] as [Int?] {
            do {
                _ = try records(text, chunkSize: chunkSize)
                errors.append(nil)
            } catch {
                errors.append(error as? CSVError)
            }
        }
        let reader = CSVReader(bytes: Array(text.utf8))
        do {
            while try reader.nextRow() != nil {}
            errors.append(nil)
        } catch {
            errors.append(error as? CSVError)
        }
        XCTAssertEqual(Set(errors.map { $0?.description ?? "none" }).count, 1, "\(errors)", file: file, line: line)
        XCTAssertNotNil(errors[0], "no error", file: file, line: line)
        return errors[0]
    }

    func testAFieldOf64KiBIsReadAndOneByteMoreIsRefused() throws {
        let full = String(repeating: "x", count: field)
        XCTAssertEqual(try records("a,b\n1,\(full)\n").last?.fields, ["1", full])
        XCTAssertEqual(try records("a,b\n1,\"\(full)\"\n", chunkSize: 999).last?.fields, ["1", full])
        let unquoted = error("a,b\n1,\(full)x\n")
        XCTAssertEqual(unquoted?.line, 2)
        XCTAssertTrue(unquoted?.message.hasPrefix("field 2 is longer than 64 KiB, the most one field may hold") == true, "\(String(describing: unquoted))")
        let quoted = error("a,b\n\n\"1\n2\",\"\(full)\"\"\"\n")
        XCTAssertEqual(quoted?.line, 4, "the line where the field starts")
        XCTAssertTrue(quoted?.message.hasPrefix("field 2 is longer than 64 KiB") == true)
    }

    func testARecordOf1MiBIsReadAndOneByteMoreIsRefused() throws {
        let fields = Array(repeating: String(repeating: "y", count: field), count: record / field)
        let header = (1...fields.count + 1).map { "c\($0)" }.joined(separator: ",")
        XCTAssertEqual(try records("\(header)\n\(fields.joined(separator: ","))," + "\n").last?.fields.count, fields.count + 1)
        let over = error("\(header)\n\(fields.joined(separator: ",")),z\n")
        XCTAssertEqual(over?.line, 2)
        XCTAssertEqual(over?.message, "the record is longer than 1 MiB, the most one record may hold")
    }

    /// A field that passes both limits is refused for the one it passes first.
    func testTheLimitPassedFirstIsNamed() throws {
        let almost = String(repeating: "w", count: field - 1000)
        let fields = Array(repeating: almost, count: 16) + [String(repeating: "v", count: field + 1)]
        XCTAssertEqual(error(fields.joined(separator: ",") + "\n")?.message, "the record is longer than 1 MiB, the most one record may hold")
        let whole = Array(repeating: String(repeating: "w", count: field), count: 15) + [String(repeating: "v", count: field + 1)]
        XCTAssertTrue(error(whole.joined(separator: ",") + "\n")?.message.hasPrefix("field 16 is longer than 64 KiB") == true)
    }

    func testARecordOf16384FieldsIsReadAndOneFieldMoreIsRefused() throws {
        let most = CSVReader.maximumFields
        XCTAssertEqual(try records(String(repeating: ",", count: most - 1) + "\n").first?.fields.count, most)
        let over = error("a\n" + String(repeating: ",", count: most) + "\n")
        XCTAssertEqual(over?.line, 2)
        XCTAssertEqual(over?.message, "the record has more than 16,384 fields, the most one record may have")
    }

    /// A quote that is never closed used to make the rest of the file one field, held in memory
    /// until the end; now the reader stops at 64 KiB and says why.
    func testAQuoteThatIsNeverClosedStopsAtTheLimit() throws {
        let text = "a,b\n1,\"open\n" + String(repeating: "2,x\n", count: 50_000)
        let stopped = error(text)
        XCTAssertEqual(stopped?.line, 2)
        XCTAssertTrue(stopped?.message.contains("a quote that is never closed") == true)
        XCTAssertEqual(error("a,b\n1,\"open\n2,x\n")?.message, "unterminated quoted field", "short files still say so at the end")
    }

    /// The reader's buffers stay a few MiB for a field of 32 MB read from a file, where it once
    /// held the whole field (and more while turning it into a string).
    func testTheReaderHoldsLittleWhateverTheFieldsSize() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-\(Self.self)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, prefix) in [("header", ""), ("quoted", "a,b\n1,\""), ("unquoted", "a,b\n1,")] {
            let url = folder.appendingPathComponent("\(name).csv")
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            handle.write(Data(prefix.utf8))
            let block = Data(repeating: UInt8(ascii: "q"), count: 1 << 20)
            for _ in 0..<32 { handle.write(block) }
            try handle.close()
            let reader = try CSVReader(path: url.path)
            XCTAssertThrowsError(try { while try reader.nextRow() != nil {} }(), name) { error in
                XCTAssertTrue("\(error)".contains("is longer than 64 KiB"), "\(name): \(error)")
            }
            XCTAssertLessThan(reader.heldBytes, 5 << 20, "\(name): the reader holds \(reader.heldBytes) bytes")
        }
    }
}
