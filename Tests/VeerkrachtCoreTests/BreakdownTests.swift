import VeerkrachtCore
import XCTest

final class BreakdownTests: XCTestCase {
    func testAgeGroupsAtTheirEdges() {
        let groups = Breakdown.leeftijd.groups
        let cases: [(Int?, String)] = [(16, "16–24"), (24, "16–24"), (25, "25–44"), (44, "25–44"), (45, "45–64"), (64, "45–64"),
                                       (65, "65–74"), (74, "65–74"), (75, "75+"), (110, "75+"), (nil, "onbekend"), (15, "onbekend")]
        for (answer, group) in cases {
            XCTAssertEqual(groups[Breakdown.leeftijd.groupIndex(of: answer)], group, "\(String(describing: answer))")
        }
    }

    func testGeslachtByCode() {
        let groups = Breakdown.geslacht.groups
        let cases: [(Int?, String)] = [(1, "man"), (2, "vrouw"), (3, "anders"), (nil, "onbekend"), (0, "onbekend"), (98, "onbekend")]
        for (answer, group) in cases {
            XCTAssertEqual(groups[Breakdown.geslacht.groupIndex(of: answer)], group, "\(String(describing: answer))")
        }
    }

    func testUnknownIsLastAndTheItemIsNamedAfterTheBreakdown() {
        for breakdown in Breakdown.allCases {
            XCTAssertEqual(breakdown.groups.last, Breakdown.unknown)
            XCTAssertEqual(breakdown.item, breakdown.rawValue)
        }
    }
}
