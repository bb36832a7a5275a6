import XCTest
@testable import VeerkrachtCore

final class CronbachAlphaTests: XCTestCase {
    private let rows: [[Double]] = [
        [4, 5, 4, 3],
        [3, 4, 3, 3],
        [5, 5, 4, 4],
        [2, 3, 2, 1],
        [4, 4, 5, 4],
        [3, 2, 3, 2],
    ]

    private func accumulate(_ rows: ArraySlice<[Double]>) -> CronbachAlpha {
        var accumulator = CronbachAlpha(itemCount: 4)
        for row in rows { accumulator.add(row) }
        return accumulator
    }

    func testMatchesNumpyFormula() throws {
        let accumulator = accumulate(rows[...])
        XCTAssertEqual(accumulator.respondents, 6)
        XCTAssertEqual(accumulator.itemCount, 4)
        // X = numpy.array(rows); k = 4
        // k / (k - 1) * (1 - X.var(axis=0, ddof=1).sum() / X.sum(axis=1).var(ddof=1))
        XCTAssertEqual(try XCTUnwrap(accumulator.alpha), 0.9289617486338797, accuracy: 1e-12)
    }

    func testMergeEqualsWhole() throws {
        let whole = try XCTUnwrap(accumulate(rows[...]).alpha)
        for split in 0...rows.count {
            var merged = accumulate(rows[..<split])
            merged.merge(accumulate(rows[split...]))
            XCTAssertEqual(merged.respondents, rows.count)
            XCTAssertEqual(try XCTUnwrap(merged.alpha), whole, accuracy: 1e-13)
        }
    }

    func testNilWhenUndefined() {
        var singleItem = CronbachAlpha(itemCount: 1)
        for row in rows { singleItem.add([row[0]]) }
        XCTAssertNil(singleItem.alpha)
        XCTAssertNil(accumulate(rows[..<1]).alpha)
        var constant = CronbachAlpha(itemCount: 3)
        constant.add([2, 3, 4])
        constant.add([2, 3, 4])
        XCTAssertNil(constant.alpha)
    }
}
