import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtDemo
import VeerkrachtSurveys
import XCTest

/// The demo answers Veerkrachtmeter v2: plausible ages and geslacht from random streams of their
/// own, so that every other answer (and so every figure the tests pin) is what v1's demo gives.
final class DemoBackgroundTests: XCTestCase {
    private let v1 = DemoGenerator(instrument: try! Instrument(yaml: BundledInstruments.veerkrachtmeterV1), configuration: DemoConfiguration())
    private let v2 = DemoGenerator(instrument: try! DefaultInstrument.load(), configuration: DemoConfiguration())

    private func rows(_ demo: DemoGenerator, meting: Int) -> [[String]] {
        var rows: [[String]] = []
        demo.responses(meting: meting) { rows.append($0) }
        return rows
    }

    func testEveryOtherAnswerIsTheSameAsV1s() {
        XCTAssertEqual(v2.responsesHeader, v1.responsesHeader + ["leeftijd", "geslacht"])
        for meting in v1.configuration.metingen.indices {
            let old = rows(v1, meting: meting), new = rows(v2, meting: meting)
            XCTAssertEqual(new.count, old.count)
            XCTAssertEqual(new.map { Array($0.dropLast(2)) }, old, "meting \(meting)")
        }
    }

    func testAgesAndGeslachtArePlausible() throws {
        let rows = rows(v2, meting: 0)
        let ages = rows.compactMap { Int($0[$0.count - 2]) }
        let geslacht = rows.map { $0[$0.count - 1] }
        let n = Double(rows.count)
        XCTAssertEqual(ages.min(), 16)
        XCTAssertLessThanOrEqual(try XCTUnwrap(ages.max()), 95)
        XCTAssertEqual(1 - Double(ages.count) / n, 0.05, accuracy: 0.015, "about 5% leave leeftijd empty")
        XCTAssertEqual(Double(geslacht.filter(\.isEmpty).count) / n, 0.03, accuracy: 0.01, "about 3% zeg ik liever niet")
        let given = Double(geslacht.filter { !$0.isEmpty }.count)
        XCTAssertEqual(Double(geslacht.filter { $0 == "1" }.count) / given, 0.48, accuracy: 0.03)
        XCTAssertEqual(Double(geslacht.filter { $0 == "2" }.count) / given, 0.50, accuracy: 0.03)
        XCTAssertEqual(Double(geslacht.filter { $0 == "3" }.count) / given, 0.02, accuracy: 0.01)
        for group in [16...24, 25...44, 45...64, 65...74, 75...95] {
            XCTAssertGreaterThan(ages.filter(group.contains).count, rows.count / 20, "every age group is there: \(group)")
        }
        let validator = ResponseValidator(instrument: v2.instrument)
        for row in rows.prefix(200) {
            for (index, text) in row.dropFirst(4).enumerated() {
                XCTAssertNoThrow(try validator.answer(text, item: index).get(), "\(row[0]) item \(index): \(text)")
            }
        }
    }

    /// A resident of the panel keeps their geslacht, and is a year older a year later.
    func testThePanelKeepsItsBackground() throws {
        let first = Dictionary(uniqueKeysWithValues: rows(v2, meting: 0).map { ($0[0], $0) })
        let years = 1   // 2025-voorjaar → 2026-voorjaar
        XCTAssertEqual(v2.configuration.metingen, ["2025-voorjaar", "2026-voorjaar"])
        var compared = 0
        for row in rows(v2, meting: 1) {
            guard let earlier = first[row[0]] else { continue }
            let (age, before) = (Int(row[row.count - 2]), Int(earlier[earlier.count - 2]))
            if let age, let before { XCTAssertEqual(age, before + years, row[0]) }
            if !row.last!.isEmpty && !earlier.last!.isEmpty { XCTAssertEqual(row.last, earlier.last, row[0]) }
            compared += 1
        }
        XCTAssertGreaterThan(compared, 100)
    }
}
