import Foundation
import XCTest
@testable import VeerkrachtCSV

final class CSVReaderTests: XCTestCase {
    private var tempFiles: [URL] = []

    override func tearDown() {
        for url in tempFiles { try? FileManager.default.removeItem(at: url) }
        tempFiles = []
        super.tearDown()
    }

    // MARK: Helpers

    private func readAll(_ reader: CSVReader) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    private func parse(_ bytes: [UInt8], chunkSize: Int? = nil) throws -> [CSVRecord] {
        try readAll(CSVReader(bytes: bytes, chunkSize: chunkSize))
    }

    private func parse(_ text: String, chunkSize: Int? = nil) throws -> [CSVRecord] {
        try parse(Array(text.utf8), chunkSize: chunkSize)
    }

    private func fields(_ text: String) throws -> [[String]] {
        try parse(text).map(\.fields)
    }

    /// Expects reading to fail and returns the error.
    private func error(_ bytes: [UInt8], chunkSize: Int? = nil,
                       file: StaticString = #filePath, line: UInt = #line) -> CSVError? {
        do {
            let records = try parse(bytes, chunkSize: chunkSize)
            XCTFail("expected an error, got \(records.count) records", file: file, line: line)
        } catch let error as CSVError {
            return error
        } catch {
            XCTFail("unexpected error type: \(error)", file: file, line: line)
        }
        return nil
    }

    private func error(_ text: String, chunkSize: Int? = nil,
                       file: StaticString = #filePath, line: UInt = #line) -> CSVError? {
        error(Array(text.utf8), chunkSize: chunkSize, file: file, line: line)
    }

    private func writeTemp(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("csvreader-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        tempFiles.append(url)
        return url
    }

    /// Encodes rows as CSV, quoting where needed (the reference for round-trip tests).
    private func encode(_ rows: [[String]], delimiter: Character = ",", newline: String = "\n") -> String {
        rows.map { row in
            row.map { value in
                let needsQuotes = value.contains(delimiter) || value.contains("\"")
                    || value.contains("\n") || value.contains("\r") || value.isEmpty && row.count == 1
                return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
            }.joined(separator: String(delimiter))
        }.joined(separator: newline) + newline
    }

    // MARK: Delimiter detection

    func testDetectsSemicolon() throws {
        let reader = CSVReader(bytes: Array("id;naam;score\n1;Jansen, P.;7\n".utf8))
        let records = try readAll(reader)
        XCTAssertEqual(reader.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(records.map(\.fields), [["id", "naam", "score"], ["1", "Jansen, P.", "7"]])
    }

    func testDetectsComma() throws {
        let reader = CSVReader(bytes: Array("id,name;x,score\n1,a;b,2\n".utf8))
        let records = try readAll(reader)
        XCTAssertEqual(reader.delimiter, UInt8(ascii: ","))
        XCTAssertEqual(records.map(\.fields), [["id", "name;x", "score"], ["1", "a;b", "2"]])
    }

    func testTieFallsBackToComma() throws {
        let reader = CSVReader(bytes: Array("a;b,c\n".utf8))
        XCTAssertEqual(try reader.next()?.fields, ["a;b", "c"])
        XCTAssertEqual(reader.delimiter, UInt8(ascii: ","))
    }

    func testDetectionIgnoresDelimitersInsideQuotes() throws {
        let reader = CSVReader(bytes: Array("\"a,b,c\";\"d,e\";f\n1;2;3\n".utf8))
        let records = try readAll(reader)
        XCTAssertEqual(reader.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(records.map(\.fields), [["a,b,c", "d,e", "f"], ["1", "2", "3"]])
    }

    func testDetectionUsesOnlyTheHeaderRecord() throws {
        let reader = CSVReader(bytes: Array("a,b\n1;2;3;4;5,6\n".utf8))
        let records = try readAll(reader)
        XCTAssertEqual(reader.delimiter, UInt8(ascii: ","))
        XCTAssertEqual(records[1].fields, ["1;2;3;4;5", "6"])
    }

    func testDetectionWithHeaderSpanningChunks() throws {
        let text = "\"x\ny\";b;c;d\n1;2;3;4\n"
        for chunkSize in 1...text.utf8.count {
            let reader = CSVReader(bytes: Array(text.utf8), chunkSize: chunkSize)
            let records = try readAll(reader)
            XCTAssertEqual(reader.delimiter, UInt8(ascii: ";"), "chunk size \(chunkSize)")
            XCTAssertEqual(records.map(\.fields), [["x\ny", "b", "c", "d"], ["1", "2", "3", "4"]])
            XCTAssertEqual(records.map(\.line), [1, 3])
        }
    }

    // MARK: Encoding and line endings

    func testStripsBOM() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        XCTAssertEqual(try parse(bom + Array("a,b\n1,2".utf8)).map(\.fields), [["a", "b"], ["1", "2"]])
        // A quoted first header field right after the BOM is still recognised as quoted.
        let reader = CSVReader(bytes: bom + Array("\"id\";\"naam\"\n1;x\n".utf8))
        XCTAssertEqual(try readAll(reader).map(\.fields), [["id", "naam"], ["1", "x"]])
        XCTAssertEqual(reader.delimiter, UInt8(ascii: ";"))
        // BOM only.
        XCTAssertEqual(try parse(bom), [])
    }

    func testBOMAcrossChunks() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a;b\n1;2\n".utf8)
        for chunkSize in 1...4 {
            XCTAssertEqual(try parse(bytes, chunkSize: chunkSize).map(\.fields), [["a", "b"], ["1", "2"]])
        }
    }

    func testNonBOMLeadingMultibyteCharacterIsKept() throws {
        // U+FF0C FULLWIDTH COMMA starts with 0xEF like the BOM.
        for chunkSize in [1, 2, 3, nil] {
            XCTAssertEqual(try parse("，x,b\n1,2\n", chunkSize: chunkSize).map(\.fields), [["，x", "b"], ["1", "2"]])
        }
    }

    func testCRLF() throws {
        let records = try parse("a,b\r\n1,2\r\n3,4\r\n")
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["1", "2"], ["3", "4"]])
        XCTAssertEqual(records.map(\.line), [1, 2, 3])
    }

    func testLoneCRAndMixedLineEndings() throws {
        let records = try parse("a,b\r1,2\n3,4\r\n5,6\r")
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
        XCTAssertEqual(records.map(\.line), [1, 2, 3, 4])
    }

    func testUTF8Multibyte() throws {
        XCTAssertEqual(try fields("naam,plaats\nJosé,Zoë 🌷\n\"Ĳsselmeer, ‘t\",€\n"),
                       [["naam", "plaats"], ["José", "Zoë 🌷"], ["Ĳsselmeer, ‘t", "€"]])
    }

    // MARK: Quoting

    func testQuotedDelimitersAndNewlinesKeepLineNumbers() throws {
        let text = "id,text\n1,\"hello, world\"\n2,\"multi\nline\r\nwith\rbreaks\"\n3,x\n\n4,\"y\"\r\n"
        let records = try parse(text)
        XCTAssertEqual(records.map(\.fields), [
            ["id", "text"], ["1", "hello, world"], ["2", "multi\nline\r\nwith\rbreaks"], ["3", "x"], ["4", "y"],
        ])
        XCTAssertEqual(records.map(\.line), [1, 2, 3, 7, 9])
    }

    func testDoubledQuotes() throws {
        XCTAssertEqual(try fields("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n\"\",\"x\"\"\"\n"),
                       [["a", "b"], ["say \"hi\"", "\""], ["", "x\""]])
    }

    func testBareQuoteInUnquotedFieldIsLiteral() throws {
        XCTAssertEqual(try fields("a,b\nab\"c,5\"\n"), [["a", "b"], ["ab\"c", "5\""]])
    }

    func testCharacterAfterClosingQuoteIsAnError() {
        let err = error("a,b\n1,2\n\"ab\"c,3\n")
        XCTAssertEqual(err, CSVError(line: 3, message: "unexpected character after closing quote"))
        XCTAssertEqual(err?.description, "line 3: unexpected character after closing quote")
        // Same when the closing quote is the last byte of a chunk.
        XCTAssertEqual(error("\"ab\"c\n", chunkSize: 4)?.line, 1)
    }

    // MARK: Fields and records

    func testEmptyFieldsAndTrailingEmptyField() throws {
        XCTAssertEqual(try fields("a,b,\n,,\n1,,3\n\"\",x,\n,"),
                       [["a", "b", ""], ["", "", ""], ["1", "", "3"], ["", "x", ""], ["", ""]])
    }

    func testLastLineWithoutNewline() throws {
        XCTAssertEqual(try fields("a,b\n1,2"), [["a", "b"], ["1", "2"]])
        XCTAssertEqual(try fields("a,b\n1,\"2\""), [["a", "b"], ["1", "2"]])
        XCTAssertEqual(try fields("a,b\n1,\"2\"\"\""), [["a", "b"], ["1", "2\""]])
    }

    func testBlankLinesAreSkipped() throws {
        let records = try parse("\n\na,b\n\n1,2\r\n\r\n\n3,4\n\n\r\n")
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["1", "2"], ["3", "4"]])
        XCTAssertEqual(records.map(\.line), [3, 5, 8])
    }

    func testHeaderOnly() throws {
        XCTAssertEqual(try fields("a,b,c\n"), [["a", "b", "c"]])
        XCTAssertEqual(try fields("a;b;c"), [["a", "b", "c"]])

        let url = try writeTemp(Array("id;naam\r\n".utf8))
        let reader = try CSVReader(path: url.path)
        XCTAssertEqual(try reader.next(), CSVRecord(line: 1, fields: ["id", "naam"]))
        XCTAssertNil(try reader.next())
        XCTAssertNil(try reader.next())
        XCTAssertEqual(reader.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(reader.bytesRead, 9)
        XCTAssertEqual(reader.totalBytes, 9)
    }

    func testEmptyInput() throws {
        XCTAssertEqual(try parse(""), [])
        XCTAssertEqual(try parse("\n\r\n\n"), [])
        let reader = try CSVReader(path: writeTemp([]).path)
        XCTAssertNil(try reader.next())
        XCTAssertEqual(reader.totalBytes, 0)
    }

    // MARK: Errors

    func testUnterminatedQuoteReportsStartLine() {
        XCTAssertEqual(error("a,b\n1,2\n3,\"open\nmore\nstuff\n"),
                       CSVError(line: 3, message: "unterminated quoted field"))
        XCTAssertEqual(error("a,b\n\n\"x", chunkSize: 2)?.line, 3)
    }

    func testInvalidUTF8() {
        let bytes = Array("a,b\n1,2\n3,".utf8) + [0x66, 0xFF, 0x67] + Array("\n".utf8)
        XCTAssertEqual(error(bytes), CSVError(line: 3, message: "invalid UTF-8"))
        // Truncated sequence inside a multi-line quoted field: reported at the field's first line.
        let quoted = Array("a,b\n1,\"x\ny".utf8) + [0xC3] + Array("\"\n".utf8)
        XCTAssertEqual(error(quoted, chunkSize: 3), CSVError(line: 2, message: "invalid UTF-8"))
    }

    func testUTF8ValidationMatchesStandardLibrary() throws {
        // Edge cases: overlongs, surrogates, > U+10FFFF, truncations, and the valid extremes.
        var samples: [[UInt8]] = [
            [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x8C],
            [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], Array("abcdefghé".utf8), Array("abcdefgh".utf8) + [0xE9],
        ]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let alphabet: [UInt8] = [0x61, 0x7A, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1,
                                 0xED, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF]
        for _ in 0..<3000 {
            samples.append((0..<(1 + random(20))).map { _ in alphabet[random(alphabet.count)] })
        }
        for sample in samples {
            let expected = String(validating: sample, as: UTF8.self)
            for quoted in [false, true] {
                let body = quoted ? [UInt8(ascii: "\"")] + sample + [UInt8(ascii: "\"")] : sample
                let input = Array("h\n".utf8) + body + Array("\n".utf8)
                do {
                    let records = try parse(input)
                    XCTAssertEqual(records.last?.fields, expected.map { [$0] }, "\(sample)")
                } catch {
                    XCTAssertNil(expected, "\(sample)")
                    XCTAssertEqual(error as? CSVError, CSVError(line: 2, message: "invalid UTF-8"))
                }
            }
        }
    }

    /// Random inputs over the characters that matter: every chunk size yields the same records,
    /// or the same error.
    func testRandomInputsAgreeAcrossChunkSizes() {
        let alphabet: [[UInt8]] = [[0x61], [0x62], Array("é".utf8), [0x2C], [0x3B], [0x22], [0x22], [0x0A], [0x0D], [0x0D, 0x0A]]
        var seed: UInt64 = 42
        func random(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        func outcome(_ bytes: [UInt8], _ chunkSize: Int?) -> String {
            do { return "\(try parse(bytes, chunkSize: chunkSize))" } catch { return "error \(error)" }
        }
        for _ in 0..<1500 {
            let bytes = (0..<random(40)).flatMap { _ in alphabet[random(alphabet.count)] }
            let expected = outcome(bytes, nil)
            for chunkSize in [1, 2, 3, 5, 8] {
                XCTAssertEqual(outcome(bytes, chunkSize), expected, "\(bytes) chunk size \(chunkSize)")
            }
        }
    }

    func testNULByte() {
        XCTAssertEqual(error(Array("a,b\n1,".utf8) + [0, 0x32] + Array("\n".utf8)),
                       CSVError(line: 2, message: "NUL byte; is this a binary file?"))
        XCTAssertEqual(error(Array("a,b\n\"1\n".utf8) + [0] + Array("\"\n".utf8))?.line, 3)
    }

    func testErrorIsSticky() throws {
        let reader = CSVReader(bytes: Array("a,b\n\"x\"y,1\n2,3\n".utf8))
        XCTAssertEqual(try reader.next()?.fields, ["a", "b"])
        XCTAssertThrowsError(try reader.next())
        XCTAssertThrowsError(try reader.next()) { XCTAssertEqual($0 as? CSVError, CSVError(line: 2, message: "unexpected character after closing quote")) }
    }

    func testUnreadablePaths() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).csv").path
        XCTAssertThrowsError(try CSVReader(path: missing)) { error in
            let csvError = error as? CSVError
            XCTAssertEqual(csvError?.line, 0)
            XCTAssertTrue(csvError?.message.hasPrefix("cannot open \(missing)") == true, "\(error)")
        }
        XCTAssertThrowsError(try CSVReader(path: FileManager.default.temporaryDirectory.path)) { error in
            XCTAssertTrue((error as? CSVError)?.message.contains("directory") == true, "\(error)")
        }
    }

    // MARK: Chunk boundaries

    /// Every chunk size must give exactly the same records as parsing the whole input at once.
    func testAllChunkSizesAgree() throws {
        let text = "\u{FEFF}id;\"tekst\";x\r\n\r\n1;\"a;\"\"b\"\"\r\nc\";é\r\n2;\"\"\"\";\"\"\r3;ab\"c;\n\n4;\"🌷\n\";"
        let bytes = Array(text.utf8)
        let expected = try parse(bytes)
        XCTAssertEqual(expected.map(\.fields), [
            ["id", "tekst", "x"], ["1", "a;\"b\"\r\nc", "é"], ["2", "\"", ""], ["3", "ab\"c", ""], ["4", "🌷\n", ""],
        ])
        XCTAssertEqual(expected.map(\.line), [1, 3, 5, 6, 8])
        for chunkSize in 1...bytes.count + 1 {
            XCTAssertEqual(try parse(bytes, chunkSize: chunkSize), expected, "chunk size \(chunkSize)")
            let url = try writeTemp(bytes)
            XCTAssertEqual(try readAll(CSVReader(path: url.path, chunkSize: chunkSize)), expected, "file, chunk size \(chunkSize)")
        }
    }

    func testCRLFSplitAcrossChunkBoundary() throws {
        let chunkSize = 16
        let header = "a,b\n"
        let row = "12345,12345\r\n"  // header + row: the CR is byte 15, the LF byte 16
        let bytes = Array((header + row + "x,y\r\n").utf8)
        XCTAssertEqual(bytes[chunkSize - 1], 0x0D)
        XCTAssertEqual(bytes[chunkSize], 0x0A)
        let url = try writeTemp(bytes)
        let records = try readAll(CSVReader(path: url.path, chunkSize: chunkSize))
        XCTAssertEqual(records, [
            CSVRecord(line: 1, fields: ["a", "b"]),
            CSVRecord(line: 2, fields: ["12345", "12345"]),
            CSVRecord(line: 3, fields: ["x", "y"]),
        ])
    }

    func testDoubledQuoteSplitAcrossChunkBoundary() throws {
        let chunkSize = 16
        let text = "a,b\n1,\"abcdefgh\"\"ij\"\n2,\"multi\r\nline\"\n3,4\n"
        let bytes = Array(text.utf8)
        XCTAssertEqual(bytes[chunkSize - 1], UInt8(ascii: "\""))
        XCTAssertEqual(bytes[chunkSize], UInt8(ascii: "\""))
        let url = try writeTemp(bytes)
        let records = try readAll(CSVReader(path: url.path, chunkSize: chunkSize))
        XCTAssertEqual(records, [
            CSVRecord(line: 1, fields: ["a", "b"]),
            CSVRecord(line: 2, fields: ["1", "abcdefgh\"ij"]),
            CSVRecord(line: 3, fields: ["2", "multi\r\nline"]),
            CSVRecord(line: 5, fields: ["3", "4"]),
        ])
    }

    func testCRLFInsideQuotedFieldSplitAcrossChunkBoundaryCountsOneLine() throws {
        let bytes = Array("a\n\"xxxxx\r\nyy\"\nz\n".utf8)
        XCTAssertEqual(bytes[8], 0x0D)  // CR ends the first 9-byte chunk
        let records = try readAll(CSVReader(path: writeTemp(bytes).path, chunkSize: 9))
        XCTAssertEqual(records.map(\.line), [1, 2, 4])
        XCTAssertEqual(records[1].fields, ["xxxxx\r\nyy"])
    }

    /// A multi-megabyte file read with the default 1 MiB chunks and with odd small chunks;
    /// every record is checked against the rows it was generated from.
    func testLargeFileMatchesEveryRecord() throws {
        let header = ["id", "naam", "opmerking", "score", "leeg"]
        var rows = [header]
        var startLines = [1]
        var line = 2
        for i in 0..<40_000 {
            let remark: String
            switch i % 7 {
            case 0: remark = "regel \(i)\nmet \"aanhalingstekens\"; en komma, ja"
            case 1: remark = "Zoë é 🌷 \(i)"
            case 2: remark = "crlf\r\nbinnen \(i)"
            case 3: remark = ""
            default: remark = String(repeating: "x", count: i % 50)
            }
            rows.append(["\(i)", "Deelnemer \(i)", remark, "\(i % 11)", ""])
            startLines.append(line)
            line += 1 + remark.filter { $0 == "\n" || $0 == "\r\n" }.count
        }
        for (delimiter, newline) in [(Character(";"), "\r\n"), (Character(","), "\n")] {
            let bytes = Array(encode(rows, delimiter: delimiter, newline: newline).utf8)
            XCTAssertGreaterThan(bytes.count, CSVReader.defaultChunkSize)
            let url = try writeTemp(bytes)
            for chunkSize in [CSVReader.defaultChunkSize, 4093] {
                let reader = try CSVReader(path: url.path, chunkSize: chunkSize)
                XCTAssertEqual(reader.totalBytes, bytes.count)
                var index = 0
                var lastProgress = 0
                while let record = try reader.next() {
                    guard index < rows.count else { return XCTFail("too many records") }
                    if record.fields != rows[index] || record.line != startLines[index] {
                        return XCTFail("record \(index): got line \(record.line) \(record.fields), expected line \(startLines[index]) \(rows[index])")
                    }
                    XCTAssertGreaterThanOrEqual(reader.bytesRead, lastProgress)
                    lastProgress = reader.bytesRead
                    index += 1
                }
                XCTAssertEqual(index, rows.count)
                XCTAssertEqual(reader.delimiter, UInt8(ascii: String(delimiter).unicodeScalars.first!))
                XCTAssertEqual(reader.bytesRead, bytes.count)
            }
        }
    }
}
