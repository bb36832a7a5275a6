import Foundation
import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore
import XCTest

/// The kernboodschappen in the demo's reports: right under the header, the same in JSON, and
/// nothing for a wijk whose figures are withheld.
final class KeyMessagesReportTests: XCTestCase {
    private var store: Store { DemoStore.shared }
    private let policy = DisclosurePolicy()
    private let (meting, previous) = (DemoStore.metingen[1], DemoStore.metingen[0])

    func testBothReportsOpenWithTheirKernboodschappenInHTMLAndJSON() throws {
        let wijk = try WijkReport(wijk: "WK077201", meting: meting, previous: previous, source: store, policy: policy)
        let gemeente = try GemeenteReport(gemeente: "GM0772", meting: meting, previous: previous, source: store, policy: policy)
        for (sentences, html, json) in [(wijk.kernboodschappen, HTMLReport.render(wijk), ReportJSON.render(wijk)),
                                        (gemeente.kernboodschappen, HTMLReport.render(gemeente), ReportJSON.render(gemeente))] {
            XCTAssertTrue((3...5).contains(sentences.count), sentences.joined(separator: "\n"))
            let box = try XCTUnwrap(html.range(of: "<section class=\"key-messages\""))
            XCTAssertNil(html[..<box.lowerBound].range(of: "<section"), "the box comes right under the header")
            XCTAssertTrue(html.contains(">Kernboodschappen</h2>"))
            let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            XCTAssertEqual(decoded?["kernboodschappen"] as? [String], sentences)
            for sentence in sentences { assertNoCause(sentence) }
        }
    }

    func testAWithheldWijkGetsNoKernboodschappen() throws {
        // WK077208 (Achtse Barrier) has 6 respondents: every figure is withheld.
        let report = try WijkReport(wijk: "WK077208", meting: meting, previous: previous, source: store, policy: policy)
        XCTAssertEqual(report.kernboodschappen, [])
        XCTAssertFalse(HTMLReport.render(report).contains("key-messages\""))
        XCTAssertTrue(ReportJSON.render(report).contains("\"kernboodschappen\": []") || ReportJSON.render(report).contains("\"kernboodschappen\":[]"))
        let gemeente = try GemeenteReport(gemeente: "GM0772", meting: meting, previous: previous, source: store, policy: policy)
        XCTAssertFalse(gemeente.kernboodschappen.joined().contains("Achtse Barrier"), "a withheld wijk is never named")
    }
}
