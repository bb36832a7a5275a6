import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtReports
import XCTest

/// Exports neutralise text a spreadsheet would run as a formula (a leading `'`, OWASP); numbers,
/// negative ones included, stay plain numbers. (The writer's own rules: `CSVWriterTests`.)
final class CSVFormulaTests: XCTestCase {
    /// A text starting with each of the six characters a spreadsheet reads as the start of a formula.
    static let formulas = ["=HYPERLINK(\"https://example.com\",\"klik\")", "+31-6", "-2025", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]

    /// `text` as a CSV field: quoted where RFC 4180 needs it.
    private func quoted(_ text: String) -> String {
        text.utf8.contains(where: { Array(",\"\r\n".utf8).contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// How an export writes `text`: with a `'` before it.
    private func neutralised(_ text: String) -> String { quoted("'" + text) }

    /// A distribution of 40 scores with the given mean (and sd 1): shown, not indicatief.
    private func distribution(mean: Double) -> ScoreDistribution {
        ScoreDistribution(moments: Moments(count: 40, mean: mean, sumOfSquaredDeviations: 39), laag: 4, hoog: 0)
    }

    func testScoreExportNeutralisesLabelsNotNumbers() {
        for label in Self.formulas {
            let csv = ScoreExport.csv([ScoreCell(meting: label, area: "WK077201", construct: label, distribution: distribution(mean: -0.113))],
                                      policy: DisclosurePolicy())
            let row = String(csv.dropFirst(ScoreExport.header.joined(separator: ",").count + 1))
            XCTAssertTrue(row.hasPrefix("\(neutralised(label)),WK077201,\(neutralised(label)),40,-0.113,1.0,"), row.debugDescription)
        }
    }

    func testChangeExportNeutralisesLabelsNotNumbers() {
        for label in Self.formulas {
            let cell = ChangeCell(area: label, construct: "cohesie", from: distribution(mean: 6), to: distribution(mean: 4.5),
                                  panel: PanelChange(ReliableChange.Tally(sDiff: nil)))
            let csv = ChangeExport.csv([cell], policy: DisclosurePolicy())
            let row = String(csv.dropFirst(ChangeExport.header.joined(separator: ",").count + 1))
            XCTAssertTrue(row.hasPrefix("\(neutralised(label)),cohesie,40,40,6.0,4.5,-1.5,-"), row.debugDescription)
        }
    }

    func testOutputExportNeutralisesLabelsNotNumbers() {
        var totals = OutputTotals()
        totals.activities = 3
        totals.hours = -2.5
        for label in Self.formulas {
            let csv = OutputExport.csv([label: totals], hulpbronnen: [label])
            XCTAssertEqual(csv, "gebied,activiteiten,deelnemers,uren,vrijwilligers,\(neutralised(label))\n"
                               + "\(neutralised(label)),3,0,-2.5,0,0\n")
        }
    }

    func testANeutralisedFieldReadsBackAsOneFieldWithTheQuoteInFront() throws {
        let cells = Self.formulas.map { ScoreCell(meting: $0, area: "WK077201", construct: "cohesie", distribution: distribution(mean: 5)) }
        let reader = CSVReader(bytes: Array(ScoreExport.csv(cells, policy: DisclosurePolicy()).utf8))
        XCTAssertEqual(try reader.next()?.fields, ScoreExport.header)
        for label in Self.formulas {
            let fields = try XCTUnwrap(reader.next()).fields
            XCTAssertEqual(fields.count, ScoreExport.header.count)
            XCTAssertEqual(fields.first, "'" + label)
        }
    }
}
