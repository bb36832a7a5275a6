import Foundation
import TestSupport
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore
import XCTest

/// The seam both shells call gives exactly what the report builders and exports give on the store.
final class ReportingTests: FolderTestCase {
    private var store: Store!
    private let policy = DisclosurePolicy(suppressBelow: 10, indicativeBelow: 30)

    override func setUpWithError() throws {
        try super.setUpWithError()
        let demo = try DemoPipeline(databasePath: folder.appendingPathComponent("demo.sqlite").path, seed: 2026)
        store = try demo.build(by: .command("test")) { _ = try $0.run(nil) }
    }

    func testReportsAreTheBuildersReportsOnTheStore() throws {
        let reporting = Reporting(store: store, policy: policy)
        XCTAssertEqual(try reporting.wijkReport("WK077201", meting: "2026-voorjaar", previous: "2025-voorjaar"),
                       try WijkReport(wijk: "WK077201", meting: "2026-voorjaar", previous: "2025-voorjaar", source: store, policy: policy))
        XCTAssertEqual(try reporting.gemeenteReport("GM0772", meting: "2026-voorjaar", previous: nil),
                       try GemeenteReport(gemeente: "GM0772", meting: "2026-voorjaar", previous: nil, source: store, policy: policy))
        XCTAssertThrowsError(try reporting.wijkReport("WK999999", meting: "2026-voorjaar", previous: nil)) { error in
            XCTAssertTrue(error is ReportError, "\(error)")
        }
    }

    func testExportsAreTheExportsOfTheStoresFigures() throws {
        let reporting = Reporting(store: store, policy: policy)
        for level in AreaLevel.allCases {
            XCTAssertEqual(try reporting.scoresCSV(level: level, meting: nil),
                           ScoreExport.csv(try store.scoreCells(level: level, meting: nil), policy: policy))
            XCTAssertEqual(try reporting.changeCSV(level: level, from: "2025-voorjaar", to: "2026-voorjaar"),
                           ChangeExport.csv(try store.changeCells(level: level, from: "2025-voorjaar", to: "2026-voorjaar"), policy: policy))
        }
        let output = try reporting.outputCSV(level: .gemeente, from: "2025-01-01", to: nil)
        XCTAssertEqual(output, OutputExport.csv(try store.outputTotals(level: .gemeente, from: "2025-01-01", to: nil),
                                                hulpbronnen: ["cohesie", "binding", "sociaal_vertrouwen", "veranderingsbereidheid", "digitaal_contact"]))
        XCTAssertEqual(output.split(separator: "\n").count, 7, "a header and six gemeenten")
    }

    func testTheDefaultInstrumentIsTheBundledVeerkrachtmeter() throws {
        let instrument = try DefaultInstrument.load()
        XCTAssertEqual(instrument.reference, try store.currentInstrument().reference)
        XCTAssertEqual(instrument.constructs.filter { $0.kind == .hulpbron }.count, 5)
    }
}
