import VeerkrachtCSV
import XCTest

/// The writer quotes a field only where RFC 4180 needs it, knows numbers from text, and in an
/// export neutralises text a spreadsheet would run as a formula (a leading `'`, OWASP); an import
/// file keeps its text exactly.
final class CSVWriterTests: XCTestCase {
    /// A text starting with each of the six characters a spreadsheet reads as the start of a formula.
    static let formulas = ["=HYPERLINK(\"https://example.com\",\"klik\")", "+31-6", "-2025", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]

    /// `text` as a CSV field: quoted where RFC 4180 needs it.
    private func quoted(_ text: String) -> String {
        text.utf8.contains(where: { Array(",\"\r\n".utf8).contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    func testCSVWriterQuotesOnlyWhenNeeded() {
        var writer = CSVWriter(header: ["a", "b"])
        writer.append([.text("x,y"), .text("say \"hi\"")])
        writer.append([.text(nil), .text("plain")])
        XCTAssertEqual(writer.text, "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n,plain\n")
    }

    func testCSVWriterQuotesASeparatorFollowedByACombiningMark() {
        // ",\u{301}" is one Character, unequal to ","; its bytes still hold the separator.
        var writer = CSVWriter(header: ["meting"])
        writer.append([.text("a,\u{301}b")])
        writer.append([.text("\"\u{301}")])
        XCTAssertEqual(writer.text, "meting\n\"a,\u{301}b\"\n\"\"\"\u{301}\"\n")
    }

    func testTheWriterKnowsNumbersFromText() {
        var writer = CSVWriter(header: ["tekst", "getal", "aantal"])
        writer.append([.text("-0.113"), .number(-0.113), .count(-7)])
        writer.append([.text("=1+1"), .number(.nan), .count(nil)])
        writer.append([.text("a=b"), .number(-.infinity), .count(0)])
        writer.append([.text(" =1"), .number(-1e300), .count(.min)])
        XCTAssertEqual(writer.text, "tekst,getal,aantal\n'-0.113,-0.113,-7\n'=1+1,,\na=b,,0\n =1,-1e+300,-9223372036854775808\n",
                       "only a text's first character counts; numbers that are not finite are empty")
    }

    func testImportFilesKeepTheirTextExactly() {
        var writer = CSVWriter(header: ["meting", "=kolom"], for: .importFile)
        for label in Self.formulas { writer.append([.text(label), .number(-1)]) }
        XCTAssertEqual(writer.text, "meting,=kolom\n" + Self.formulas.map { "\(quoted($0)),-1.0\n" }.joined())
    }
}
