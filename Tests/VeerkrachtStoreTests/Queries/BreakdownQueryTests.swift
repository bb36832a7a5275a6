import VeerkrachtCore
@testable import VeerkrachtStore
import VeerkrachtSurveys
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

    /// With the v2 instrument each respondent lands in the group of their answers: a group's
    /// distribution equals the cell of a store in which the same respondents live in a wijk of
    /// their own per group (cells are pinned to the reference elsewhere).
    func testEachRespondentIsCountedInTheGroupOfTheirAnswers() throws {
        let v2 = try Instrument(yaml: BundledInstruments.veerkrachtmeterV2)
        let split = try Store()
        try split.register(v2, source: BundledInstruments.veerkrachtmeterV2)
        // 40 respondents: ages over every group and beyond, geslacht 1–3 or missing, answers that differ.
        let ages = ["16", "24", "25", "44", "45", "64", "65", "74", "75", "110", "", "98"]
        let rows = (0..<40).map { n -> (row: [String], age: Int, sex: Int) in
            let overrides = Dictionary(uniqueKeysWithValues: Fixtures.itemIDs.enumerated().map { index, id in
                (id, (index + n) % 9 == 0 ? "" : id.hasPrefix("svt") ? "\((index * 3 + n) % 11)" : "\(1 + (index * 7 + n * 3) % 5)")
            })
            let age = ages[n % ages.count], sex = ["1", "2", "3", "", "2"][n % 5]
            let row = Fixtures.row("r\(n)", overrides: overrides) + [age, sex]
            return (row, Breakdown.leeftijd.groupIndex(of: Int(age)), Breakdown.geslacht.groupIndex(of: Int(sex)))
        }
        let header = Fixtures.header + ["leeftijd", "geslacht"]
        _ = try split.importResponses(from: Fixtures.reader(Fixtures.csv([header] + rows.map(\.row))), source: "v2.csv")
        for breakdown in Breakdown.allCases {
            let store = try Store()
            try store.register(v2, source: BundledInstruments.veerkrachtmeterV2)
            let moved = rows.map { row, age, sex in
                [row[0], "WK07720\(breakdown == .leeftijd ? age : sex)"] + row.dropFirst(2)
            }
            _ = try store.importResponses(from: Fixtures.reader(Fixtures.csv([header] + moved)), source: "apart.csv")
            let cells = try store.scoreCells(level: .wijk, meting: "2025-voorjaar")
            let found = try XCTUnwrap(try split.breakdowns(level: .wijk, meting: "2025-voorjaar").first { $0.breakdown == breakdown })
            for (group, name) in breakdown.groups.enumerated() {
                let wijk = "WK07720\(group)"
                XCTAssertEqual(found.respondents[group], rows.filter { (breakdown == .leeftijd ? $0.age : $0.sex) == group }.count, name)
                for (construct, groups) in found.scores {
                    let cell = cells.first { $0.area == wijk && $0.construct == construct }?.distribution ?? ScoreDistribution()
                    XCTAssertEqual(groups[group].n, cell.n, "\(name) \(construct)")
                    XCTAssertEqual(groups[group].moments.mean, cell.moments.mean, accuracy: 1e-12, "\(name) \(construct)")
                    XCTAssertEqual(groups[group].moments.sumOfSquaredDeviations, cell.moments.sumOfSquaredDeviations, accuracy: 1e-9)
                    XCTAssertEqual([groups[group].laag, groups[group].hoog], [cell.laag, cell.hoog], "\(name) \(construct)")
                }
            }
            XCTAssertGreaterThan(found.respondents.dropLast().filter { $0 > 0 }.count, 2, "several groups are filled")
        }
    }
}
