import VeerkrachtCore
@testable import VeerkrachtStore
import VeerkrachtSurveys
import XCTest

/// The store parses each stored instrument once and keeps it by its text: two versions of an
/// instrument in one database must still come back as themselves, every time.
final class ParsedInstrumentsTests: XCTestCase {
    func testEveryStoredInstrumentComesBackAsItself() throws {
        let store = try Fixtures.store()
        let second = BundledInstruments.veerkrachtmeterV1.replacingOccurrences(of: "version: 1\ntitle: Veerkrachtmeter\n",
                                                                                with: "version: 2\ntitle: Veerkrachtmeter twee\n")
        XCTAssertNotEqual(second, BundledInstruments.veerkrachtmeterV1)
        let secondID = try store.register(try Instrument(yaml: second), source: second)
        for _ in 0..<2 {
            XCTAssertEqual(try store.instrument().rowID, secondID)
            XCTAssertEqual(try store.instrument().instrument.version, 2)
            XCTAssertEqual(try store.instrument().instrument.title, "Veerkrachtmeter twee")
            let all = try store.database.read { db in try Store.allInstruments(db) }
            XCTAssertEqual(all.mapValues(\.version), [secondID - 1: 1, secondID: 2])
            XCTAssertEqual(try ParsedInstruments.instrument(BundledInstruments.veerkrachtmeterV1).title, "Veerkrachtmeter")
        }
        XCTAssertThrowsError(try ParsedInstruments.instrument("id: kapot\nversion: nul\n"), "a broken definition is an error, every time")
        XCTAssertThrowsError(try ParsedInstruments.instrument("id: kapot\nversion: nul\n"))
    }
}
