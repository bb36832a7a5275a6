import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtStore
import VeerkrachtSurveys
import XCTest

/// The default instrument is Veerkrachtmeter v2; a database that has the bundled v1 gets v2 as its
/// current instrument beside it, and nothing else is ever changed.
final class DefaultInstrumentTests: XCTestCase {
    private let v1 = try! Instrument(yaml: BundledInstruments.veerkrachtmeterV1)

    func testTheDefaultIsVersion2WithItsBackgroundQuestions() throws {
        let instrument = try DefaultInstrument.load()
        XCTAssertEqual(instrument.reference, "veerkrachtmeter v2")
        XCTAssertEqual(instrument.backgroundItems.map(\.id), ["leeftijd", "geslacht"])
        XCTAssertEqual(DefaultInstrument.source, BundledInstruments.veerkrachtmeterV2)
    }

    func testADatabaseWithTheBundledV1GetsV2AsItsCurrentInstrument() throws {
        let store = try Store()
        try store.register(v1, source: BundledInstruments.veerkrachtmeterV1)
        XCTAssertEqual(try DefaultInstrument.bringUpToDate(store)?.reference, "veerkrachtmeter v2")
        XCTAssertEqual(try store.currentInstrument().reference, "veerkrachtmeter v2")
        XCTAssertNil(try DefaultInstrument.bringUpToDate(store), "once")
        XCTAssertEqual(try store.register(v1, source: BundledInstruments.veerkrachtmeterV1), 1, "v1 stays registered for its responses")
    }

    func testNothingChangesWithoutTheBundledV1() throws {
        let empty = try Store()
        XCTAssertNil(try DefaultInstrument.bringUpToDate(empty), "no instrument: init registers one")
        XCTAssertThrowsError(try empty.currentInstrument())

        let current = try Store()
        try current.register(try DefaultInstrument.load(), source: DefaultInstrument.source)
        XCTAssertNil(try DefaultInstrument.bringUpToDate(current))

        let ownV1 = BundledInstruments.veerkrachtmeterV1.replacingOccurrences(of: "Ik heb veel contact met mijn directe buren.",
                                                                               with: "Ik ken mijn buren.")
        let own = try Store()
        try own.register(try Instrument(yaml: ownV1), source: ownV1)
        XCTAssertNil(try DefaultInstrument.bringUpToDate(own), "an own edit of v1 is left as it is")
        XCTAssertEqual(try own.currentInstrument().items[0].text, "Ik ken mijn buren.")

        let other = """
            id: mijn_vragenlijst
            version: 1
            title: Mijn vragenlijst
            scales:
              eens5: {min: 1, max: 5}
            constructs:
              a: {kind: hulpbron, name: Alles}
            items:
              - {id: a1, construct: a, scale: eens5, text: Vraag een.}

            """
        let custom = try Store()
        try custom.register(v1, source: BundledInstruments.veerkrachtmeterV1)
        try custom.register(try Instrument(yaml: other), source: other)
        XCTAssertNil(try DefaultInstrument.bringUpToDate(custom), "the database uses an instrument of its own")
        XCTAssertEqual(try custom.currentInstrument().id, "mijn_vragenlijst")
    }
}
