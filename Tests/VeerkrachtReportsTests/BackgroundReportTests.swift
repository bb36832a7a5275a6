import Foundation
import VeerkrachtCore
import VeerkrachtPresentation
@testable import VeerkrachtReports
import XCTest

/// The profile and the figures per age group and geslacht (`Background`) in the wijk dashboard and
/// the gemeente summary, on `FakeReportSource.withBackground` (see `BackgroundFixture`).
///
/// Reference values: scipy 1.x, for scores `xs` (lists as in `BackgroundFixture`, spread(r) =
/// [5 + (i % 7) * 0.5 for i in r]):
/// `m = np.mean(xs); stats.t.interval(0.95, len(xs) - 1, loc=m, scale=np.std(xs, ddof=1) / np.sqrt(len(xs)))`.
final class BackgroundReportTests: XCTestCase {
    private let source = FakeReportSource.withBackground
    private let policy = DisclosurePolicy()

    private func wijk(_ source: FakeReportSource? = nil) throws -> WijkReport {
        try WijkReport(wijk: "WK077201", meting: FakeReportSource.meting, previous: FakeReportSource.previous, source: source ?? self.source, policy: policy)
    }

    private func gemeente(_ source: FakeReportSource? = nil) throws -> GemeenteReport {
        try GemeenteReport(gemeente: "GM0772", meting: FakeReportSource.meting, previous: FakeReportSource.previous, source: source ?? self.source, policy: policy)
    }

    private func row(_ result: BreakdownResult, _ construct: String) throws -> BreakdownResult.Row {
        try XCTUnwrap(result.constructs.first { $0.id == construct }, construct)
    }

    private func assertFigures(_ figures: ScoreFigures, n: Int, status: CellStatus, mean: Double, lower: Double, upper: Double,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(figures.n, n, file: file, line: line)
        XCTAssertEqual(figures.status, status, file: file, line: line)
        guard let values = figures.values, let interval = values.interval else { return XCTFail("withheld", file: file, line: line) }
        XCTAssertEqual(values.mean, mean, accuracy: 1e-12, file: file, line: line)
        XCTAssertEqual(interval.lower, lower, accuracy: 1e-9, file: file, line: line)
        XCTAssertEqual(interval.upper, upper, accuracy: 1e-9, file: file, line: line)
    }

    private func assertWithheld(_ figures: ScoreFigures, n: Int, _ reason: SuppressionReason, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(figures.n, n, file: file, line: line)
        XCTAssertEqual(figures.status, .onderdrukt, file: file, line: line)
        XCTAssertNil(figures.values, file: file, line: line)
        XCTAssertEqual(figures.reason, reason, file: file, line: line)
    }

    // MARK: Model

    func testAQuestionNobodyAnsweredIsLeftOutAndTheHulpbronnenAndVeerkrachtAreSplit() throws {
        for background in [try wijk().background, try gemeente().background] {
            XCTAssertEqual(background.breakdowns.map(\.breakdown), [.geslacht], "nobody answered leeftijd")
            XCTAssertEqual(background.breakdowns[0].constructs.map(\.id),
                           ["cohesie", "binding", "sociaal_vertrouwen", "veranderingsbereidheid", "digitaal_contact", "veerkracht"],
                           "the parts of sociale veerkracht are summarised by it")
        }
        XCTAssertEqual(try wijk(FakeReportSource()).background.breakdowns, [], "no background answers at all")
    }

    func testTheWijkProfileCountsEveryRespondent() throws {
        let geslacht = try wijk().background.breakdowns[0]
        XCTAssertEqual(geslacht.respondents, [14, 20, 0, 6])
        XCTAssertEqual(geslacht.total, 40)
        XCTAssertEqual(geslacht.percentages, [35, 50, 0, 15])
        XCTAssertEqual(try gemeente().background.breakdowns[0].respondents, [16, 35, 0, 6])
    }

    /// WK077201: man 14, vrouw 20, onbekend 6. The 6 are onderdrukt; alone they would be the wijk
    /// minus man and vrouw, so the smallest other group (man) is withheld too: 20 together.
    func testASmallGroupIsProtectedByTheNextSmallestWithinTheBreakdown() throws {
        let geslacht = try wijk().background.breakdowns[0]
        for construct in ["sociaal_vertrouwen", "veranderingsbereidheid", "digitaal_contact", "veerkracht"] {
            let row = try row(geslacht, construct)
            // spread(14..<34): mean 6.425, interval (5.961471705312525, 6.888528294687474)
            assertFigures(row.groups[1], n: 20, status: .indicatief, mean: 6.425, lower: 5.961471705312525, upper: 6.888528294687474)
            assertWithheld(row.groups[0], n: 14, .complementary)
            assertWithheld(row.groups[3], n: 6, .tooFew)
            XCTAssertEqual(row.groups[2].n, 0)
            XCTAssertNotNil(row.area.values, "the wijk itself is shown")
        }
    }

    func testEveryGroupOfAWithheldAreaIsWithheld() throws {
        let wijk = try wijk(), geslacht = wijk.background.breakdowns[0]
        let cohesie = try row(geslacht, "cohesie")   // the wijk's cohesie: 7 scored, onderdrukt
        XCTAssertNil(cohesie.area.values)
        assertWithheld(cohesie.groups[0], n: 3, .tooFew)
        assertWithheld(cohesie.groups[1], n: 4, .tooFew)
        // WK077203 (12, all vrouw) is withheld to protect WK077202 (5), but for cohesie (WK077201 protects it there).
        let dashboard = try WijkReport(wijk: "WK077203", meting: FakeReportSource.meting, previous: nil, source: source, policy: policy)
        for row in dashboard.background.breakdowns[0].constructs where row.id != "cohesie" {
            XCTAssertEqual(row.area.reason, .complementary, row.id)
            assertWithheld(row.groups[1], n: 12, .complementary)
        }
        // complementScores: mean 2.0, interval (1.6681890024925328, 2.3318109975074672)
        assertFigures(try row(dashboard.background.breakdowns[0], "cohesie").groups[1], n: 12, status: .indicatief,
                      mean: 2.0, lower: 1.6681890024925328, upper: 2.3318109975074672)
    }

    func testAnIndicativeWijkSplitsIntoWhatItCan() throws {
        let binding = try row(try wijk().background.breakdowns[0], "binding")   // 20 scored: man 7, vrouw 10, onbekend 3
        // spread(7..<17): mean 6.2, interval (5.46118256442164, 6.93881743557836)
        assertFigures(binding.groups[1], n: 10, status: .indicatief, mean: 6.2, lower: 5.46118256442164, upper: 6.93881743557836)
        assertWithheld(binding.groups[0], n: 7, .tooFew)
        assertWithheld(binding.groups[3], n: 3, .tooFew)
    }

    /// The gemeente's groups are the sums of its wijken's: man 16, vrouw 35, onbekend 6.
    func testTheGemeenteIsSplitWithTheSameRules() throws {
        let geslacht = try gemeente().background.breakdowns[0]
        let vertrouwen = try row(geslacht, "sociaal_vertrouwen")
        // spread(14..<34) + smallScores[2:] + complementScores: mean 5.114285714285714, interval (4.252715916057433, 5.975855512513995)
        assertFigures(vertrouwen.groups[1], n: 35, status: .ok, mean: 5.114285714285714, lower: 4.252715916057433, upper: 5.975855512513995)
        // the same scores: np.std(xs, ddof=1) 2.5081212627996208; 100 * np.mean(xs < 4) 34.285714285714285, 100 * np.mean(xs >= 7) 31.428571428571427
        XCTAssertEqual(try XCTUnwrap(vertrouwen.groups[1].values?.standardDeviation), 2.5081212627996208, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(vertrouwen.groups[1].values?.percentLaag), 34.285714285714285, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(vertrouwen.groups[1].values?.percentHoog), 31.428571428571427, accuracy: 1e-12)
        assertWithheld(vertrouwen.groups[0], n: 16, .complementary)
        assertWithheld(vertrouwen.groups[3], n: 6, .tooFew)
        let binding = try row(geslacht, "binding")   // man 9, vrouw 25, onbekend 3
        // spread(7..<17) + smallScores[2:] + complementScores: mean 4.5, interval (3.3922676166963286, 5.607732383303672)
        assertFigures(binding.groups[1], n: 25, status: .indicatief, mean: 4.5, lower: 3.3922676166963286, upper: 5.607732383303672)
        assertWithheld(binding.groups[0], n: 9, .tooFew)
        assertWithheld(binding.groups[3], n: 3, .tooFew)
        let cohesie = try row(geslacht, "cohesie")   // man 5, vrouw 19: the 5 need the 19 beside them
        assertWithheld(cohesie.groups[0], n: 5, .tooFew)
        assertWithheld(cohesie.groups[1], n: 19, .complementary)
    }

    /// Whatever a report shows, no withheld group follows from shown figures by subtraction: in
    /// every line whose total is shown (an area's groups; one group across the wijken) the withheld
    /// cells with respondents are none or at least two, and together at least 10 when one is small.
    func testNoWithheldGroupCanBeRecomputedInEitherDirection() throws {
        let wijken = ["WK077201", "WK077202", "WK077203"]
        let dashboards = try wijken.map { try WijkReport(wijk: $0, meting: FakeReportSource.meting, previous: nil, source: source, policy: policy) }
        let summary = try gemeente().background.breakdowns[0]
        for construct in summary.constructs.map(\.id) {
            let rows = try dashboards.map { try row($0.background.breakdowns[0], construct) }
            let gemeente = try row(summary, construct)
            var lines = rows.filter { $0.area.values != nil }.map(\.groups)
            if gemeente.area.values != nil { lines.append(gemeente.groups) }
            for group in gemeente.groups.indices {
                let column = rows.map { $0.groups[group] }
                if gemeente.groups[group].values != nil {
                    lines.append(column)
                } else if column.contains(where: { $0.n > 0 }) {
                    XCTAssertTrue(column.contains { $0.values == nil && $0.n > 0 }, "\(construct): the wijken would add up to the gemeente's withheld group")
                }
            }
            for line in lines {
                let withheld = line.filter { $0.values == nil && $0.n > 0 }
                XCTAssertNotEqual(withheld.count, 1, "\(construct): one withheld cell is its total minus the shown ones")
                if withheld.contains(where: { $0.n < 10 }) {
                    XCTAssertGreaterThanOrEqual(withheld.map(\.n).reduce(0, +), 10, construct)
                }
            }
        }
    }

    // MARK: Suppression within a table

    func testALineWithholdsASmallCellAndItsComplementButNeverOneCellAlone() {
        XCTAssertEqual(BreakdownSuppression.line([0: 6, 1: 12, 2: 22, 3: 0], already: [], policy: policy), [0, 1])
        XCTAssertEqual(BreakdownSuppression.line([0: 3, 1: 4, 2: 40], already: [], policy: policy), [0, 1, 2], "3 + 4 < 10")
        XCTAssertEqual(BreakdownSuppression.line([0: 30, 1: 12, 2: 22], already: [2], policy: policy), [1, 2])
        XCTAssertEqual(BreakdownSuppression.line([0: 30, 1: 12, 2: 22], already: [], policy: policy), [])
    }

    /// Wijk A [3, 20, 20], wijk B [12, 15, 15]: A's 3 needs a complement in its row (its 20 of group 1)
    /// and in its column (B's 12), whose own row then needs one more, and so on until every line holds.
    func testTheTableIsProtectedAlongRowsAndColumns() {
        let cells = BreakdownSuppression.table(gemeente: "GM", counts: ["A": [3, 20, 20], "B": [12, 15, 15]], withheldAreas: [], policy: policy)
        XCTAssertEqual(cells["GM"], [])
        XCTAssertEqual(cells["A"], [0, 1])
        XCTAssertEqual(cells["B"], [0, 1])
        let withheldArea = BreakdownSuppression.table(gemeente: "GM", counts: ["A": [3, 20, 20], "B": [12, 15, 15], "C": [30, 30, 30]],
                                                      withheldAreas: ["A"], policy: policy)
        XCTAssertEqual(withheldArea["A"], [0, 1, 2])
        XCTAssertEqual(withheldArea["B"], [0, 1, 2], "each of A's cells needs a second in its column; B's are the smallest")
        XCTAssertEqual(withheldArea["C"], [])
    }

    /// Wijk A [10, 50, 0], wijk B [30, 11, 6]. The gemeente [40, 61, 6] withholds its 6 and its 40;
    /// A's 10 and 30 would add up to that 40 (and so give the 6), so A's 10 is withheld, and with it
    /// A's 50, lest the 10 be A's total minus the rest.
    func testAWithheldGemeenteGroupIsNotTheSumOfShownWijken() {
        let cells = BreakdownSuppression.table(gemeente: "GM", counts: ["A": [10, 50, 0], "B": [30, 11, 6]], withheldAreas: [], policy: policy)
        XCTAssertEqual(cells["GM"], [0, 2])
        XCTAssertEqual(cells["A"], [0, 1])
        XCTAssertEqual(cells["B"], [1, 2])
    }

    // MARK: JSON

    func testJSONCarriesTheGroupsAtFullPrecisionAndNoFigureOfAWithheldGroup() throws {
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ReportJSON.render(try wijk()).utf8)) as? [String: Any])
        let background = try XCTUnwrap(json["achtergrond"] as? [[String: Any]])
        XCTAssertEqual(background.count, 1)
        XCTAssertEqual(background[0]["vraag"] as? String, "geslacht")
        XCTAssertEqual(background[0]["respondenten"] as? Int, 40)
        let groups = try XCTUnwrap(background[0]["groepen"] as? [[String: Any]])
        XCTAssertEqual(groups.map { $0["groep"] as? String }, ["man", "vrouw", "anders", "onbekend"])
        XCTAssertEqual(groups.map { $0["respondenten"] as? Int }, [14, 20, 0, 6])
        XCTAssertEqual(groups[3]["pct"] as? Double, 15)
        let constructs = try XCTUnwrap(background[0]["constructen"] as? [[String: Any]])
        let vertrouwen = try XCTUnwrap(constructs.first { $0["id"] as? String == "sociaal_vertrouwen" })
        let cells = try XCTUnwrap(vertrouwen["groepen"] as? [[String: Any]]).map { try XCTUnwrap($0["meting"] as? [String: Any]) }
        XCTAssertEqual(cells[1]["gemiddelde"] as? Double, 6.425)
        XCTAssertEqual(try XCTUnwrap(cells[1]["ci_laag"] as? Double), 5.961471705312525, accuracy: 1e-12)
        XCTAssertEqual(cells[1]["status"] as? String, "indicatief")
        // spread(14..<34): np.std(xs, ddof=1) 0.9904145862372884; 100 * np.mean(xs >= 7) 40.0
        XCTAssertEqual(try XCTUnwrap(cells[1]["sd"] as? Double), 0.9904145862372884, accuracy: 1e-12)
        XCTAssertEqual(cells[1]["pct_laag"] as? Double, 0)
        XCTAssertEqual(try XCTUnwrap(cells[1]["pct_hoog"] as? Double), 40, accuracy: 1e-12)
        XCTAssertEqual(cells[0] as NSDictionary, ["status": "onderdrukt", "n": 14])
        XCTAssertEqual(cells[3] as NSDictionary, ["status": "onderdrukt", "n": 6])
        let cohesie = try XCTUnwrap(constructs.first { $0["id"] as? String == "cohesie" })
        for cell in try XCTUnwrap(cohesie["groepen"] as? [[String: Any]]) {
            XCTAssertEqual(Set((cell["meting"] as? [String: Any] ?? [:]).keys), ["status", "n"])
        }
        let none = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ReportJSON.render(try gemeente(FakeReportSource())).utf8)) as? [String: Any])
        XCTAssertEqual((none["achtergrond"] as? [Any])?.count, 0)
    }

    // MARK: HTML

    private func section(_ title: String, in html: String) throws -> String {
        let start = try XCTUnwrap(html.range(of: "<h2>\(title)"), title)
        let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)?.lowerBound ?? html.endIndex
        return String(html[start.lowerBound..<end])
    }

    func testTheWijkPageShowsWhoAnsweredAndForWhomWithoutAWithheldFigure() throws {
        let html = HTMLReport.render(try wijk())
        let profile = try section("Wie deden mee?", in: html)
        for text in ["niet ingevuld", "<td class=\"num\">14</td>", "<td class=\"share\">50,0%", "Niemand beantwoordde de vraag naar leeftijd."] {
            XCTAssertTrue(profile.contains(text), text)
        }
        let forWhom = try section("Voor wie?", in: html)
        XCTAssertTrue(forWhom.contains("Cohesie &amp; &quot;buurt&quot;"), "construct names are escaped")
        XCTAssertTrue(forWhom.contains("Wijk &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Oost&quot;"), "the area's name is escaped")
        XCTAssertFalse(forWhom.contains("<script"))
        XCTAssertTrue(forWhom.contains("<strong>6,4</strong><span class=\"small\">6,0 – 6,9</span>"), "vrouw: 6.425 (5.96 – 6.89)")
        XCTAssertTrue(forWhom.contains("Naar leeftijd en geslacht"), "the explanation from uitleg.yaml")
        let man = try XCTUnwrap(forWhom.components(separatedBy: "<tr>").first { $0.hasPrefix("<th scope=\"row\">man") })
        XCTAssertEqual(man.components(separatedBy: "<td class=\"cell withheld\">").count - 1, 6, "every cell of man is withheld")
        XCTAssertFalse(man.contains("<strong>"), "a withheld group shows no figure")
        XCTAssertTrue(man.contains("aanvullend onderdrukt"))
        let unknown = try XCTUnwrap(forWhom.components(separatedBy: "<tr>").first { $0.hasPrefix("<th scope=\"row\">niet ingevuld") })
        XCTAssertFalse(unknown.contains("<strong>"))
        XCTAssertFalse(forWhom.contains("<th scope=\"row\">anders"), "a group without respondents has no row")
    }

    func testTheProfileOfFewerThan30RespondentsIsWrittenAsCounts() throws {
        let report = try WijkReport(wijk: "WK077203", meting: FakeReportSource.meting, previous: nil, source: source, policy: policy)
        let profile = try section("Wie deden mee?", in: HTMLReport.render(report))
        XCTAssertTrue(profile.contains("<td class=\"share\">12 van 12"), "not 100,0%")
        XCTAssertTrue(profile.contains("<td class=\"share\">0 van 12"))
        XCTAssertFalse(profile.contains(",0%"), "no percentage of 12 respondents")
    }

    func testAnAreaWhereNobodyAnsweredGetsOneSentence() throws {
        for html in [HTMLReport.render(try wijk(FakeReportSource())), HTMLReport.render(try gemeente(FakeReportSource()))] {
            let profile = try section("Wie deden mee?", in: html)
            XCTAssertTrue(profile.contains("niet gesteld of door niemand beantwoord"))
            XCTAssertFalse(profile.contains("<table"))
            XCTAssertFalse(html.contains("<h2>Voor wie?"))
        }
    }

    func testTheGemeentePageShowsTheGemeentesGroups() throws {
        let forWhom = try section("Voor wie?", in: HTMLReport.render(try gemeente()))
        XCTAssertTrue(forWhom.contains("<strong>5,1</strong><span class=\"small\">4,3 – 6,0</span>"), "vrouw: 5.114 (4.253 – 5.976)")
        XCTAssertTrue(forWhom.contains("Gemeente Eindhoven &lt;i&gt;"))
    }
}
