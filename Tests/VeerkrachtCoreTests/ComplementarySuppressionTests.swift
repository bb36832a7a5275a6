import XCTest
import VeerkrachtCore

/// Complementary suppression: which cells of an additive table to withhold so that no cell with
/// too few respondents can be recomputed as the total minus the cells shown.
final class ComplementarySuppressionTests: XCTestCase {
    private let policy = DisclosurePolicy()

    private func withheld(_ counts: [String: Int], alreadyWithheld: Set<String> = [],
                          policy: DisclosurePolicy = DisclosurePolicy()) -> Set<String> {
        ComplementarySuppression.withheld(counts: counts, alreadyWithheld: alreadyWithheld, policy: policy)
    }

    // MARK: The rule

    func testNothingSmallNothingWithheld() {
        XCTAssertEqual(withheld(["A": 40, "B": 20, "C": 10]), [])
        XCTAssertEqual(withheld([:]), [])
    }

    func testOneSmallCellTakesTheNextSmallestWithIt() {
        XCTAssertEqual(withheld(["A": 40, "B": 5, "C": 12, "D": 30]), ["B", "C"])
    }

    func testSmallCellsThatTogetherReachTheThresholdProtectEachOther() {
        XCTAssertEqual(withheld(["A": 40, "B": 5, "C": 6]), ["B", "C"])
        XCTAssertEqual(withheld(["A": 40, "B": 3, "C": 3, "D": 4]), ["B", "C", "D"])
    }

    func testSmallCellsBelowTheThresholdTogetherTakeTheNextSmallest() {
        XCTAssertEqual(withheld(["A": 40, "B": 3, "C": 4, "D": 15, "E": 16]), ["B", "C", "D"])
    }

    func testTiesGoToTheLowestKey() {
        XCTAssertEqual(withheld(["A": 5, "C": 20, "B": 20]), ["A", "B"])
        XCTAssertEqual(withheld(["WK077203": 12, "WK077202": 12, "WK077201": 3]), ["WK077201", "WK077202"])
    }

    func testAllButOneSmallWithholdsEverything() {
        // The gemeente total then shows the 57 respondents together, which says nothing about a single wijk.
        XCTAssertEqual(withheld(["A": 3, "B": 4, "C": 50]), ["A", "B", "C"])
    }

    func testASingleWijkIsTheGemeente() {
        // Its gemeente has the same n: onderdrukt when the wijk is, shown when it is.
        XCTAssertEqual(withheld(["A": 5]), ["A"])
        XCTAssertEqual(withheld(["A": 50]), [])
    }

    func testEverythingSmallStaysWithheldWithNothingToAdd() {
        // 3 + 4 < 10: the gemeente has 7 respondents and is onderdrukt itself.
        XCTAssertEqual(withheld(["A": 3, "B": 4]), ["A", "B"])
    }

    func testCellsWithoutRespondentsNeitherNeedNorGiveProtection() {
        XCTAssertEqual(withheld(["A": 5, "Z": 0, "B": 30]), ["A", "B"])
        XCTAssertEqual(withheld(["A": 0, "B": 30]), [])
    }

    func testAlreadyWithheldCellsCountTowardsTheGroup() {
        XCTAssertEqual(withheld(["A": 5, "B": 40, "C": 30], alreadyWithheld: ["B"]), ["A", "B"], "B already protects A")
        XCTAssertEqual(withheld(["A": 40, "B": 30], alreadyWithheld: ["B"]), ["B"], "nothing small to protect")
        XCTAssertEqual(withheld(["A": 5, "B": 40, "C": 30], alreadyWithheld: ["Z"]), ["A", "C", "Z"], "an unknown key adds nothing")
    }

    func testTheThresholdIsThePolicys() {
        let five = DisclosurePolicy(suppressBelow: 5, indicativeBelow: 20)
        XCTAssertEqual(withheld(["A": 4, "B": 5, "C": 6], policy: five), ["A", "B"])
        XCTAssertEqual(withheld(["A": 9, "B": 10, "C": 11], policy: five), [])
    }

    /// On many random tables: whenever the withheld cells include a small one, together they reach the
    /// threshold or are every cell with respondents; and every cell added is no larger than one left shown.
    func testNoSmallCellCanBeRecomputedOnRandomTables() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<2000 {
            var counts: [String: Int] = [:]
            for wijk in 0..<(1 + next(8)) { counts["WK0001\(wijk)"] = next(3) == 0 ? next(10) : next(60) }
            let result = withheld(counts)
            let group = result.compactMap { counts[$0] }.filter { $0 > 0 }
            let positive = counts.values.filter { $0 > 0 }
            if group.contains(where: { $0 < 10 }) {
                XCTAssertTrue(group.reduce(0, +) >= 10 || group.count == positive.count, "\(counts) → \(result)")
            }
            let added = result.compactMap { counts[$0] }.filter { $0 >= 10 }
            let shown = counts.filter { !result.contains($0.key) && $0.value > 0 }.values
            if let largestAdded = added.max(), let smallestShown = shown.min() {
                XCTAssertLessThanOrEqual(largestAdded, smallestShown, "\(counts) → \(result)")
            }
            XCTAssertTrue(counts.filter { $0.value > 0 && $0.value < 10 }.keys.allSatisfy(result.contains), "every small cell is withheld")
        }
    }

    // MARK: Withholding figures

    private func distribution(n: Int) -> ScoreDistribution {
        var distribution = ScoreDistribution()
        for i in 0..<n { distribution.add(Double(i % 11), category: CategoryThresholds().category(of: Double(i % 11))) }
        return distribution
    }

    private func panel(pairs: Int) -> PanelChange {
        var tally = ReliableChange.Tally(sDiff: 1)
        for i in 0..<pairs { tally.add(pre: 5, post: i % 2 == 0 ? 8 : 5) }
        return PanelChange(tally)
    }

    func testScoreFiguresWithheldComplementarilyKeepOnlyN() {
        let shown = ScoreFigures(distribution(n: 40), policy: policy)
        XCTAssertNil(shown.reason)
        let withheld = shown.withheldComplementarily()
        XCTAssertEqual(withheld.n, 40)
        XCTAssertEqual(withheld.status, .onderdrukt)
        XCTAssertNil(withheld.values)
        XCTAssertEqual(withheld.reason, .complementary)
        let small = ScoreFigures(distribution(n: 7), policy: policy)
        XCTAssertEqual(small.reason, .tooFew)
        XCTAssertEqual(small.withheldComplementarily(), small, "a small cell stays withheld for being small")
    }

    func testChangeFiguresWithheldComplementarilyKeepOnlyBothN() {
        let shown = ChangeFigures(from: distribution(n: 30), to: distribution(n: 40), panel: panel(pairs: 12), policy: policy)
        XCTAssertNil(shown.reason)
        let withheld = shown.withheldComplementarily()
        XCTAssertEqual(withheld.status, .onderdrukt)
        XCTAssertEqual([withheld.nFrom, withheld.nTo], [30, 40])
        XCTAssertNil(withheld.values)
        XCTAssertEqual(withheld.reason, .complementary)
        let small = ChangeFigures(from: distribution(n: 9), to: distribution(n: 40), panel: panel(pairs: 9), policy: policy)
        XCTAssertEqual(small.reason, .tooFew)
        XCTAssertEqual(small.withheldComplementarily(), small)
    }

    func testPanelWithheldComplementarilyKeepsTheMeansAndThePairs() throws {
        let shown = ChangeFigures(from: distribution(n: 30), to: distribution(n: 40), panel: panel(pairs: 12), policy: policy)
        XCTAssertNil(shown.values?.panel.reason)
        let withheld = shown.panelWithheldComplementarily()
        XCTAssertEqual(withheld.status, .ok)
        XCTAssertNil(withheld.reason)
        let values = try XCTUnwrap(withheld.values)
        XCTAssertEqual(values.meanFrom, shown.values?.meanFrom)
        XCTAssertEqual(values.difference, shown.values?.difference)
        XCTAssertEqual(values.panel.pairs, 12)
        XCTAssertNil(values.panel.meanDifference)
        XCTAssertNil(values.panel.percentImproved)
        XCTAssertNil(values.panel.percentWorsened)
        XCTAssertEqual(values.panel.reason, .complementary)
        let fewPairs = ChangeFigures(from: distribution(n: 30), to: distribution(n: 40), panel: panel(pairs: 9), policy: policy)
        XCTAssertEqual(fewPairs.values?.panel.reason, .tooFew)
        XCTAssertEqual(fewPairs.panelWithheldComplementarily(), fewPairs, "a small panel stays withheld for being small")
    }
}
