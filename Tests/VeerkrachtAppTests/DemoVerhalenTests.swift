import Foundation
import TestSupport
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtDemo
import VeerkrachtStore
import XCTest

/// The demo's stories: imported from `demo/verhalen.csv` and reviewed in the name of the command,
/// shown in the demo's reports where the wijk's figures are, and not in Achtse Barrier, whose are withheld.
final class DemoVerhalenTests: FolderTestCase {
    func testTheDemosReportsShowItsApprovedStoriesButNotTheWithheldWijksOne() throws {
        let demo = try DemoPipeline(databasePath: folder.appendingPathComponent("demo.sqlite").path, seed: 2026)
        let store = try demo.build(by: .command("test")) { step in _ = try step.run(nil) }
        let stored = try store.verhalen()
        XCTAssertEqual(stored.count, DemoVerhalen.stories.count)
        XCTAssertEqual(try store.verhaalCounts(), [.ingediend: 1, .goedgekeurd: 6])
        XCTAssertEqual(Set(stored.filter { $0.status == .goedgekeurd }.map(\.beoordeeldDoor)), ["command:test"])
        XCTAssertEqual(stored.filter(\.uitgelicht).map(\.verhaal.wijk.rawValue).sorted(), ["WK077201", "WK077202", "WK077206", "WK077208"])
        XCTAssertTrue(stored.map(\.verhaal.wijk.rawValue).contains("WK077208"), "a story in Achtse Barrier, whose figures are withheld")

        let pages = try demo.writeReports(of: store, policy: DisclosurePolicy()).map { try String(contentsOfFile: $0, encoding: .utf8) }
        let (wijk, gemeente) = (pages[0], pages[1])
        XCTAssertTrue(wijk.contains("Verhalen uit de wijk<"))
        XCTAssertTrue(wijk.contains("<h4>Burendag in de binnenstad</h4>"))
        XCTAssertTrue(wijk.contains("<h4>Een appgroep voor het hele portiek</h4>"))
        XCTAssertFalse(wijk.contains("Sleutel bij de buren"), "waiting for review")
        XCTAssertTrue(gemeente.contains("Verhalen uit de wijken<"))
        for shown in ["Burendag in de binnenstad", "Samen de straat groener", "Oude fabriek, nieuwe ontmoetingsplek"] {
            XCTAssertTrue(gemeente.contains("<h4>\(shown)</h4>"), shown)
        }
        XCTAssertFalse(gemeente.contains("Koffie in de kas"), "Achtse Barrier's figures are withheld")
        XCTAssertFalse(gemeente.contains("Buurtpreventie met de hond"), "approved, not highlighted")
        XCTAssertFalse(gemeente.contains("Een appgroep voor het hele portiek"), "approved, not highlighted")
    }
}
