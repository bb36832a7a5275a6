import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore
import XCTest

/// The trend of a wijk in a rapportagegebied withholds what the single-meting reports withhold:
/// otherwise a member's own point beside its group's would give the small member away.
final class TrendRapportagegebiedTests: XCTestCase {
    func testTheTrendOfAGroupedGemeenteWithholdsWhatEverySummaryWithholds() throws {
        let store = DemoStore.make()
        try store.addRapportagegebied("Woensel-Noord en Achtse Barrier", wijken: ["WK077205", "WK077208"])
        let policy = DisclosurePolicy()
        let (first, last) = (DemoStore.metingen[0], DemoStore.metingen[1])
        var pooled = 0
        for (k, meting) in [first, last].enumerated() {
            let summary = try GemeenteReport(gemeente: "GM0772", meting: meting, previous: k == 0 ? nil : first, source: store, policy: policy)
            for row in summary.wijken {
                let trend = try WijkReport(wijk: row.wijk.code, meting: last, previous: first, source: store, policy: policy).trend
                for (index, result) in row.constructs.enumerated() {
                    XCTAssertEqual(trend.series[index].points[k], result.figures, "\(row.wijk.code) \(meting) \(result.id)")
                    if case .pooled? = result.figures.reason { pooled += 1 }
                }
                if k == 1 {
                    XCTAssertEqual(trend.series.map(\.firstToLast), row.constructs.map(\.change), row.wijk.code)
                    XCTAssertTrue(trend.series.allSatisfy { $0.steps[0].values == nil || ($0.points[0].values != nil && $0.points[1].values != nil) },
                                  "\(row.wijk.code): a step is shown only between shown points")
                }
            }
        }
        XCTAssertGreaterThan(pooled, 0, "the demo's group is pooled somewhere")
    }
}
