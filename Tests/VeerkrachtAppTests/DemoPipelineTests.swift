import Foundation
import TestSupport
import VeerkrachtApp
import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtStore
import XCTest

/// The demo from start to finish, as `veerkracht demo` runs it, and the rule that keeps own data
/// and the demo's synthetic residents apart.
final class DemoPipelineTests: FolderTestCase {
    private func demo() throws -> DemoPipeline {
        try DemoPipeline(databasePath: folder.appendingPathComponent("demo.sqlite").path, seed: 2026)
    }

    func testTheDemoWritesItsFilesImportsThemAndClosesItsMetingen() throws {
        let demo = try demo()
        var steps: [(String, DemoPipeline.Step.Kind, Int)] = []
        let store = try demo.build(by: .command("test")) { step in
            steps.append((URL(fileURLWithPath: step.file).lastPathComponent, step.kind, try step.run(nil).rows))
        }
        XCTAssertEqual(demo.folder, folder.appendingPathComponent("demo").path)
        XCTAssertEqual(steps.map(\.0), ["responses-2025-voorjaar.csv", "responses-2026-voorjaar.csv", "activiteiten.csv"])
        XCTAssertEqual(steps.map(\.1), [.responses, .responses, .activities])
        XCTAssertEqual(steps.map(\.2), [2990, 2990, 818])
        XCTAssertEqual(try store.metingList().map(\.label), ["2025-voorjaar", "2026-voorjaar"])
        XCTAssertTrue(try store.metingList().allSatisfy(\.isClosed), "the demo's metingen are finished rounds")
        XCTAssertTrue(try store.holdsOnlyDemoData())
        XCTAssertEqual(demo.latestMeting, "2026-voorjaar")
        XCTAssertEqual(demo.previousMeting, "2025-voorjaar")

        let overview = try demo.overview(of: store, policy: DisclosurePolicy())
        XCTAssertTrue(overview.contains("Eindhoven (GM0772) — meting 2026-voorjaar:"), overview)

        let reports = try demo.writeReports(of: store, policy: DisclosurePolicy())
        XCTAssertEqual(reports.map { URL(fileURLWithPath: $0).lastPathComponent }, ["wijk-WK077201.html", "gemeente-GM0772.html"])
        let wijk = try String(contentsOfFile: reports[0], encoding: .utf8)
        XCTAssertTrue(wijk.hasPrefix("<!DOCTYPE html>"), String(wijk.prefix(100)))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: demo.folder).sorted(),
                       ["activiteiten.csv", "gebieden.csv", "gemeente-GM0772.html", "kaart.geojson", "responses-2025-voorjaar.csv",
                        "responses-2026-voorjaar.csv", "verhalen.csv", "wijk-WK077201.html"])
    }

    func testTheDemoReplacesAnEarlierDemoButNeverOwnData() throws {
        let demo = try demo()
        _ = try demo.build(by: .command("test")) { _ = try $0.run(nil) }
        let again = try demo.build(by: .command("test")) { _ = try $0.run(nil) }
        XCTAssertEqual(try again.status().metingen.map(\.responses), [2990, 2990], "replaced, not added to")

        let own = folder.appendingPathComponent("own.sqlite").path
        let store = try Store(path: own)
        try store.register(try DefaultInstrument.load(), source: DefaultInstrument.source)
        _ = try store.importGebieden(from: CSVReader(bytes: Array("code,naam\nGM0772,Eindhoven\n".utf8)), source: "gebieden.csv")
        let refused = try DemoPipeline(databasePath: own, seed: 1)
        XCTAssertThrowsError(try refused.build(by: .command("test")) { _ = try $0.run(nil) }) { error in
            XCTAssertEqual(error as? DemoDatabase.Refusal, .holdsOtherData(path: own))
        }
        XCTAssertEqual(try store.areaNames(), ["GM0772": "Eindhoven"], "own data is left as it was")
    }

    func testOwnDataIsRefusedInTheDemoDatabaseWhichInitMayRemove() throws {
        let demo = try demo()
        let store = try demo.build(by: .command("test")) { _ = try $0.run(nil) }
        XCTAssertThrowsError(try DemoDatabase.requireOwnData(store, at: demo.databasePath)) { error in
            XCTAssertEqual(error as? DemoDatabase.Refusal, .holdsDemoData(path: demo.databasePath))
        }
        XCTAssertTrue(try DemoDatabase.remove(at: demo.databasePath))
        XCTAssertFalse(FileManager.default.fileExists(atPath: demo.databasePath))
        XCTAssertFalse(try DemoDatabase.remove(at: demo.databasePath), "nothing to remove")

        let own = try Store(path: folder.appendingPathComponent("own.sqlite").path)
        XCTAssertNoThrow(try DemoDatabase.requireOwnData(own, at: "own.sqlite"))
    }
}
