import Foundation
import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore
import XCTest

final class ChangeQueryTests: XCTestCase {
    func testWritesFixtureForReference() throws {
        // Keeps the fixture inspectable: VEERKRACHT_WRITE_FIXTURE=path swift test --filter ChangeQueryTests
        if let path = ProcessInfo.processInfo.environment["VEERKRACHT_WRITE_FIXTURE"] {
            try PanelFixture.csv().write(toFile: path, atomically: true, encoding: .utf8)
            try PanelFixture.twoWijkenCSV().write(toFile: path + ".twee-wijken.csv", atomically: true, encoding: .utf8)
        }
    }

    func testChangeMatchesReference() throws {
        let store = try Fixtures.store()
        _ = try store.importResponses(from: Fixtures.reader(PanelFixture.csv()), source: "panel.csv")
        let csv = ChangeExport.csv(try store.changeCells(level: .wijk, from: PanelFixture.metingen[0], to: PanelFixture.metingen[1]),
                                   policy: DisclosurePolicy())
        let rows = Dictionary(uniqueKeysWithValues: csv.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return (fields[1], fields)
        })
        // python3 Tests/Reference/reference.py change --by wijk --van 2025-voorjaar --naar 2026-voorjaar panel.csv
        for (construct, expected) in ReferenceValues.change {
            let actual = try XCTUnwrap(rows[construct], construct)
            XCTAssertEqual(actual.count, expected.count)
            for (a, e) in zip(actual, expected) {
                if let x = Double(a), let y = Double(e) {
                    XCTAssertEqual(x, y, accuracy: 1e-9 * max(1, abs(y)), "\(construct): \(actual) vs \(expected)")
                } else {
                    XCTAssertEqual(a, e, "\(construct)")
                }
            }
        }
    }

    /// SPEC §5: SD_pre and α of the RCI come from all respondents of the `from` meting, so a
    /// resident counts as reliably improved in the wijk table exactly when in the gemeente table.
    func testReliableChangeIsAPropertyOfTheResident() throws {
        let store = try Fixtures.store()
        _ = try store.importResponses(from: Fixtures.reader(PanelFixture.twoWijkenCSV()), source: "twee-wijken.csv")
        let (from, to) = (PanelFixture.metingen[0], PanelFixture.metingen[1])
        let wijken = try store.changeCells(level: .wijk, from: from, to: to)
        let gemeente = try store.changeCells(level: .gemeente, from: from, to: to)
        // python3 Tests/Reference/reference.py change --by wijk|gemeente --van 2025-voorjaar --naar 2026-voorjaar \
        //   twee-wijken.csv (written with VEERKRACHT_WRITE_FIXTURE), columns n_gepaard and pct_verbeterd
        let improved: [String: [String: Double]] = [
            "WK077201": ["binding": 0, "cohesie": 5, "community_redzaamheid": 100, "digitaal_contact": 90, "samenredzaamheid": 0,
                         "sociaal_vertrouwen": 85, "veranderingsbereidheid": 0, "zelfredzaamheid": 0],
            "WK077202": ["binding": 0, "cohesie": 25, "community_redzaamheid": 40, "digitaal_contact": 40, "samenredzaamheid": 5,
                         "sociaal_vertrouwen": 50, "veranderingsbereidheid": 0, "zelfredzaamheid": 0],
            "GM0772": ["binding": 0, "cohesie": 15, "community_redzaamheid": 70, "digitaal_contact": 65, "samenredzaamheid": 2.5,
                       "sociaal_vertrouwen": 67.5, "veranderingsbereidheid": 0, "zelfredzaamheid": 0],
        ]
        for cell in wijken + gemeente where cell.construct != "veerkracht" {
            let expected = try XCTUnwrap(improved[cell.area]?[cell.construct], "\(cell.area) \(cell.construct)")
            XCTAssertEqual(cell.panel.percentImproved ?? -1, expected, accuracy: 1e-9, "\(cell.area) \(cell.construct)")
            XCTAssertEqual(cell.panel.percentWorsened ?? -1, 0, accuracy: 1e-9, "\(cell.area) \(cell.construct)")
        }
        // Everyone stayed in their wijk: the gemeente's improved residents are its wijken's.
        for cell in gemeente where cell.construct != "veerkracht" {
            let parts = wijken.filter { $0.construct == cell.construct }
            let count = { (panel: PanelChange) in Int(((panel.percentImproved ?? 0) * Double(panel.pairs) / 100).rounded()) }
            XCTAssertEqual(count(cell.panel), parts.map { count($0.panel) }.reduce(0, +), cell.construct)
            XCTAssertEqual(cell.panel.pairs, 40)
        }
    }

    func testGemeenteCellsAreMergesOfTheirWijken() throws {
        let store = try Fixtures.store()
        var rows = [Fixtures.header]
        for i in 0..<40 {
            rows.append(Fixtures.row("g\(i)", wijk: i % 2 == 0 ? "WK077201" : "WK077202", answer: String(1 + i % 5)))
        }
        _ = try store.importResponses(from: Fixtures.reader(Fixtures.csv(rows)), source: "t.csv")
        let wijken = try store.scoreCells(level: .wijk)
        let gemeente = try store.scoreCells(level: .gemeente)
        for cell in gemeente {
            XCTAssertEqual(cell.area, "GM0772")
            let parts = wijken.filter { $0.construct == cell.construct }
            XCTAssertEqual(cell.distribution.n, parts.map(\.distribution.n).reduce(0, +))
            var merged = ScoreDistribution()
            for part in parts { merged.merge(part.distribution) }
            XCTAssertEqual(cell.distribution.moments.mean, merged.moments.mean, accuracy: 1e-12)
            XCTAssertEqual(cell.distribution.moments.variance!, merged.moments.variance!, accuracy: 1e-12)
        }
    }

    func testUnknownMetingIsAClearError() throws {
        let store = try Fixtures.store()
        XCTAssertThrowsError(try store.changeCells(level: .wijk, from: "2020", to: "2021")) { error in
            XCTAssertEqual("\(error)", "there is no meting '2020' (the database has none yet)")
        }
    }
}


