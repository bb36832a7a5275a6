import VeerkrachtCore
import VeerkrachtReports
import XCTest

final class ExportTests: XCTestCase {
    private func distribution(_ scores: [Double], thresholds: CategoryThresholds = CategoryThresholds()) -> ScoreDistribution {
        var d = ScoreDistribution()
        for s in scores { d.add(s, category: thresholds.category(of: s)) }
        return d
    }

    func testScoreExportFormatAndSuppression() {
        let small = distribution([5, 6, 7, 8, 2, 3, 4, 5, 6])                      // n = 9: onderdrukt
        let twelve = distribution([2, 3, 4, 5, 6, 7, 8, 9, 10, 5, 5, 5])           // n = 12: indicatief
        let csv = ScoreExport.csv([
            ScoreCell(meting: "2025-voorjaar", area: "WK077201", construct: "cohesie", distribution: small),
            ScoreCell(meting: "2025-voorjaar", area: "WK077202", construct: "cohesie", distribution: twelve),
        ], policy: DisclosurePolicy())
        let lines = csv.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "meting,gebied,construct,n,gemiddelde,sd,ci_laag,ci_hoog,pct_laag,pct_hoog,status")
        XCTAssertEqual(lines[1], "2025-voorjaar,WK077201,cohesie,9,,,,,,,onderdrukt")
        let f = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(Array(f[0...3]), ["2025-voorjaar", "WK077202", "cohesie", "12"])
        // numpy: x = [2,3,4,5,6,7,8,9,10,5,5,5]; x.mean() = 5.75; x.std(ddof=1) = 2.378884383296277
        // scipy.stats.t.interval(0.95, 11, loc=5.75, scale=x.std(ddof=1)/sqrt(12)) = (4.238528973189303, 7.261471026810697)
        XCTAssertEqual(Double(f[4])!, 5.75, accuracy: 1e-12)
        XCTAssertEqual(Double(f[5])!, 2.378884383296277, accuracy: 1e-12)
        XCTAssertEqual(Double(f[6])!, 4.238528973189303, accuracy: 1e-9)
        XCTAssertEqual(Double(f[7])!, 7.261471026810697, accuracy: 1e-9)
        XCTAssertEqual(Double(f[8])!, 100 * 2 / 12, accuracy: 1e-12)   // 2, 3 below 4.0
        XCTAssertEqual(Double(f[9])!, 100 * 4 / 12, accuracy: 1e-12)   // 7, 8, 9, 10 at or above 7.0
        XCTAssertEqual(f[10], "indicatief")
    }

    func testChangeExportFormat() {
        let before = distribution((0..<20).map { Double($0 % 10) })
        let after = distribution((0..<20).map { Double($0 % 10) + 2 })
        var tally = ReliableChange.Tally(sDiff: 1.0)
        for i in 0..<12 { tally.add(pre: 5, post: i < 3 ? 8 : 5) }
        let cells = [
            ChangeCell(area: "GM0772", construct: "cohesie", from: before, to: after, panel: PanelChange(tally)),
            ChangeCell(area: "GM0772", construct: "veerkracht", from: before, to: after, panel: PanelChange(ReliableChange.Tally(sDiff: nil))),
            ChangeCell(area: "GM0773", construct: "cohesie", from: distribution([5, 5]), to: after, panel: PanelChange(tally)),
        ]
        let lines = ChangeExport.csv(cells, policy: DisclosurePolicy()).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "gebied,construct,n_van,n_naar,gem_van,gem_naar,verschil,ci_laag,ci_hoog,significant,n_gepaard,pct_verbeterd,pct_verslechterd,status")
        let f = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(Array(f[0...3]), ["GM0772", "cohesie", "20", "20"])
        XCTAssertEqual(Double(f[6])!, 2.0, accuracy: 1e-12)
        // scipy.stats.ttest_ind(b, a, equal_var=False).confidence_interval() with a = [i % 10 for i in range(20)], b = a + 2
        // → (0.11348506276877823, 3.8865149372312215)
        XCTAssertEqual(Double(f[7])!, 0.11348506276877823, accuracy: 1e-9)
        XCTAssertEqual(Double(f[8])!, 3.8865149372312215, accuracy: 1e-9)
        XCTAssertEqual(Array(f[9...13]), ["ja", "12", "25.0", "0.0", "ok"])
        XCTAssertTrue(lines[2].hasSuffix(",ja,0,,,ok"), "no reliable change for a composite: \(lines[2])")
        XCTAssertEqual(lines[3], "GM0773,cohesie,2,20,,,,,,,,,,onderdrukt")
    }
}
