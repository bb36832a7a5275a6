import VeerkrachtCore
import VeerkrachtPresentation
@testable import VeerkrachtReports
import XCTest

/// A share that rests on fewer than 30 residents is written as a count ("1 van 12"), not "8,3%".
final class SmallShareTests: XCTestCase {
    private func chart(n: Int, laag: Int, hoog: Int) -> String {
        let distribution = ScoreDistribution(moments: Moments(count: n, mean: 5, sumOfSquaredDeviations: Double(n)), laag: laag, hoog: hoog)
        return DistributionChart.render([("Cohesie", ScoreFigures(distribution, policy: DisclosurePolicy()))], label: "verdeling").rendered
    }

    func testTheDistributionOfAFewResidentsShowsCounts() {
        let small = chart(n: 12, laag: 1, hoog: 3)
        for count in ["1 van 12", "8 van 12", "3 van 12"] { XCTAssertTrue(small.contains(">\(count)<"), "\(count) in \(small)") }
        XCTAssertFalse(small.contains("%<"), small)
    }

    func testTheDistributionOfThirtyOrMoreShowsPercentages() {
        let large = chart(n: 30, laag: 3, hoog: 6)
        for share in ["10,0%", "70,0%", "20,0%"] { XCTAssertTrue(large.contains(">\(share)<"), "\(share) in \(large)") }
        XCTAssertFalse(large.contains(" van 30<"), large)
    }
}
