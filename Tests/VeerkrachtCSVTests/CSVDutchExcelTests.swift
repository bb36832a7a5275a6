import VeerkrachtCSV
import XCTest

/// The Dutch-Excel dialect: `;` between fields, decimal comma, a UTF-8 byte order mark; quoting
/// and the formula guard as in the standard dialect.
final class CSVDutchExcelTests: XCTestCase {
    private func write(_ rows: [[CSVField]], header: [String] = ["gebied", "gemiddelde", "n"]) -> [UInt8] {
        var writer = CSVWriter(header: header, dialect: .dutchExcel)
        for row in rows { writer.append(row) }
        return writer.takeBytes()
    }

    func testStartsWithAByteOrderMarkAndSeparatesWithSemicolons() {
        let bytes = write([[.text("WK077201"), .number(3.25), .count(48)]])
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: bytes.dropFirst(3), as: UTF8.self), "gebied;gemiddelde;n\nWK077201;3,25;48\n")
    }

    func testNumbersTakeADecimalCommaAndCountsStayWhole() {
        let bytes = write([[.text("a"), .number(-0.113), .count(-3)], [.text("b"), .number(1e-05), .count(nil)],
                           [.text("c"), .number(.nan), .count(1_000_000)], [.text("d"), .number(4), .count(0)]])
        XCTAssertEqual(String(decoding: bytes.dropFirst(3), as: UTF8.self),
                       "gebied;gemiddelde;n\na;-0,113;-3\nb;1e-05;\nc;;1000000\nd;4,0;0\n")
    }

    func testASemicolonIsQuotedACommaIsNot() {
        let bytes = write([[.text("Stratum; Oost"), .text("Den Bosch, Noord"), .text("zei \"ja\"")]], header: ["a", "b", "c"])
        XCTAssertEqual(String(decoding: bytes.dropFirst(3), as: UTF8.self),
                       "a;b;c\n\"Stratum; Oost\";Den Bosch, Noord;\"zei \"\"ja\"\"\"\n")
    }

    func testFormulasAreNeutralisedAsInTheStandardDialect() {
        let bytes = write([[.text("=HYPERLINK(\"x\";\"y\")"), .text("-2025"), .number(-1.5)]], header: ["a", "b", "c"])
        XCTAssertEqual(String(decoding: bytes.dropFirst(3), as: UTF8.self),
                       "a;b;c\n\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\";'-2025;-1,5\n")
    }

    func testTheStandardDialectIsUnchanged() {
        var writer = CSVWriter(header: ["a", "b"])
        writer.append([.text("x;y"), .number(0.5)])
        XCTAssertEqual(writer.text, "a,b\nx;y,0.5\n")
    }
}
