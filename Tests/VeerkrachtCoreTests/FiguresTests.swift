import XCTest
import VeerkrachtCore

/// Published figures after disclosure control (SPEC §4, §5).
final class FiguresTests: XCTestCase {
    private let policy = DisclosurePolicy()
    private let thresholds = CategoryThresholds()

    private func distribution(_ scores: [Double]) -> ScoreDistribution {
        var distribution = ScoreDistribution()
        for score in scores { distribution.add(score, category: thresholds.category(of: score)) }
        return distribution
    }

    /// n scores spread over 0…10.
    private func distribution(n: Int) -> ScoreDistribution {
        distribution((0..<n).map { Double($0 % 11) })
    }

    // MARK: Disclosure policy

    func testPolicyDefaults() {
        XCTAssertEqual(policy.suppressBelow, 10)
        XCTAssertEqual(policy.indicativeBelow, 30)
        XCTAssertEqual(policy.status(n: 0), .onderdrukt)
        XCTAssertEqual(policy.status(n: 9), .onderdrukt)
        XCTAssertEqual(policy.status(n: 10), .indicatief)
        XCTAssertEqual(policy.status(n: 29), .indicatief)
        XCTAssertEqual(policy.status(n: 30), .ok)
        XCTAssertTrue(policy.suppresses(n: 9))
        XCTAssertFalse(policy.suppresses(n: 10))
    }

    func testCustomPolicy() {
        let policy = DisclosurePolicy(suppressBelow: 5, indicativeBelow: 20)
        XCTAssertEqual(policy.status(n: 4), .onderdrukt)
        XCTAssertEqual(policy.status(n: 5), .indicatief)
        XCTAssertEqual(policy.status(n: 19), .indicatief)
        XCTAssertEqual(policy.status(n: 20), .ok)
        XCTAssertEqual(ScoreFigures(distribution(n: 5), policy: policy).status, .indicatief)
        XCTAssertNotNil(ScoreFigures(distribution(n: 5), policy: policy).values)
    }

    func testStatusRawValues() {
        XCTAssertEqual(CellStatus.allCases.map(\.rawValue), ["ok", "indicatief", "onderdrukt"])
    }

    // MARK: Score figures

    func testNineIsOnderdruktWithEveryFigureButNWithheld() {
        let figures = ScoreFigures(distribution(n: 9), policy: policy)
        XCTAssertEqual(figures.n, 9)
        XCTAssertEqual(figures.status, .onderdrukt)
        XCTAssertNil(figures.values)
    }

    func testEmptyCellIsOnderdrukt() {
        let figures = ScoreFigures(ScoreDistribution(), policy: policy)
        XCTAssertEqual(figures.n, 0)
        XCTAssertEqual(figures.status, .onderdrukt)
        XCTAssertNil(figures.values)
    }

    func testTenIsIndicatief() {
        let figures = ScoreFigures(distribution(n: 10), policy: policy)
        XCTAssertEqual(figures.n, 10)
        XCTAssertEqual(figures.status, .indicatief)
        XCTAssertNotNil(figures.values)
        XCTAssertEqual(ScoreFigures(distribution(n: 29), policy: policy).status, .indicatief)
    }

    func testThirtyIsOk() {
        let figures = ScoreFigures(distribution(n: 30), policy: policy)
        XCTAssertEqual(figures.n, 30)
        XCTAssertEqual(figures.status, .ok)
        XCTAssertNotNil(figures.values)
    }

    func testFiguresOfHandDataSet() throws {
        // scores: 2.5, 3.0, 4.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 10.0 (n = 10 → indicatief)
        // mean = 60/10 = 6.0
        // deviations −3.5, −3, −2, −0.5, 0, 0.5, 1, 1.5, 2, 4; squares sum to 49 → var = 49/9, sd = 7/3 = 2.3333…
        // laag (< 4): 2.5, 3.0 → 2/10 = 20 %; hoog (≥ 7): 7.0, 7.5, 8.0, 10.0 → 4/10 = 40 %; 4.0 is midden
        // CI: scipy.stats.t.interval(0.95, df=9, loc=6.0, scale=scipy.stats.sem(x))
        //     = (4.330833886068449, 7.669166113931551)
        let scores = [2.5, 3.0, 4.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 10.0]
        let cell = distribution(scores)
        XCTAssertEqual(cell.n, 10)
        XCTAssertEqual(cell.laag, 2)
        XCTAssertEqual(cell.hoog, 4)
        let figures = ScoreFigures(cell, policy: policy)
        XCTAssertEqual(figures.status, .indicatief)
        let values = try XCTUnwrap(figures.values)
        XCTAssertEqual(values.mean, 6.0, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(values.standardDeviation), 7.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(values.percentLaag, 20, accuracy: 1e-12)
        XCTAssertEqual(values.percentHoog, 40, accuracy: 1e-12)
        let interval = try XCTUnwrap(values.interval)
        XCTAssertEqual(interval.lower, 4.330833886068449, accuracy: 1e-9)
        XCTAssertEqual(interval.upper, 7.669166113931551, accuracy: 1e-9)
        // not 1.96: a normal interval would be 6 ± 1.96·(7/3)/√10 = (4.5538…, 7.4462…)
        XCTAssertLessThan(interval.lower, 6 - 1.96 * (7.0 / 3) / 10.0.squareRoot() - 0.1)
    }

    func testFiguresOfThirtyValues() throws {
        // x = [i/3 for i in range(30)] → mean 4.833333333333333, sd 2.934469476943168,
        // scipy.stats.t.interval(0.95, df=29, loc=x.mean(), scale=scipy.stats.sem(x))
        //     = (3.7375844225134225, 5.929082244153244)
        // laag: i < 12 → 12/30 = 40 %; hoog: i ≥ 21 → 9/30 = 30 %
        let figures = ScoreFigures(distribution((0..<30).map { Double($0) / 3 }), policy: policy)
        XCTAssertEqual(figures.status, .ok)
        let values = try XCTUnwrap(figures.values)
        XCTAssertEqual(values.mean, 4.833333333333333, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(values.standardDeviation), 2.934469476943168, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(values.interval).lower, 3.7375844225134225, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(values.interval).upper, 5.929082244153244, accuracy: 1e-9)
        XCTAssertEqual(values.percentLaag, 40, accuracy: 1e-12)
        XCTAssertEqual(values.percentHoog, 30, accuracy: 1e-12)
    }

    func testMergedWijkenEqualTheWholeGemeente() throws {
        let scores = [2.5, 3.0, 4.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 10.0]
        var merged = distribution(Array(scores[..<4]))
        merged.merge(distribution(Array(scores[4...])))
        let whole = distribution(scores)
        XCTAssertEqual(merged.n, whole.n)
        XCTAssertEqual(merged.laag, whole.laag)
        XCTAssertEqual(merged.hoog, whole.hoog)
        let a = try XCTUnwrap(ScoreFigures(merged, policy: policy).values)
        let b = try XCTUnwrap(ScoreFigures(whole, policy: policy).values)
        XCTAssertEqual(a.mean, b.mean, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(a.standardDeviation), try XCTUnwrap(b.standardDeviation), accuracy: 1e-12)
    }

    func testScoreCellUsesPolicy() {
        let cell = ScoreCell(meting: "2025-voorjaar", area: "WK077201", construct: "cohesie", distribution: distribution(n: 9))
        XCTAssertEqual(cell.figures(policy).status, .onderdrukt)
        XCTAssertNil(cell.figures(policy).values)
        XCTAssertEqual(cell.figures(DisclosurePolicy(suppressBelow: 5, indicativeBelow: 30)).status, .indicatief)
    }

    // MARK: Change figures

    private func tally(differences: [Double], sDiff: Double?) -> ReliableChange.Tally {
        var tally = ReliableChange.Tally(sDiff: sDiff)
        for d in differences { tally.add(pre: 5, post: 5 + d) }
        return tally
    }

    func testChangeOnderdruktWhenEitherSideBelowTen() {
        let panel = PanelChange(tally(differences: Array(repeating: 0.5, count: 12), sDiff: 1))
        for (nFrom, nTo) in [(9, 30), (30, 9), (9, 9), (0, 40)] {
            let figures = ChangeFigures(from: distribution(n: nFrom), to: distribution(n: nTo), panel: panel, policy: policy)
            XCTAssertEqual(figures.status, .onderdrukt, "\(nFrom) → \(nTo)")
            XCTAssertEqual(figures.nFrom, nFrom)
            XCTAssertEqual(figures.nTo, nTo)
            XCTAssertNil(figures.values, "\(nFrom) → \(nTo)")
        }
    }

    func testChangeOkWhenBothSidesAtLeastTen() throws {
        // from: the hand data set above (mean 6.0); to: 4, 5, 5.5, 6, 7, 7.5, 8, 8.5, 9, 9.5, 10, 10 (mean 7.5)
        // scipy.stats.ttest_ind(to, from, equal_var=False).confidence_interval(0.95)
        //     = (-0.4766744425486358, 3.476674442548636), df = 18.019190811126258
        let from = distribution([2.5, 3.0, 4.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 10.0])
        let to = distribution([4.0, 5.0, 5.5, 6.0, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0, 10.0])
        let panel = PanelChange(tally(differences: [], sDiff: nil))
        let figures = ChangeFigures(from: from, to: to, panel: panel, policy: policy)
        XCTAssertEqual(figures.status, .ok)
        XCTAssertEqual(figures.nFrom, 10)
        XCTAssertEqual(figures.nTo, 12)
        let values = try XCTUnwrap(figures.values)
        XCTAssertEqual(values.meanFrom, 6.0, accuracy: 1e-12)
        XCTAssertEqual(values.meanTo, 7.5, accuracy: 1e-12)
        let difference = try XCTUnwrap(values.difference)
        XCTAssertEqual(difference.difference, 1.5, accuracy: 1e-12)
        XCTAssertEqual(difference.degreesOfFreedom, 18.019190811126258, accuracy: 1e-9)
        XCTAssertEqual(difference.interval.lower, -0.4766744425486358, accuracy: 1e-9)
        XCTAssertEqual(difference.interval.upper, 3.476674442548636, accuracy: 1e-9)
        XCTAssertFalse(difference.isSignificant)
        XCTAssertEqual(values.panel.pairs, 0)
        XCTAssertNil(values.panel.meanDifference)
    }

    func testSignificantChange() throws {
        // to = min(from + 3, 10) = 5.5, 6, 7, 8.5, 9, 9.5, 10, 10, 10, 10
        // scipy.stats.ttest_ind(to, from, equal_var=False).confidence_interval(0.95)
        //     = (0.5994527777378555, 4.500547222262146)
        let scores = [2.5, 3.0, 4.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 10.0]
        let figures = ChangeFigures(from: distribution(scores), to: distribution(scores.map { min($0 + 3, 10) }),
                                    panel: PanelChange(tally(differences: [], sDiff: nil)), policy: policy)
        let difference = try XCTUnwrap(figures.values?.difference)
        XCTAssertEqual(difference.difference, 2.55, accuracy: 1e-12)
        XCTAssertEqual(difference.interval.lower, 0.5994527777378555, accuracy: 1e-9)
        XCTAssertEqual(difference.interval.upper, 4.500547222262146, accuracy: 1e-9)
        XCTAssertTrue(difference.isSignificant)
    }

    func testPanelWithheldBelowTenPairs() throws {
        // 9 pairs: n_gepaard is shown, mean difference and percentages are withheld
        let nine = PanelChange(tally(differences: [3, -3, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], sDiff: 1))
        XCTAssertEqual(nine.pairs, 9)
        XCTAssertNotNil(nine.meanDifference)  // before disclosure control
        let figures = ChangeFigures(from: distribution(n: 30), to: distribution(n: 30), panel: nine, policy: policy)
        XCTAssertEqual(figures.status, .ok)
        let panel = try XCTUnwrap(figures.values?.panel)
        XCTAssertEqual(panel.pairs, 9)
        XCTAssertNil(panel.meanDifference)
        XCTAssertNil(panel.percentImproved)
        XCTAssertNil(panel.percentWorsened)
    }

    func testPanelShownFromTenPairs() throws {
        // 10 pairs with S_diff = 1: differences 3 (RCI 3 > 1.96, improved), −3 (worsened), eight × 0.5 (unchanged)
        // mean difference (3 − 3 + 8·0.5)/10 = 0.4; 1/10 = 10 % improved, 1/10 = 10 % worsened
        let ten = PanelChange(tally(differences: [3, -3, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], sDiff: 1))
        let figures = ChangeFigures(from: distribution(n: 30), to: distribution(n: 10), panel: ten, policy: policy)
        let panel = try XCTUnwrap(figures.values?.panel)
        XCTAssertEqual(panel.pairs, 10)
        XCTAssertEqual(try XCTUnwrap(panel.meanDifference), 0.4, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(panel.percentImproved), 10, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(panel.percentWorsened), 10, accuracy: 1e-12)
    }

    func testPanelWithoutReliableChangeKeepsMeanDifferenceOnly() throws {
        // a composite (veerkracht) has no α: S_diff nil → no percentages even with many pairs
        let panel = PanelChange(tally(differences: Array(repeating: 1, count: 12), sDiff: nil))
        let figures = ChangeFigures(from: distribution(n: 30), to: distribution(n: 30), panel: panel, policy: policy)
        let shown = try XCTUnwrap(figures.values?.panel)
        XCTAssertEqual(shown.pairs, 12)
        XCTAssertEqual(try XCTUnwrap(shown.meanDifference), 1, accuracy: 1e-12)
        XCTAssertNil(shown.percentImproved)
        XCTAssertNil(shown.percentWorsened)
    }

    func testChangeCellUsesPolicy() {
        let cell = ChangeCell(area: "GM0772", construct: "cohesie", from: distribution(n: 10), to: distribution(n: 9),
                              panel: PanelChange(tally(differences: [], sDiff: nil)))
        XCTAssertEqual(cell.figures(policy).status, .onderdrukt)
        XCTAssertEqual(cell.figures(DisclosurePolicy(suppressBelow: 9, indicativeBelow: 30)).status, .ok)
    }
}
