import Foundation
import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore
import XCTest

/// No figure of a wijk with too few respondents can be recomputed from what a gemeente receives:
/// its impact summaries of both metingen and every wijk dashboard, subtracting the wijken shown
/// from the gemeente total (differencing).
final class DifferencingTests: XCTestCase {
    private static let store = try! SmallWijkStore.make()
    private let policy = DisclosurePolicy()
    private let (previous, meting) = (SmallWijkStore.metingen[0], SmallWijkStore.metingen[1])

    private func gemeenteReport(previous: String?) throws -> GemeenteReport {
        try GemeenteReport(gemeente: "GM0772", meting: previous == nil ? self.previous : meting, previous: previous,
                           source: Self.store, policy: policy)
    }

    func testTheRuleAsDesigned() throws {
        let report = try gemeenteReport(previous: previous)
        for (index, construct) in report.headline.enumerated() {
            let rows = Dictionary(uniqueKeysWithValues: report.wijken.map { ($0.wijk.code, $0.constructs[index]) })
            // 2026: WK077204 (6) is small; WK077203 (15), the next smallest, protects it.
            XCTAssertEqual(rows.filter { $0.value.figures.values == nil }.keys.sorted(), ["WK077203", "WK077204"], construct.id)
            XCTAssertEqual(rows["WK077203"]?.figures.reason, .complementary)
            XCTAssertEqual(rows["WK077204"]?.figures.reason, .tooFew)
            // Change: withheld where either meting's level is (2025: WK077204 and WK077205 protect each other, 6 + 8 ≥ 10).
            XCTAssertEqual(rows.filter { $0.value.change?.values == nil }.keys.sorted(), ["WK077203", "WK077204", "WK077205"], construct.id)
            XCTAssertEqual(rows["WK077203"]?.change?.reason, .complementary)
            // Panel: WK077202's 5 pairs are protected by WK077201's 30.
            XCTAssertEqual(rows["WK077202"]?.change?.values?.panel.reason, .tooFew)
            XCTAssertEqual(rows["WK077201"]?.change?.values?.panel.reason, .complementary, construct.id)
            XCTAssertNil(rows["WK077201"]?.change?.values?.panel.meanDifference)
            XCTAssertNotNil(rows["WK077201"]?.change?.values?.meanTo, "the rest of the change is shown")
            XCTAssertNotNil(construct.change?.values?.panel.meanDifference, "the gemeente's panel of 35 is shown")
        }
    }

    func testNoSmallWijkCanBeRecomputedFromTheGemeentesReports() throws {
        let now = try json(ReportJSON.render(try gemeenteReport(previous: previous)))
        let before = try json(ReportJSON.render(try gemeenteReport(previous: nil)))
        let pairs = try Dictionary(grouping: Self.store.changeCells(level: .wijk, from: previous, to: meting, area: "GM0772"), by: \.construct)
        for (index, construct) in array(now["constructen"]).enumerated() {
            let id = try XCTUnwrap(construct["id"] as? String)
            let wijkNow = try rows(now, construct: index), wijkBefore = try rows(before, construct: index)
            // A small wijk shows no figure anywhere.
            for (wijk, row) in wijkNow where policy.suppresses(n: count(row["meting"], "n")) {
                XCTAssertFalse(shown(row["meting"]) || shown(row["verandering"]), "\(id) \(wijk) \(meting)")
            }
            for (wijk, row) in wijkBefore where policy.suppresses(n: count(row["meting"], "n")) {
                XCTAssertFalse(shown(row["meting"]) || shown(wijkNow[wijk]?["verandering"]), "\(id) \(wijk) \(previous)")
            }
            // This meting: a wijk's level shows in the table and as the end point of its change.
            assertProtected(wijkNow.values.filter { !shown($0["meting"]) && !shown($0["verandering"]) }.map { count($0["meting"], "n") },
                            total: shown(construct["meting"]), "\(id) \(meting)")
            // The previous meting: in its own summary, and as the starting point of a change in this one.
            assertProtected(wijkBefore.keys.filter { !shown(wijkBefore[$0]?["meting"]) && !shown(wijkNow[$0]?["verandering"]) }
                                .map { count(wijkBefore[$0]?["meting"], "n") },
                            total: shown(array(before["constructen"])[index]["meting"]) || shown(construct["verandering"]),
                            "\(id) \(previous)")
            // The panel: its figures show only in a change that is shown with them.
            let panelShown = { (change: Any?) in (change as? [String: Any])?["gem_verschil_gepaard"].map { !($0 is NSNull) } ?? false }
            assertProtected(pairs[id, default: []].filter { !panelShown(wijkNow[$0.area]?["verandering"]) }.map(\.panel.pairs),
                            total: panelShown(construct["verandering"]), "\(id) panel")
        }
    }

    func testWijkDashboardsWithholdWhatTheGemeenteSummaryWithholds() throws {
        let summary = try json(ReportJSON.render(try gemeenteReport(previous: previous)))
        for wijk in SmallWijkStore.wijken.map(\.code) {
            let dashboard = try json(ReportJSON.render(try WijkReport(wijk: wijk, meting: meting, previous: previous,
                                                                      source: Self.store, policy: policy)))
            for (index, construct) in array(dashboard["constructen"]).enumerated() {
                let row = try XCTUnwrap(rows(summary, construct: index)[wijk])
                for part in ["meting", "verandering"] {
                    XCTAssertEqual(shown(construct[part]), shown(row[part]), "\(wijk) \(part)")
                    XCTAssertEqual((construct[part] as? [String: Any])?.keys.sorted(), (row[part] as? [String: Any])?.keys.sorted(), "\(wijk) \(part)")
                }
                XCTAssertEqual((construct["verandering"] as? [String: Any])?["gem_verschil_gepaard"] is NSNull,
                               (row["verandering"] as? [String: Any])?["gem_verschil_gepaard"] is NSNull, "\(wijk) panel")
            }
        }
    }

    func testWithheldCellsLookLikeAnyOtherOnderdruktCell() throws {
        let summary = try json(ReportJSON.render(try gemeenteReport(previous: previous)))
        let complementary = try XCTUnwrap(rows(summary, construct: 0)["WK077203"])
        let level = try XCTUnwrap(complementary["meting"] as? [String: Any])
        XCTAssertEqual(level.keys.sorted(), ["n", "status"])
        XCTAssertEqual(level["status"] as? String, "onderdrukt")
        XCTAssertEqual(level["n"] as? Int, 15)
        let change = try XCTUnwrap(complementary["verandering"] as? [String: Any])
        XCTAssertEqual(change.keys.sorted(), ["n_naar", "n_van", "status"])
        XCTAssertEqual([change["n_van"] as? Int, change["n_naar"] as? Int], [14, 15])
    }

    func testReportsExplainAndExportsDoNotChange() throws {
        let html = HTMLReport.render(try gemeenteReport(previous: previous))
        XCTAssertTrue(html.contains("aanvullend onderdrukt om terugrekenen te voorkomen"))
        let dashboard = HTMLReport.render(try WijkReport(wijk: "WK077203", meting: meting, previous: previous, source: Self.store, policy: policy))
        XCTAssertTrue(dashboard.contains("aanvullend onderdrukt (n\u{A0}=\u{A0}15)"))
        // The analist's exports follow SPEC §6 alone: WK077203 is shown there.
        let export = ScoreExport.csv(try Self.store.scoreCells(level: .wijk, meting: meting, area: "GM0772"), policy: policy)
        XCTAssertTrue(export.contains("\n\(meting),WK077203,cohesie,15,"), export)
        XCTAssertTrue(export.contains(",indicatief\n"))
        XCTAssertFalse(export.contains("WK077203,cohesie,15,,"), "figures present")
    }

    // MARK: Helpers

    /// When the total is shown, the withheld cells that hold a small one must together hold at
    /// least the threshold (and so be two or more): their sum is all that subtraction reveals.
    private func assertProtected(_ counts: [Int], total: Bool, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let group = counts.filter { $0 > 0 }
        guard total, group.contains(where: { policy.suppresses(n: $0) }) else { return }
        XCTAssertGreaterThanOrEqual(group.count, 2, message, file: file, line: line)
        XCTAssertGreaterThanOrEqual(group.reduce(0, +), policy.suppressBelow, message, file: file, line: line)
    }

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func array(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

    /// Every wijk's object for the construct at `index`, by wijk code.
    private func rows(_ report: [String: Any], construct index: Int) throws -> [String: [String: Any]] {
        Dictionary(uniqueKeysWithValues: try array(report["wijken"]).map { wijk in
            (try XCTUnwrap(wijk["code"] as? String), array(wijk["constructen"])[index])
        })
    }

    /// Whether a level or change object carries figures.
    private func shown(_ value: Any?) -> Bool {
        guard let object = value as? [String: Any] else { return false }
        return object["status"] as? String != "onderdrukt"
    }

    private func count(_ value: Any?, _ key: String) -> Int { (value as? [String: Any])?[key] as? Int ?? 0 }
}
