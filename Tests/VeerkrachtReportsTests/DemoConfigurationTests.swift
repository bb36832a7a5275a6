import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtDemo
import VeerkrachtReports
import VeerkrachtStore
import VeerkrachtSurveys
import XCTest

/// `demo generate` either writes files the importers take, or refuses its options with a message
/// that names the option and its range. 300 wijken in 40 gemeenten used to trap (an empty range
/// of wijken for the last gemeenten).
final class DemoConfigurationTests: XCTestCase {
    private static let instrument = try! Instrument(yaml: BundledInstruments.veerkrachtmeterV1)

    private func configuration(respondents: Int? = 3000, wijken: Int = 300, gemeenten: Int = 40) -> DemoConfiguration {
        var configuration = DemoConfiguration()
        configuration.respondents = respondents
        configuration.wijken = wijken
        configuration.gemeenten = gemeenten
        return configuration
    }

    /// Generates `configuration` and imports it into a new store, as `veerkracht demo` does.
    private func importGenerated(_ configuration: DemoConfiguration) throws -> (DemoGenerator, Store) {
        XCTAssertNoThrow(try configuration.validate())
        let demo = DemoGenerator(instrument: Self.instrument, configuration: configuration)
        let store = try Store()
        try store.register(Self.instrument, source: BundledInstruments.veerkrachtmeterV1)
        func reader(_ header: [String], _ emit: (([String]) -> Void) -> Void) -> CSVReader {
            var writer = CSVWriter(header: header, for: .importFile)
            emit { writer.append($0.map(CSVField.text)) }
            return CSVReader(bytes: Array(writer.text.utf8))
        }
        _ = try store.importGebieden(from: reader(DemoGenerator.gebiedenHeader) { emit in demo.gebieden.forEach(emit) }, source: "gebieden.csv")
        for index in configuration.metingen.indices {
            _ = try store.importResponses(from: reader(demo.responsesHeader) { demo.responses(meting: index, emit: $0) }, source: "responses.csv")
            _ = try store.importActivities(from: reader(DemoGenerator.activitiesHeader) { demo.activities(meting: index, emit: $0) },
                                           source: "activiteiten.csv")
        }
        return (demo, store)
    }

    func testWijkenThatDoNotDivideEvenlyOverTheGemeentenAreSpreadOverAllOfThem() throws {
        let (demo, store) = try importGenerated(configuration())
        XCTAssertEqual(demo.gemeenten.count, 40)
        XCTAssertEqual(Set(demo.gemeenten.map(\.wijken.count)), [7, 8])
        XCTAssertEqual(demo.gemeenten.flatMap(\.wijken).count, 300)
        XCTAssertEqual(demo.gemeenten.flatMap(\.wijken).map(\.respondents).reduce(0, +), 3000)
        XCTAssertEqual(try store.respondentCounts(level: .gemeente, meting: "2026-voorjaar").values.reduce(0, +), 3000)
    }

    func testTheLimitsOfTheRangesGenerate() throws {
        var most = configuration(respondents: 2 * 1296, wijken: 2 * 1296, gemeenten: 2)
        most.metingen = ["1901-a", "2026-b", "zomer"]
        most.panelShare = 1
        most.missingShare = 0
        let (demo, _) = try importGenerated(most)
        XCTAssertEqual(demo.gemeenten.map(\.wijken.count), [1296, 1296])
        XCTAssertEqual(demo.gemeenten[0].wijken.last?.code.rawValue, "WK0001ZZ")
        var one = configuration(respondents: 1, wijken: 1, gemeenten: 1)
        one.metingen = ["enige"]
        one.missingShare = 1
        XCTAssertEqual(try importGenerated(one).0.gemeenten.map(\.code.rawValue), ["GM0001"])
        XCTAssertNoThrow(try configuration(respondents: nil).validate(), "the named set")
        XCTAssertNoThrow(try configuration(respondents: 10_000_000, wijken: 9999 * 1000, gemeenten: 9999).validate())
    }

    func testOptionsOutsideTheirRangesAreRefusedWithAClearMessage() {
        func problem(_ change: (inout DemoConfiguration) -> Void) -> String {
            var configuration = configuration()
            change(&configuration)
            do {
                try configuration.validate()
                return "accepted"
            } catch {
                return error.description
            }
        }
        XCTAssertEqual(problem { $0.gemeenten = 0 }, "--gemeenten 0: use 1 to 9999 gemeenten (a gemeente code has four digits)")
        XCTAssertEqual(problem { $0.gemeenten = 10_000 }, "--gemeenten 10000: use 1 to 9999 gemeenten (a gemeente code has four digits)")
        XCTAssertEqual(problem { $0.wijken = 39 }, "--wijken 39: with 40 gemeenten use 40 to 51840 wijken (at least one per gemeente, "
                           + "at most 1296: a wijk code has two characters 0–9 or A–Z after the gemeente's digits)")
        XCTAssertTrue(problem { $0.wijken = 51_841; $0.respondents = 60_000 }.hasPrefix("--wijken 51841: with 40 gemeenten use 40 to 51840"))
        XCTAssertTrue(problem { $0.wijken = .max }.hasPrefix("--wijken"))
        XCTAssertEqual(problem { $0.respondents = 299 }, "--respondents 299: use 300 (one per wijk) to 10000000 respondents per meting")
        XCTAssertEqual(problem { $0.respondents = -1 }, "--respondents -1: use 300 (one per wijk) to 10000000 respondents per meting")
        XCTAssertEqual(problem { $0.respondents = 10_000_001 }, "--respondents 10000001: use 300 (one per wijk) to 10000000 respondents per meting")
        XCTAssertEqual(problem { $0.panelShare = 1.5 }, "--panel 1.5: use a share from 0 to 1")
        XCTAssertEqual(problem { $0.missingShare = .nan }, "--missing nan: use a share from 0 to 1")
        XCTAssertEqual(problem { $0.metingen = [] }, "--metingen: give 1 to 100 meting labels, comma separated (got 0)")
        XCTAssertEqual(problem { $0.metingen = Array(repeating: "x", count: 101) }, "--metingen: give 1 to 100 meting labels, comma separated (got 101)")
        XCTAssertEqual(problem { $0.metingen = ["2025-voorjaar", "2025-voorjaar"] }, "--metingen: '2025-voorjaar' is given twice")
        for label in ["", "a/b", "..\\b", "zero\u{200B}width", String(repeating: "x", count: 65)] {
            XCTAssertTrue(problem { $0.metingen = [label] }.hasPrefix("--metingen: '\(label)' is not a meting label"), label)
        }
        XCTAssertEqual(problem { $0.metingen = ["0099-najaar"] },
                       "--metingen: '0099-najaar' would be in the year 99; start a label with a year from 1901 to 2026, or not with a number")
        XCTAssertTrue(problem { $0.metingen = ["1900-voorjaar"] }.hasPrefix("--metingen: '1900-voorjaar' would be in the year 1900;"))
        XCTAssertTrue(problem { $0.metingen = ["2027"] }.hasPrefix("--metingen: '2027' would be in the year 2027;"), "its dates would lie in the future")
        XCTAssertTrue(problem { $0.metingen = ["-202"] }.hasPrefix("--metingen: '-202' would be in the year -202;"))
    }
}
