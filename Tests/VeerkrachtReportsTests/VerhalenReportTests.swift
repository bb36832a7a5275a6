import Foundation
import VeerkrachtCore
@testable import VeerkrachtReports
import XCTest

/// Approved verhalen in the reports (`VerhaalSelection`), on `FakeReportSource`: WK077201 with
/// cohesie onderdrukt (n = 7) and binding indicatief, WK077202 all onderdrukt (n = 5), WK077203
/// aanvullend onderdrukt wherever WK077201 does not protect WK077202 (all but cohesie).
final class VerhalenReportTests: XCTestCase {
    private let policy = DisclosurePolicy()

    private func story(_ id: Int64, _ wijk: String, _ hulpbronnen: [String], datum: String = "2026-02-01", uitgelicht: Bool = false,
                       titel: String? = nil, tekst: String = "Buren hielpen elkaar.") -> ApprovedVerhaal {
        ApprovedVerhaal(id: id, verhaal: Verhaal(datum: datum, wijk: WijkCode(wijk)!, hulpbronnen: hulpbronnen, titel: titel ?? "Verhaal \(id)",
                                                 tekst: tekst), uitgelicht: uitgelicht)
    }

    private func source(_ verhalen: [ApprovedVerhaal], metingen: [Meting]? = nil) -> FakeReportSource {
        var source = FakeReportSource()
        source.verhalen = verhalen
        if let metingen { source.metingen = metingen }
        return source
    }

    private func wijk(_ code: String, _ source: FakeReportSource) throws -> WijkReport {
        try WijkReport(wijk: code, meting: FakeReportSource.meting, previous: FakeReportSource.previous, source: source, policy: policy)
    }

    private func gemeente(_ source: FakeReportSource) throws -> GemeenteReport {
        try GemeenteReport(gemeente: "GM0772", meting: FakeReportSource.meting, previous: FakeReportSource.previous, source: source, policy: policy)
    }

    // MARK: Placement and privacy on the wijk dashboard

    func testAStoryStandsBesideItsFirstHulpbronWhoseFigureIsShown() throws {
        let report = try wijk("WK077201", source([story(1, "WK077201", ["cohesie", "binding", "digitaal_contact"]),
                                                  story(2, "WK077201", ["digitaal_contact"])]))
        XCTAssertEqual(report.verhalen.map(\.verhaal.id), [1, 2])
        XCTAssertEqual(report.verhalen.map(\.hulpbron.id), ["binding", "digitaal_contact"],
                       "cohesie is onderdrukt (n = 7): the first story goes beside binding, which is shown (indicatief)")
        XCTAssertEqual(report.verhalen[0].alsoAbout.map(\.id), ["cohesie", "digitaal_contact"])
        XCTAssertEqual(report.verhalen[0].verhaal.hulpbronnen.map(\.name), ["Cohesie & \"buurt\"", "Binding met de buurt", "Digitaal contact"])
        XCTAssertEqual(report.verhalen[1].alsoAbout, [])
    }

    func testAStoryOnlyAboutAHulpbronWithTooFewRespondentsIsLeftOut() throws {
        XCTAssertEqual(try wijk("WK077201", source([story(1, "WK077201", ["cohesie"])])).verhalen, [])
    }

    func testAWijkWhoseFiguresAreAllWithheldShowsNoStory() throws {
        let report = try wijk("WK077202", source([story(1, "WK077202", ["cohesie", "binding", "sociaal_vertrouwen",
                                                                        "veranderingsbereidheid", "digitaal_contact"])]))
        XCTAssertTrue(report.constructs.allSatisfy { $0.figures.values == nil })
        XCTAssertEqual(report.verhalen, [])
        let html = HTMLReport.render(report)
        XCTAssertFalse(html.contains("Verhaal 1"))
        XCTAssertFalse(html.contains("Verhalen uit de wijk"), "no section without stories")
        XCTAssertFalse(ReportJSON.render(report).contains("Verhaal 1"))
    }

    func testAStoryIsNotShownBesideAFigureWithheldToProtectAnotherWijk() throws {
        let source = source([story(1, "WK077203", ["binding"]), story(2, "WK077203", ["binding", "cohesie"])])
        let report = try wijk("WK077203", source)
        XCTAssertEqual(report.constructs.first { $0.id == "binding" }?.figures.reason, .complementary)
        XCTAssertNotNil(report.constructs.first { $0.id == "cohesie" }?.figures.values, "WK077201 and WK077202 protect each other on cohesie")
        XCTAssertEqual(report.verhalen.map(\.verhaal.id), [2])
        XCTAssertEqual(report.verhalen.map(\.hulpbron.id), ["cohesie"])
        XCTAssertFalse(HTMLReport.render(report).contains("Verhaal 1"))
    }

    func testTheDashboardShowsOnlyItsOwnWijksStories() throws {
        let report = try wijk("WK077201", source([story(1, "WK077203", ["digitaal_contact"])]))
        XCTAssertEqual(report.verhalen, [])
    }

    // MARK: The gemeente summary

    func testTheSummaryShowsHighlightedStoriesOfWijkenWhoseFiguresAreShown() throws {
        let report = try gemeente(source([
            story(1, "WK077201", ["digitaal_contact"], uitgelicht: true),
            story(2, "WK077201", ["digitaal_contact"]),                          // not highlighted
            story(3, "WK077201", ["cohesie"], uitgelicht: true),                 // its only hulpbron is onderdrukt
            story(4, "WK077202", ["binding"], uitgelicht: true),                 // every figure onderdrukt
            story(5, "WK077203", ["cohesie"], uitgelicht: true),                 // sociale veerkracht aanvullend onderdrukt
            story(6, "WK077201", ["cohesie", "binding"], uitgelicht: true),      // binding is shown
        ]))
        XCTAssertEqual(report.verhalen.map(\.id), [1, 6])
        XCTAssertEqual(report.verhalen[1].hulpbronnen.map(\.id), ["cohesie", "binding"], "it names every hulpbron it illustrates")
        XCTAssertEqual(report.verhalen[0].wijk, AreaInfo(code: "WK077201", name: "<script>alert(1)</script> & \"Oost\""))
        let html = HTMLReport.render(report)
        XCTAssertTrue(html.contains("Verhalen uit de wijken"))
        // The names as they read in a sentence (this fixture's cohesie is called 'Cohesie & "buurt"').
        XCTAssertTrue(html.contains("Over cohesie &amp;"), html)
        XCTAssertTrue(html.contains(" en binding met de buurt<"), html)
        for hidden in 2...5 { XCTAssertFalse(html.contains("Verhaal \(hidden)<"), "story \(hidden)") }
    }

    // MARK: Period

    func testAReportTakesTheStoriesAfterThePreviousMetingsPeriodThroughTheEndOfItsOwn() throws {
        let metingen = [Meting(label: FakeReportSource.previous, from: "2025-03-01", to: "2025-05-31"),
                        Meting(label: FakeReportSource.meting, from: "2026-03-01", to: "2026-05-31")]
        let dates = ["2025-05-31", "2025-06-01", "2026-05-31", "2026-06-01"]
        let stories = dates.enumerated().map { story(Int64($0.offset + 1), "WK077201", ["digitaal_contact"], datum: $0.element) }
        XCTAssertEqual(try wijk("WK077201", source(stories, metingen: metingen)).verhalen.map(\.verhaal.datum), ["2025-06-01", "2026-05-31"])
        XCTAssertEqual(try wijk("WK077201", source(stories)).verhalen.map(\.verhaal.datum), dates, "without periods both sides are open")
    }

    func testThePeriodOfAMeting() {
        let metingen = [Meting(label: "a", from: "2024-03-01", to: "2024-12-31"), Meting(label: "b", from: "2025-03-01"),
                        Meting(label: "c", to: "2026-05-31"), Meting(label: "d"), Meting(label: "e")]
        let lastAnswered = ["a": "2024-05-01", "b": "2025-05-20", "c": "2026-04-30", "d": "2026-10-31"]
        func period(_ meting: String) -> (String?, String?) { VerhaalSelection.period(of: meting, in: metingen) { lastAnswered[$0] } }
        XCTAssertTrue(period("a") == (nil, "2024-12-31"), "the first meting: open before; its period's end, not its last answer")
        XCTAssertTrue(period("b") == ("2025-01-01", "2025-05-20"), "the day after a's end, across the year; b ends with its last answer")
        XCTAssertTrue(period("c") == ("2025-05-21", "2026-05-31"), "the day after b's last answer")
        XCTAssertTrue(period("d") == ("2026-06-01", "2026-10-31"))
        XCTAssertTrue(period("e") == ("2026-11-01", nil), "the latest meting runs on to today (nobody answered it yet)")
        XCTAssertTrue(period("onbekend") == (nil, nil))
    }

    // MARK: HTML and JSON

    func testEveryTextOfAStoryIsEscaped() throws {
        let hostile = story(1, "WK077201", ["digitaal_contact"], uitgelicht: true, titel: "<script>verhaal()</script>",
                            tekst: "=HYPERLINK(\"http://evil.example\",\"klik\")\n\n<img src=x onerror=alert(2)> & meer")
        let source = source([hostile])
        for html in [HTMLReport.render(try wijk("WK077201", source)), HTMLReport.render(try gemeente(source))] {
            XCTAssertTrue(html.contains("&lt;script&gt;verhaal()&lt;/script&gt;"))
            XCTAssertFalse(html.contains("<script>verhaal()"))
            XCTAssertFalse(html.contains("<img src=x"))
            XCTAssertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt; &amp; meer"))
            XCTAssertTrue(html.contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;klik&quot;)"))
        }
        let json = try object(ReportJSON.render(try wijk("WK077201", source)))
        let verhaal = try XCTUnwrap((json["verhalen"] as? [[String: Any]])?.first)
        XCTAssertEqual(verhaal["titel"] as? String, hostile.verhaal.titel, "JSON carries the text as it is")
        XCTAssertEqual(verhaal["tekst"] as? String, hostile.verhaal.tekst)
    }

    func testATextIsShownAsItsParagraphsWithTheirLineBreaks() throws {
        let html = HTMLReport.render(try wijk("WK077201", source([story(1, "WK077201", ["digitaal_contact"], tekst: "Eerste alinea.\n\nRegel een\nregel twee")])))
        XCTAssertTrue(html.contains("<blockquote><p>Eerste alinea.</p><p>Regel een<br/>regel twee</p></blockquote>"))
        XCTAssertTrue(html.contains("<p class=\"verhaal-soort\">Verhaal uit de wijk</p><h4>Verhaal 1</h4>"))
        XCTAssertTrue(html.contains("1 februari 2026"))
    }

    func testTheJSONCarriesWhatThePageShows() throws {
        let source = source([story(1, "WK077201", ["cohesie", "digitaal_contact"], uitgelicht: true), story(2, "WK077201", ["cohesie"], uitgelicht: true),
                             story(3, "WK077202", ["binding"], uitgelicht: true)])
        let wijkJSON = try object(ReportJSON.render(try wijk("WK077201", source)))
        let placed = try XCTUnwrap(wijkJSON["verhalen"] as? [[String: Any]])
        XCTAssertEqual(placed.count, 1)
        XCTAssertEqual(Set(placed[0].keys), ["titel", "datum", "wijk", "hulpbronnen", "naast_hulpbron", "tekst"])
        XCTAssertEqual(placed[0]["naast_hulpbron"] as? String, "digitaal_contact")
        XCTAssertEqual((placed[0]["hulpbronnen"] as? [[String: Any]])?.compactMap { $0["id"] as? String }, ["cohesie", "digitaal_contact"])
        XCTAssertEqual(placed[0]["datum"] as? String, "2026-02-01")

        let gemeenteJSON = try object(ReportJSON.render(try gemeente(source)))
        let highlighted = try XCTUnwrap(gemeenteJSON["verhalen"] as? [[String: Any]])
        XCTAssertEqual(highlighted.map { $0["titel"] as? String }, ["Verhaal 1"])
        XCTAssertEqual(Set(highlighted[0].keys), ["titel", "datum", "wijk", "hulpbronnen", "tekst"])
        XCTAssertEqual((highlighted[0]["wijk"] as? [String: Any])?["code"] as? String, "WK077201")
        XCTAssertEqual((try object(ReportJSON.render(try gemeente(FakeReportSource())))["verhalen"] as? [Any])?.count, 0,
                       "an empty list without stories")
    }

    private func object(_ json: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }
}
