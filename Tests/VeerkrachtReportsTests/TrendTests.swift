import Foundation
import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore
import XCTest

/// The trend over every meting (`TrendStore`): each figure pinned to `Tests/Reference/trend.py`,
/// a gap and withheld points without figures, and the same disclosure decisions as the
/// single-meting reports, so that nothing can be recomputed by combining them.
final class TrendTests: XCTestCase {
    private static let store = try! TrendStore.make()
    private let policy = DisclosurePolicy()
    private let metingen = TrendStore.metingen

    func testTheFixtureCanBeWrittenForTheReference() throws {
        // Keeps the fixture inspectable: VEERKRACHT_WRITE_FIXTURE=trend.csv swift test --filter TrendTests
        if let path = ProcessInfo.processInfo.environment["VEERKRACHT_WRITE_FIXTURE"] {
            try TrendStore.csv().write(toFile: path, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(try Self.store.metingLabels(), metingen)
    }

    func testEveryFigureOfTheSeriesMatchesTheReference() throws {
        let reference = TrendReference.rows
        for area in ["WK077201", "WK077202", "GM0772"] {
            let trend = try self.trend(area)
            XCTAssertEqual(trend.metingen, metingen, area)
            for series in trend.series {
                for (k, point) in series.points.enumerated() {
                    let expected = try XCTUnwrap(reference["point", area, series.id, metingen[k]], "\(area) \(series.id) \(metingen[k])")
                    XCTAssertEqual(point.n, Int(expected[0]), "\(area) \(series.id) \(metingen[k])")
                    guard let values = point.values else { continue }
                    assertEqual([values.mean, values.interval?.lower, values.interval?.upper], expected[1...3], "\(area) \(series.id) \(metingen[k])")
                }
                for (k, step) in series.steps.enumerated() {
                    let label = "\(area) \(series.id) \(metingen[k])→\(metingen[k + 1])"
                    guard let values = step.values else {
                        XCTAssertFalse(series.points[k].values != nil && series.points[k + 1].values != nil, label)
                        continue
                    }
                    let expected = try XCTUnwrap(reference["step", area, series.id, metingen[k]], label)
                    let difference = try XCTUnwrap(values.difference, label)
                    assertEqual([difference.difference, difference.interval.lower, difference.interval.upper], expected[1...3], label)
                    XCTAssertEqual(difference.isSignificant, expected[4] == "ja", label)
                }
                let expected = try XCTUnwrap(reference["span", area, series.id, metingen[0]])
                let panel = try XCTUnwrap(series.firstToLast?.values?.panel, "\(area) \(series.id)")
                XCTAssertEqual(panel.pairs, Int(expected[1]), "\(area) \(series.id)")
                assertEqual([panel.meanDifference, panel.percentImproved, panel.percentWorsened], expected[2...4], "\(area) \(series.id) panel")
            }
        }
        // What the fixture is for: a significant change, and reliable change among the panel both ways.
        XCTAssertEqual(try trend("WK077201").series.first { $0.id == "cohesie" }?.steps.map(direction), [nil, .up, nil])
        XCTAssertGreaterThan(try trend("WK077201").series.first { $0.id == "digitaal_contact" }?.firstToLast?.values?.panel.percentImproved ?? 0, 0)
        XCTAssertGreaterThan(try trend("WK077202").series.first { $0.id == "digitaal_contact" }?.firstToLast?.values?.panel.percentWorsened ?? 0, 0)
    }

    func testAGapAndWithheldPointsCarryNoFigure() throws {
        let gap = try trend("WK077202").series[0]
        XCTAssertEqual(gap.points.map(\.n), [20, 0, 22, 25])
        XCTAssertEqual(gap.points.map { $0.values != nil }, [true, false, true, true])
        XCTAssertEqual(gap.steps.map(\.status), [.onderdrukt, .onderdrukt, .ok])
        let small = try trend("WK077203").series[0], complement = try trend("WK077204").series[0]
        XCTAssertEqual(small.points.map(\.reason), [.tooFew, nil, .tooFew, nil])
        XCTAssertEqual(complement.points.map(\.reason), [.complementary, nil, .complementary, nil])
        XCTAssertEqual(complement.steps.map(\.status), [.onderdrukt, .onderdrukt, .onderdrukt])
        XCTAssertEqual(complement.firstToLast?.reason, .complementary, "its level in the first meting is withheld")

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ReportJSON.render(try wijkReport("WK077204")).utf8)) as? [String: Any])
        let series = try XCTUnwrap((json["trend"] as? [String: Any])?["constructen"] as? [[String: Any]])
        let points = try XCTUnwrap(series.first?["punten"] as? [[String: Any]])
        XCTAssertEqual(points.map { $0["meting"] as? String }, metingen)
        let withheld = try XCTUnwrap(points[0]["cijfers"] as? [String: Any])
        XCTAssertEqual(withheld.keys.sorted(), ["n", "status"])
        XCTAssertEqual(withheld["status"] as? String, "onderdrukt")
        XCTAssertEqual(withheld["n"] as? Int, 11)
        XCTAssertNotNil((points[1]["cijfers"] as? [String: Any])?["gemiddelde"])
        let steps = try XCTUnwrap(series.first?["stappen"] as? [[String: Any]])
        XCTAssertEqual((steps[0]["verschil"] as? [String: Any])?.keys.sorted(), ["n_naar", "n_van", "status"])
        let span = try XCTUnwrap(series.first?["eerste_tot_laatste"] as? [String: Any])
        XCTAssertEqual((span["verandering"] as? [String: Any])?.keys.sorted(), ["n_naar", "n_van", "status"])

        let html = HTMLReport.render(try wijkReport("WK077204"))
        let shown = try trend("WK077204").series.flatMap(\.points).filter { $0.values != nil }.count
        XCTAssertEqual(html.components(separatedBy: "class=\"trend-dot").count - 1, shown, "one dot per shown point")
        XCTAssertEqual(html.components(separatedBy: "class=\"trend-withheld\"").count - 1, 18, "a hollow marker per withheld point")
        XCTAssertTrue(html.contains("n\u{A0}=\u{A0}11"), "the table gives the n of a withheld point")
    }

    /// A wijk's point at a meting is withheld exactly where that meting's gemeente summary
    /// withholds the wijk, and the change from the first meting to the last as where a summary
    /// with that pair would.
    func testTheTrendWithholdsWhatEverySingleMetingReportWithholds() throws {
        for (k, meting) in metingen.enumerated() {
            let summary = try GemeenteReport(gemeente: "GM0772", meting: meting, previous: k == 0 ? nil : metingen[0],
                                             source: Self.store, policy: policy)
            for row in summary.wijken {
                let trend = try self.trend(row.wijk.code)
                for (index, result) in row.constructs.enumerated() {
                    XCTAssertEqual(trend.series[index].points[k], result.figures, "\(row.wijk.code) \(meting) \(result.id)")
                }
            }
        }
        let span = try GemeenteReport(gemeente: "GM0772", meting: metingen[3], previous: metingen[0], source: Self.store, policy: policy)
        for row in span.wijken {
            let trend = try self.trend(row.wijk.code)
            XCTAssertEqual(trend.series.map(\.firstToLast), row.constructs.map(\.change), row.wijk.code)
        }
    }

    /// No withheld point or panel can be recomputed from the gemeente's minus the wijken shown.
    func testNoWithheldWijkPointCanBeRecomputed() throws {
        let gemeente = try trend("GM0772")
        let wijken = try TrendStore.wijken.map { try trend($0.code) }
        for (index, series) in gemeente.series.enumerated() {
            for k in metingen.indices where series.points[k].values != nil {
                assertProtected(wijken.map { $0.series[index].points[k] }.filter { $0.values == nil }.map(\.n), "\(series.id) \(metingen[k])")
            }
            guard series.firstToLast?.values?.panel.meanDifference != nil else { continue }
            let panels = wijken.compactMap { $0.series[index].firstToLast }
            assertProtected(panels.filter { $0.values?.panel.meanDifference == nil }.map { $0.values?.panel.pairs ?? min($0.nFrom, $0.nTo) },
                            "\(series.id) panel")
        }
    }

    // MARK: Helpers

    private func wijkReport(_ code: String) throws -> WijkReport {
        try WijkReport(wijk: code, meting: metingen[3], previous: metingen[2], source: Self.store, policy: policy)
    }

    private func trend(_ area: String) throws -> Trend {
        area.hasPrefix("GM")
            ? try GemeenteReport(gemeente: area, meting: metingen[3], previous: metingen[2], source: Self.store, policy: policy).trend
            : try wijkReport(area).trend
    }

    /// The withheld cells that hold a small one must together hold at least the threshold, and be two or more.
    private func assertProtected(_ counts: [Int], _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let group = counts.filter { $0 > 0 }
        guard group.contains(where: { policy.suppresses(n: $0) }) else { return }
        XCTAssertGreaterThanOrEqual(group.count, 2, message, file: file, line: line)
        XCTAssertGreaterThanOrEqual(group.reduce(0, +), policy.suppressBelow, message, file: file, line: line)
    }

    private func assertEqual(_ actual: [Double?], _ expected: ArraySlice<String>, _ message: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual.count, expected.count, message, file: file, line: line)
        for (value, text) in zip(actual, expected) {
            guard let reference = Double(text) else {
                XCTAssertNil(value, message, file: file, line: line)
                continue
            }
            let value = value ?? .nan
            XCTAssertEqual(value, reference, accuracy: 1e-9 * max(1, abs(reference)), message, file: file, line: line)
        }
    }

    /// The direction of a significant change, nil when it may be chance.
    private func direction(_ change: ChangeFigures) -> ChangeDirection? {
        guard let difference = change.values?.difference, difference.isSignificant else { return nil }
        return difference.difference > 0 ? .up : .down
    }
}
