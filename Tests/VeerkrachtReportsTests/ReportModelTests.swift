import Foundation
import VeerkrachtCore
import VeerkrachtDemo
import VeerkrachtReports
import VeerkrachtStore
import VeerkrachtSurveys
import XCTest

/// Report models against the store's own aggregates, on the demo data set.
final class ReportModelTests: XCTestCase {
    static let metingen = DemoStore.metingen
    private var store: Store { DemoStore.shared }
    private let policy = DisclosurePolicy()

    func testWijkReportFiguresEqualTheStoresAggregates() throws {
        let report = try WijkReport(wijk: "WK077201", meting: Self.metingen[1], previous: Self.metingen[0], source: store, policy: policy)
        XCTAssertEqual(report.wijk.name, "Centrum")
        XCTAssertEqual(report.gemeente, AreaInfo(code: "GM0772", name: "Eindhoven"))
        let cells = try store.scoreCells(level: .wijk, meting: Self.metingen[1], area: "WK077201")
        let gemeente = try store.scoreCells(level: .gemeente, meting: Self.metingen[1], area: "GM0772")
        // The dashboard reads the change of every wijk of its gemeente (for complementary suppression), as
        // the gemeente summary does; the panel's mean difference is summed in that query's order.
        let change = try store.changeCells(level: .wijk, from: Self.metingen[0], to: Self.metingen[1], area: "GM0772")
            .filter { $0.area == "WK077201" }
        XCTAssertEqual(report.constructs.map(\.id), Self.instrumentConstructs)
        for result in report.constructs {
            XCTAssertEqual(result.figures, cells.first { $0.construct == result.id }?.figures(policy))
            XCTAssertEqual(result.comparison, gemeente.first { $0.construct == result.id }?.figures(policy))
            XCTAssertEqual(result.change, change.first { $0.construct == result.id }?.figures(policy))
        }
        XCTAssertEqual(report.meting.participation?.respondents, try store.respondentCounts(level: .wijk, meting: Self.metingen[1])["WK077201"])
    }

    func testSuppressedWijkWithholdsEverythingButN() throws {
        // WK077208 (Achtse Barrier) has 6 respondents.
        let report = try WijkReport(wijk: "WK077208", meting: Self.metingen[1], previous: Self.metingen[0], source: store, policy: policy)
        for result in report.constructs {
            XCTAssertEqual(result.figures.status, .onderdrukt)
            XCTAssertNil(result.figures.values)
            XCTAssertNil(result.reliability, "α is a figure too")
            XCTAssertEqual(result.change?.status, .onderdrukt)
            XCTAssertNil(result.change?.values)
            XCTAssertNil(result.significantDirection, "nothing to plot or to put in a sentence")
        }
        try assertWithheldCellsCarryOnlyN(ReportJSON.render(report))
    }

    /// Where fewer than 10 answered, the day someone answered could point at a person: reports give
    /// the months only, also for the output period that ends on the last answer.
    func testASmallWijkShowsMonthsNotDays() throws {
        let small = try WijkReport(wijk: "WK077208", meting: Self.metingen[1], previous: Self.metingen[0], source: store, policy: policy)
        let exact = try XCTUnwrap(try store.participation(level: .wijk, meting: Self.metingen[1], area: "WK077208")["WK077208"])
        let shown = try XCTUnwrap(small.meting.participation)
        XCTAssertTrue(shown.isMonthly)
        XCTAssertEqual(shown.firstDate, String(exact.firstDate.prefix(8)) + "01")
        XCTAssertTrue(shown.lastDate >= exact.lastDate && shown.lastDate.prefix(7) == exact.lastDate.prefix(7))
        XCTAssertTrue(small.previous?.participation?.isMonthly ?? false)
        if let output = small.output { XCTAssertEqual(output.period.to, shown.lastDate, "the output period ends at the month's end") }
        let json = ReportJSON.render(small)
        XCTAssertTrue(json.contains("\"eerste_datum\": \"\(exact.firstDate.prefix(7))\"") || json.contains("\"eerste_datum\":\"\(exact.firstDate.prefix(7))\""), json)
        let html = HTMLReport.render(small)
        for date in [exact.firstDate, exact.lastDate] {
            XCTAssertFalse(json.contains(date), "no exact date in the JSON: \(date)")
            let day = Int(date.suffix(2))!
            XCTAssertFalse(html.contains(">\(day) "), "no day in the HTML")
        }
        let large = try WijkReport(wijk: "WK077201", meting: Self.metingen[1], previous: Self.metingen[0], source: store, policy: policy)
        XCTAssertFalse(large.meting.participation?.isMonthly ?? true, "a wijk of many keeps its dates")
    }

    func testGemeenteReportRowsAndSentencesRespectSuppression() throws {
        let report = try GemeenteReport(gemeente: "GM0772", meting: Self.metingen[1], previous: Self.metingen[0], source: store, policy: policy)
        XCTAssertEqual(report.wijken.count, 8)
        let small = try XCTUnwrap(report.wijken.first { $0.wijk.code == "WK077208" })
        XCTAssertTrue(small.constructs.allSatisfy { $0.figures.values == nil && $0.change?.values == nil })
        // Gestel (120), the next smallest wijk, is withheld too: otherwise Achtse Barrier = gemeente − the other seven.
        let gestel = try XCTUnwrap(report.wijken.first { $0.wijk.code == "WK077207" })
        XCTAssertTrue(gestel.constructs.allSatisfy { $0.figures.reason == .complementary && $0.change?.reason == .complementary })
        let reportable = report.wijken.filter { $0.constructs[0].change?.status == .ok }.count
        XCTAssertEqual(reportable, 6)
        for sentence in report.sentences where sentence.hasPrefix("In ") && sentence.contains(" wijken met genoeg respondenten") {
            XCTAssertTrue(sentence.contains("van de 6 wijken"), sentence)
        }
        let headline = try store.scoreCells(level: .gemeente, meting: Self.metingen[1], area: "GM0772")
        for result in report.headline {
            XCTAssertEqual(result.figures, headline.first { $0.construct == result.id }?.figures(policy))
        }
        try assertWithheldCellsCarryOnlyN(ReportJSON.render(report))
    }

    func testTheAnalistLearnsWhichWijkProtectsWhich() throws {
        let report = try GemeenteReport(gemeente: "GM0772", meting: Self.metingen[1], previous: Self.metingen[0], source: store, policy: policy)
        XCTAssertEqual(report.protections.map(\.withheld.wijk.code), ["WK077207"], "Gestel, withheld for Achtse Barrier")
        XCTAssertEqual(report.protections.first?.protects.map(\.wijk.code), ["WK077208"])
        let roomy = try GemeenteReport(gemeente: "GM0772", meting: Self.metingen[1], previous: nil, source: store,
                                       policy: DisclosurePolicy(suppressBelow: 5, indicativeBelow: 30))
        XCTAssertEqual(roomy.protections, [], "with a threshold of 5 no wijk is too small")
    }

    func testSentencesCountSignificantChanges() throws {
        let report = try GemeenteReport(gemeente: "GM0772", meting: Self.metingen[1], previous: Self.metingen[0], source: store, policy: policy)
        for (index, construct) in report.headline.enumerated() {
            let rose = report.wijken.filter { $0.constructs[index].significantDirection == .up }
            let up = rose.count
            let name = construct.name.prefix(1).lowercased() + construct.name.dropFirst()
            let sentence = report.sentences.first { $0.contains("met genoeg respondenten steeg de score voor \(name) significant") }
            if up > 0 {
                XCTAssertEqual(sentence?.hasPrefix("In \(up) van de "), true, "\(construct.id): \(report.sentences)")
                // The sentence names the wijken that rose (up to five), never a withheld one.
                for wijk in rose.prefix(5) { XCTAssertTrue(sentence?.contains(wijk.wijk.name) == true, "\(wijk.wijk.name): \(sentence ?? "")") }
                for withheld in report.wijken where withheld.constructs[index].change?.status != .ok {
                    XCTAssertFalse(sentence?.contains(withheld.wijk.name) == true, "\(withheld.wijk.name) is withheld: \(sentence ?? "")")
                }
            } else {
                XCTAssertNil(sentence, construct.id)
            }
        }
    }

    func testUnknownAreaIsAClearError() {
        XCTAssertThrowsError(try WijkReport(wijk: "WK999901", meting: Self.metingen[1], previous: nil, source: store, policy: policy)) {
            XCTAssertEqual($0 as? ReportError, .noData("WK999901", level: .wijk))
            XCTAssertEqual("\($0)", "the database holds nothing about wijk WK999901")   // the CLI's words: MistakeTests
        }
        XCTAssertThrowsError(try GemeenteReport(gemeente: "0772", meting: Self.metingen[1], previous: nil, source: store, policy: policy)) {
            XCTAssertEqual("\($0)", "'0772' is not a CBS gemeente code (e.g. GM0772)")
        }
    }

    private static let instrumentConstructs = ["cohesie", "binding", "sociaal_vertrouwen", "veranderingsbereidheid", "digitaal_contact",
                                               "zelfredzaamheid", "samenredzaamheid", "community_redzaamheid", "veerkracht"]

    /// Every object in the JSON whose status is onderdrukt holds nothing but the status and counts.
    private func assertWithheldCellsCarryOnlyN(_ json: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8))
        var withheld = 0
        func visit(_ value: Any) {
            if let object = value as? [String: Any] {
                if object["status"] as? String == "onderdrukt" {
                    withheld += 1
                    XCTAssertTrue(Set(object.keys).isSubset(of: ["status", "n", "n_van", "n_naar"]), "\(object)", file: file, line: line)
                }
                object.values.forEach(visit)
            } else if let array = value as? [Any] {
                array.forEach(visit)
            }
        }
        visit(root)
        XCTAssertGreaterThan(withheld, 0, file: file, line: line)
    }
}
