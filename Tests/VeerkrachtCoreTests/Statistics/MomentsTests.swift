import XCTest
@testable import VeerkrachtCore

final class MomentsTests: XCTestCase {
    private let values = [2.5, 3.1, 4.7, 1.2, 5.5, 3.3, 2.8, 4.1, 3.9, 2.2]

    func testMatchesNumpy() throws {
        let moments = Moments(values)
        XCTAssertEqual(moments.count, 10)
        // numpy.mean(x)
        XCTAssertEqual(moments.mean, 3.3299999999999996, accuracy: 1e-12 * 3.33)
        // numpy.var(x, ddof=1)
        XCTAssertEqual(try XCTUnwrap(moments.variance), 1.5934444444444447, accuracy: 1e-12 * 1.59)
        // numpy.std(x, ddof=1)
        XCTAssertEqual(try XCTUnwrap(moments.standardDeviation), 1.2623170934612447, accuracy: 1e-12 * 1.26)
    }

    func testLargeOffsetIsStable() throws {
        let moments = Moments([4.0, 7, 13, 16].map { 1e9 + $0 })
        // numpy.mean(1e9 + numpy.array([4.0, 7, 13, 16]))
        XCTAssertEqual(moments.mean, 1000000010.0, accuracy: 1e-12 * 1e9)
        // numpy.var(1e9 + numpy.array([4.0, 7, 13, 16]), ddof=1)
        XCTAssertEqual(try XCTUnwrap(moments.variance), 30.0, accuracy: 1e-8 * 30)
    }

    func testMergeOfHalvesEqualsWhole() throws {
        let whole = Moments(values)
        for split in 0...values.count {
            var merged = Moments(values[..<split])
            merged.merge(Moments(values[split...]))
            XCTAssertEqual(merged.count, whole.count)
            XCTAssertEqual(merged.mean, whole.mean, accuracy: 1e-14 * abs(whole.mean))
            XCTAssertEqual(try XCTUnwrap(merged.variance), try XCTUnwrap(whole.variance), accuracy: 1e-13)
        }
    }

    func testIdenticalValuesHaveZeroVariance() {
        var moments = Moments(Array(repeating: 0.1, count: 7))
        XCTAssertEqual(moments.variance, 0)
        moments.merge(Moments(Array(repeating: 0.1, count: 5)))
        XCTAssertEqual(moments.variance, 0)
        XCTAssertEqual(moments.standardDeviation, 0)
        XCTAssertEqual(moments.mean, 0.1)
    }

    func testEmptyAndSingleValue() {
        let empty = Moments()
        XCTAssertEqual(empty.count, 0)
        XCTAssertTrue(empty.mean.isNaN)
        XCTAssertNil(empty.variance)
        XCTAssertEqual(empty, Moments())
        let single = Moments([4.2])
        XCTAssertEqual(single.mean, 4.2)
        XCTAssertNil(single.variance)
        XCTAssertNil(single.standardDeviation)
        XCTAssertNil(single.meanInterval())
        var merged = Moments()
        merged.merge(single)
        XCTAssertEqual(merged, single)
        merged.merge(Moments())
        XCTAssertEqual(merged, single)
    }

    func testMeanIntervalMatchesScipy() throws {
        let moments = Moments(values)
        // scipy.stats.t.interval(0.95, 9, loc=numpy.mean(x), scale=scipy.stats.sem(x))
        let ci95 = try XCTUnwrap(moments.meanInterval())
        XCTAssertEqual(ci95.lower, 2.426992749667681, accuracy: 1e-12 * 2.43)
        XCTAssertEqual(ci95.upper, 4.233007250332318, accuracy: 1e-12 * 4.23)
        XCTAssertTrue(ci95.excludesZero)
        // scipy.stats.t.interval(0.90, 9, loc=numpy.mean(x), scale=scipy.stats.sem(x))
        let ci90 = try XCTUnwrap(moments.meanInterval(level: 0.90))
        XCTAssertEqual(ci90.lower, 2.598258502950803, accuracy: 1e-12 * 2.6)
        XCTAssertEqual(ci90.upper, 4.061741497049196, accuracy: 1e-12 * 4.06)
    }

    func testMeanIntervalAroundZero() throws {
        // y = [-0.4, 0.3, -1.1, 0.2]; scipy.stats.t.interval(0.95, 3, loc=numpy.mean(y), scale=scipy.stats.sem(y))
        let interval = try XCTUnwrap(Moments([-0.4, 0.3, -1.1, 0.2]).meanInterval())
        XCTAssertEqual(interval.lower, -1.2771301283802605, accuracy: 1e-12 * 1.28)
        XCTAssertEqual(interval.upper, 0.7771301283802605, accuracy: 1e-12)
        XCTAssertFalse(interval.excludesZero)
        XCTAssertTrue(ConfidenceInterval(lower: -2, upper: -0.5).excludesZero)
    }
}
