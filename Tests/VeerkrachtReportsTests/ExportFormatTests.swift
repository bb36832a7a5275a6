import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtReports
import XCTest

/// One export table, three formats: the csv of SPEC §6 unchanged, and csv-nl for a Dutch Excel.
final class ExportFormatTests: XCTestCase {
    private let cells = [
        ScoreCell(meting: "=1+1", area: "Stratum; Oost", construct: "cohesie",
                  distribution: ScoreDistribution(moments: Moments(count: 40, mean: 6.25, sumOfSquaredDeviations: 39), laag: 4, hoog: 10)),
        ScoreCell(meting: "2025-voorjaar", area: "WK077201", construct: "binding",
                  distribution: ScoreDistribution(moments: Moments(count: 7, mean: 5, sumOfSquaredDeviations: 6), laag: 1, hoog: 1)),
    ]

    func testTheTableWritesTheCSVOfTheExport() {
        let table = ScoreExport.table(cells, policy: DisclosurePolicy())
        XCTAssertEqual(table.header, ScoreExport.header)
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertEqual(table.csv(), ScoreExport.csv(cells, policy: DisclosurePolicy()))
        XCTAssertEqual(table.csvBytes(.standard), Array(table.csv().utf8))
    }

    func testDutchExcelCSVHasABOMSemicolonsAndDecimalCommas() {
        let bytes = ScoreExport.table(cells, policy: DisclosurePolicy()).csvBytes(.dutchExcel)
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], ScoreExport.header.joined(separator: ";"))
        // mean 6.25, sd = sqrt(39 / 39) = 1; scipy.stats.t.ppf(0.975, 39) / sqrt(40) = 0.3198139...
        XCTAssertTrue(lines[1].hasPrefix("'=1+1;\"Stratum; Oost\";cohesie;40;6,25;1,0;5,930"), lines[1])
        XCTAssertTrue(lines[1].hasSuffix(";10,0;25,0;ok"), lines[1])
        XCTAssertEqual(lines[2], "2025-voorjaar;WK077201;binding;7;;;;;;;onderdrukt")
    }

    func testEveryExportHasATable() {
        let change = ChangeExport.table([ChangeCell(area: "GM0772", construct: "cohesie", from: cells[0].distribution, to: cells[0].distribution,
                                                    panel: PanelChange(ReliableChange.Tally(sDiff: nil)))], policy: DisclosurePolicy())
        XCTAssertEqual(change.header, ChangeExport.header)
        XCTAssertEqual(change.rows.count, 1)
        let output = OutputExport.table([:], hulpbronnen: OutputExport.defaultHulpbronnen)
        XCTAssertEqual(output.header, OutputExport.header)
        XCTAssertEqual(String(decoding: output.csvBytes(.dutchExcel), as: UTF8.self),
                       "\u{FEFF}" + OutputExport.header.joined(separator: ";") + "\n")
    }
}
