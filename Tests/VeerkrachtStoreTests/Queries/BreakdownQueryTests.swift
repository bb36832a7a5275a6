import VeerkrachtCore
@testable import VeerkrachtStore
import XCTest

/// `Store.breakdowns` splits an area's respondents and scores by each background question; the
/// groups of a breakdown add up to the area's own figures.
final class BreakdownQueryTests: XCTestCase {
    /// Responses to an instrument that does not ask the background questions are all `onbekend`,
    /// and that group then holds exactly the area's cells.
    func testResponsesWithoutBackgroundAnswersAreUnknown() throws {
        let store = try Fixtures.store()
        _ = try store.importResponses(from: Fixtures.reader(PanelFixture.csv()), source: "panel.csv")
        for level in AreaLevel.allCases {
            let meting = "2025-voorjaar"
            let breakdowns = try store.breakdowns(level: level, meting: meting)
            let participation = try store.participation(level: level, meting: meting)
            let cells = Dictionary(grouping: try store.scoreCells(level: level, meting: meting), by: \.area)
            XCTAssertEqual(Set(breakdowns.map(\.area)), Set(participation.keys))
            XCTAssertEqual(breakdowns.count, participation.count * Breakdown.allCases.count)
            for split in breakdowns {
                let unknown = split.breakdown.groups.count - 1
                XCTAssertEqual(split.breakdown.groups[unknown], Breakdown.unknown)
                XCTAssertEqual(split.respondents, (0...unknown).map { $0 == unknown ? participation[split.area]!.respondents : 0 })
                let areaCells = cells[split.area] ?? []
                XCTAssertEqual(Set(split.scores.keys), Set(areaCells.map(\.construct)))
                for cell in areaCells {
                    let groups = try XCTUnwrap(split.scores[cell.construct])
                    XCTAssertEqual(groups[unknown].n, cell.distribution.n)
                    XCTAssertEqual(groups[unknown].moments.mean, cell.distribution.moments.mean, accuracy: 1e-12)
                    XCTAssertEqual(groups[unknown].laag, cell.distribution.laag)
                    XCTAssertEqual(groups[unknown].hoog, cell.distribution.hoog)
                    XCTAssertTrue(groups.dropLast().allSatisfy { $0.n == 0 })
                }
            }
        }
    }

    func testOneAreaOnly() throws {
        let store = try Fixtures.store()
        _ = try store.importResponses(from: Fixtures.reader(PanelFixture.csv()), source: "panel.csv")
        let all = try store.breakdowns(level: .wijk, meting: "2025-voorjaar")
        let code = try XCTUnwrap(all.first?.area)
        XCTAssertEqual(try store.breakdowns(level: .wijk, meting: "2025-voorjaar", area: code), all.filter { $0.area == code })
        XCTAssertThrowsError(try store.breakdowns(level: .wijk, meting: "2025-voorjar"))
    }
}
