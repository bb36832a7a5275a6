import Foundation
import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore
import XCTest

/// Rapportagegebieden in the reports: a group is reported as one area wherever a member is too
/// small on its own, so that no large wijk has to be withheld for a small one; its figures pool
/// the members' respondents; no small wijk can be recomputed from the gemeente minus the units
/// shown, nor from a group minus its members shown.
final class RapportagegebiedReportTests: XCTestCase {
    private let policy = DisclosurePolicy()
    private let (previous, meting) = (SmallWijkStore.metingen[0], SmallWijkStore.metingen[1])

    /// SmallWijkStore with WK077204 (6 respondents) grouped with WK077201 (40) as "Noord".
    private static let grouped: Store = {
        let store = try! SmallWijkStore.make()
        try! store.addRapportagegebied("Noord", wijken: ["WK077201", "WK077204"])
        return store
    }()

    private func report(_ store: Store, meting: String, previous: String?, policy: DisclosurePolicy = DisclosurePolicy()) throws -> GemeenteReport {
        try GemeenteReport(gemeente: "GM0772", meting: meting, previous: previous, source: store, policy: policy)
    }

    func testGestelIsWithheldWithoutAGroupAndShownWithOne() throws {
        let store = DemoStore.make()
        let (from, to) = (DemoStore.metingen[0], DemoStore.metingen[1])
        let without = try report(store, meting: to, previous: from)
        let gestel = { (report: GemeenteReport) in try XCTUnwrap(report.wijken.first { $0.wijk.code == "WK077207" }) }
        XCTAssertTrue(try gestel(without).constructs.allSatisfy { $0.figures.reason == .complementary })
        XCTAssertEqual(without.groupingSuggestion(policy: policy)?.wijken.map(\.wijk.code), ["WK077208", "WK077207"])
        XCTAssertEqual(without.groupingSuggestion(policy: policy)?.name, "Achtse Barrier en Gestel")

        try store.addRapportagegebied("Woensel-Noord en Achtse Barrier", wijken: ["WK077205", "WK077208"])
        let with = try report(store, meting: to, previous: from)
        XCTAssertTrue(try gestel(with).constructs.allSatisfy { $0.figures.values != nil && $0.change?.values != nil }, "Gestel is shown")
        XCTAssertEqual(with.protections, [], "no wijk is withheld for another")
        XCTAssertNil(with.groupingSuggestion(policy: policy))
        let group = try XCTUnwrap(with.rapportagegebieden.first)
        XCTAssertEqual(with.rapportagegebieden.count, 1)
        XCTAssertEqual(group.group.wijken.map(\.name), ["Achtse Barrier", "Woensel-Noord"])
        XCTAssertEqual(group.respondents, 426)
        XCTAssertTrue(group.constructs.allSatisfy { $0?.figures.values != nil && $0?.change?.values != nil }, "the group is shown")
        for code in ["WK077205", "WK077208"] {
            let row = try XCTUnwrap(with.wijken.first { $0.wijk.code == code })
            XCTAssertTrue(row.constructs.allSatisfy { $0.figures.reason == .pooled(group.group.name) && $0.change?.reason == .pooled(group.group.name) },
                          "\(code): included in the group; Woensel-Noord alone would give Achtse Barrier away as group − Woensel-Noord")
        }
        // The dashboard of a member shows the group's figures, labelled.
        let dashboard = try WijkReport(wijk: "WK077208", meting: to, previous: from, source: store, policy: policy)
        XCTAssertEqual(dashboard.rapportagegebied?.name, group.group.name)
        XCTAssertEqual(dashboard.constructs.map(\.figures), group.constructs.map { $0!.figures })
        XCTAssertEqual(dashboard.constructs.map(\.change), group.constructs.map { $0!.change })
        let html = HTMLReport.render(dashboard)
        XCTAssertTrue(html.contains("Achtse Barrier hoort bij rapportagegebied Woensel-Noord en Achtse Barrier"), "labelled")
        XCTAssertTrue(html.contains("rapportagegebied Woensel-Noord en Achtse Barrier: gemiddelde met 95%-interval"), "charts named")
        XCTAssertNil(try WijkReport(wijk: "WK077207", meting: to, previous: from, source: store, policy: policy).rapportagegebied)
        let json = ReportJSON.render(with)
        XCTAssertTrue(json.contains("\"rapportagegebieden\""), json)
        XCTAssertTrue(json.contains("\"opgenomen_in\": \"Woensel-Noord en Achtse Barrier\"") || json.contains("\"opgenomen_in\":\"Woensel-Noord en Achtse Barrier\""))
    }

    /// The pooled figures of "Noord" (WK077201 + WK077204), 46 respondents at both metingen, 30 in the panel.
    /// Reference: `python3 Tests/Reference/small_wijk_store.py` (the SmallWijkStore rows as 2025-voorjaar.csv and 2026-voorjaar.csv), then
    /// `python3 Tests/Reference/reference.py scores --by wijk --meting 2026-voorjaar --groep Noord=WK077201,WK077204 2025-voorjaar.csv 2026-voorjaar.csv`
    /// and `… reference.py change --by wijk --van 2025-voorjaar --naar 2026-voorjaar --groep Noord=WK077201,WK077204 …` (scipy).
    func testGroupFiguresMatchTheReference() throws {
        let row = try XCTUnwrap(try report(Self.grouped, meting: meting, previous: previous).rapportagegebieden.first)
        XCTAssertEqual(row.group.name, "Noord")
        XCTAssertEqual(row.respondents, 46)
        let results = Dictionary(uniqueKeysWithValues: row.constructs.compactMap { $0 }.map { ($0.id, $0) })
        // 2026-voorjaar,Noord,cohesie,46,5.021739130434782,1.4218787326754636,4.599493267850016,5.443984993019549,19.565217391304348,19.565217391304348,ok
        let cohesie = try XCTUnwrap(results["cohesie"]?.figures.values)
        XCTAssertEqual(results["cohesie"]?.figures.n, 46)
        XCTAssertEqual(cohesie.mean, 5.021739130434782, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(cohesie.standardDeviation), 1.4218787326754636, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(cohesie.interval?.lower), 4.599493267850016, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(cohesie.interval?.upper), 5.443984993019549, accuracy: 1e-9)
        XCTAssertEqual(cohesie.percentLaag, 19.565217391304348, accuracy: 1e-9)
        XCTAssertEqual(cohesie.percentHoog, 19.565217391304348, accuracy: 1e-9)
        // 2026-voorjaar,Noord,veranderingsbereidheid,46,5.054347826086956,2.3674077733287504,4.351314498161628,5.757381154012284,19.565217391304348,41.30434782608695,ok
        let vb = try XCTUnwrap(results["veranderingsbereidheid"]?.figures.values)
        XCTAssertEqual(vb.mean, 5.054347826086956, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(vb.interval?.upper), 5.757381154012284, accuracy: 1e-9)
        XCTAssertEqual(vb.percentHoog, 41.30434782608695, accuracy: 1e-9)
        // Noord,binding,46,46,4.9728260869565215,4.945652173913044,-0.027173913043477604,-0.8547611855824406,0.8004133594954854,nee,30,0.0,0.0,ok
        let binding = try XCTUnwrap(results["binding"]?.change)
        XCTAssertEqual(binding.nFrom, 46)
        XCTAssertEqual(binding.nTo, 46)
        let values = try XCTUnwrap(binding.values)
        XCTAssertEqual(values.meanFrom, 4.9728260869565215, accuracy: 1e-9)
        XCTAssertEqual(values.meanTo, 4.945652173913044, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(values.difference?.interval.lower), -0.8547611855824406, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(values.difference?.interval.upper), 0.8004133594954854, accuracy: 1e-9)
        XCTAssertEqual(values.difference?.isSignificant, false)
        XCTAssertEqual(values.panel.pairs, 30)
    }

    func testUnitsAsDesigned() throws {
        let report = try report(Self.grouped, meting: meting, previous: previous)
        for (index, construct) in report.headline.enumerated() {
            let rows = Dictionary(uniqueKeysWithValues: report.wijken.map { ($0.wijk.code, $0.constructs[index]) })
            // 2026: units WK077202 (24), WK077203 (15), WK077205 (30) and Noord (46): none small, none withheld.
            XCTAssertEqual(rows.filter { $0.value.figures.values == nil }.keys.sorted(), ["WK077201", "WK077204"], construct.id)
            XCTAssertEqual(rows["WK077204"]?.figures.reason, .pooled("Noord"))
            XCTAssertEqual(rows["WK077201"]?.figures.reason, .pooled("Noord"), "Noord − WK077201 would be WK077204")
            XCTAssertNotNil(rows["WK077203"]?.figures.values, "no longer withheld to protect WK077204")
            XCTAssertNotNil(report.rapportagegebieden.first?.constructs[index]?.figures.values)
            // Change: in 2025 WK077205 (8) is small and WK077203 (14) the smallest unit to protect it.
            XCTAssertEqual(rows["WK077203"]?.change?.reason, .complementary, construct.id)
            XCTAssertNotNil(rows["WK077202"]?.change?.values)
        }
    }

    func testAGroupUnderTheThresholdFollowsTheOrdinaryRules() throws {
        // With a threshold of 50, Noord (46) is too small itself: the wijken are reported as without it.
        let strict = DisclosurePolicy(suppressBelow: 50, indicativeBelow: 60)
        let grouped = try report(Self.grouped, meting: meting, previous: previous, policy: strict)
        let plain = try report(SmallWijkStore.make(), meting: meting, previous: previous, policy: strict)
        XCTAssertEqual(grouped.rapportagegebieden, [])
        XCTAssertEqual(grouped.wijken, plain.wijken)
    }

    func testNoSmallWijkCanBeRecomputedFromGemeenteOrGroup() throws {
        for store in [Self.grouped, try SmallWijkStore.make()] {
            let groups = try store.rapportagegebieden(gemeente: "GM0772")
            let now = try report(store, meting: meting, previous: previous)
            let before = try report(store, meting: previous, previous: nil)
            let pairs = try Dictionary(grouping: store.changeCells(level: .wijk, from: previous, to: meting, area: "GM0772"), by: \.construct)
            for (index, construct) in now.headline.enumerated() {
                let id = construct.id
                func rows(_ report: GemeenteReport) -> [String: ConstructResult] {
                    Dictionary(uniqueKeysWithValues: report.wijken.map { ($0.wijk.code, $0.constructs[index]) })
                }
                func group(_ report: GemeenteReport, _ name: String) -> ConstructResult? {
                    report.rapportagegebieden.first { $0.group.name == name }?.constructs[index]
                }
                // Level at each meting.
                for report in [now, before] {
                    let wijken = rows(report)
                    assertProtected(counts: wijken.mapValues(\.figures.n), shown: { wijken[$0]?.figures.values != nil },
                                    groups: groups.map { ($0, group(report, $0.name)?.figures.values != nil) }, "\(id) level \(report.meting.label)")
                }
                // The previous meting as the start of a change.
                let wijken = rows(now)
                assertProtected(counts: wijken.mapValues { $0.change?.nFrom ?? 0 }, shown: { wijken[$0]?.change?.values != nil },
                                groups: groups.map { ($0, group(now, $0.name)?.change?.values != nil) }, "\(id) change")
                // The panel.
                let panel = Dictionary(uniqueKeysWithValues: pairs[id, default: []].map { ($0.area, $0.panel.pairs) })
                assertProtected(counts: panel, shown: { wijken[$0]?.change?.values?.panel.meanDifference != nil },
                                groups: groups.map { ($0, group(now, $0.name)?.change?.values?.panel.meanDifference != nil) }, "\(id) panel")
            }
        }
    }

    /// No small cell can be recomputed: the gemeente minus the shown units (wijken outside shown
    /// groups, and shown groups) leaves either no small wijk or at least the threshold; so does
    /// every shown group minus its shown members.
    private func assertProtected(counts: [String: Int], shown: (String) -> Bool, groups: [(Rapportagegebied, Bool)], _ message: String,
                                 file: StaticString = #filePath, line: UInt = #line) {
        func check(_ hidden: [Int], _ what: String) {
            let people = hidden.filter { $0 > 0 }
            guard people.contains(where: { policy.suppresses(n: $0) }) else { return }
            XCTAssertFalse(policy.suppresses(n: people.reduce(0, +)), "\(message): \(what) gives away \(people)", file: file, line: line)
        }
        let inShownGroup = Set(groups.filter(\.1).flatMap(\.0.wijken))
        check(counts.filter { !inShownGroup.contains($0.key) && !shown($0.key) }.map(\.value), "gemeente − shown units")
        for (group, isShown) in groups where isShown {
            check(group.wijken.filter { !shown($0) }.map { counts[$0] ?? 0 }, "\(group.name) − shown members")
        }
    }
}

/// The grouping the analist note suggests never names a wijk that is in a rapportagegebied already.
final class GroupingSuggestionTests: XCTestCase {
    private let meting = SmallWijkStore.metingen[1]

    func testWijkenInAGroupAreNotSuggested() throws {
        let store = try SmallWijkStore.make()
        let policy = DisclosurePolicy()
        let plain = try GemeenteReport(gemeente: "GM0772", meting: meting, previous: nil, source: store, policy: policy)
        // WK077204 (6) is protected by WK077203 (15), the smallest other wijk.
        XCTAssertEqual(plain.groupingSuggestion(policy: policy)?.wijken.map(\.wijk.code), ["WK077204", "WK077203"])
        // A group of WK077203 and WK077205 has no small member: ordinary rules, and the suggestion takes WK077202 (24).
        try store.addRapportagegebied("Zuid", wijken: ["WK077203", "WK077205"])
        let report = try GemeenteReport(gemeente: "GM0772", meting: meting, previous: nil, source: store, policy: policy)
        XCTAssertEqual(report.rapportagegebieden, [])
        XCTAssertEqual(report.groupingSuggestion(policy: policy)?.wijken.map(\.wijk.code), ["WK077204", "WK077202"])
    }

    func testASmallWijkInAGroupUnderTheThresholdGetsNoSuggestion() throws {
        let store = try SmallWijkStore.make()
        // Below 22, WK077203 (15) and WK077204 (6) are small, 21 together: WK077202 (24) protects them.
        let policy = DisclosurePolicy(suppressBelow: 22, indicativeBelow: 30)
        let plain = try GemeenteReport(gemeente: "GM0772", meting: meting, previous: nil, source: store, policy: policy)
        XCTAssertEqual(plain.protections.map(\.withheld.wijk.code), ["WK077202"])
        XCTAssertEqual(plain.groupingSuggestion(policy: policy)?.wijken.map(\.wijk.code), ["WK077203", "WK077204", "WK077202"])
        // Grouped, they stay under 22 (ordinary rules); their group needs more members, not another group.
        try store.addRapportagegebied("Klein", wijken: ["WK077203", "WK077204"])
        let grouped = try GemeenteReport(gemeente: "GM0772", meting: meting, previous: nil, source: store, policy: policy)
        XCTAssertEqual(grouped.protections.map(\.withheld.wijk.code), ["WK077202"])
        XCTAssertNil(grouped.groupingSuggestion(policy: policy))
    }
}
