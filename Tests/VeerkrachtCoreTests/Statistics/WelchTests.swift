import XCTest
@testable import VeerkrachtCore

final class WelchTests: XCTestCase {
    private let a = Moments([3.2, 4.1, 2.8, 3.9, 3.5, 4.4, 3.0])
    private let b = Moments([4.6, 5.2, 3.9, 5.8, 4.4, 6.1, 5.0, 4.7, 5.5])

    func testMatchesScipy() throws {
        // res = scipy.stats.ttest_ind(b, a, equal_var=False); ci = res.confidence_interval(0.95)
        let result = try XCTUnwrap(Welch.difference(from: a, to: b))
        // b.mean() - a.mean()
        XCTAssertEqual(result.difference, 1.4650793650793652, accuracy: 1e-12 * 1.47)
        // res.df
        XCTAssertEqual(result.degreesOfFreedom, 13.845510246836435, accuracy: 1e-12 * 13.8)
        // ci.low, ci.high
        XCTAssertEqual(result.interval.lower, 0.7666408203595951, accuracy: 1e-12)
        XCTAssertEqual(result.interval.upper, 2.1635179097991353, accuracy: 1e-12 * 2.16)
        XCTAssertTrue(result.isSignificant)
    }

    func testOtherLevelMatchesScipy() throws {
        // scipy.stats.ttest_ind(b, a, equal_var=False).confidence_interval(0.99)
        let result = try XCTUnwrap(Welch.difference(from: a, to: b, level: 0.99))
        XCTAssertEqual(result.interval.lower, 0.4950433809052145, accuracy: 1e-12)
        XCTAssertEqual(result.interval.upper, 2.435115349253516, accuracy: 1e-12 * 2.44)
    }

    func testNonSignificantDifferenceMatchesScipy() throws {
        // c = [12.0, 15, 11, 19, 14]; d = [13.0, 12.5, 14]
        // res = scipy.stats.ttest_ind(d, c, equal_var=False); ci = res.confidence_interval(0.95)
        let result = try XCTUnwrap(Welch.difference(from: Moments([12.0, 15, 11, 19, 14]), to: Moments([13.0, 12.5, 14])))
        // d.mean() - c.mean()
        XCTAssertEqual(result.difference, -1.0333333333333332, accuracy: 1e-12 * 1.03)
        // res.df
        XCTAssertEqual(result.degreesOfFreedom, 4.746647818517534, accuracy: 1e-12 * 4.75)
        // ci.low, ci.high
        XCTAssertEqual(result.interval.lower, -4.8499860191480355, accuracy: 1e-12 * 4.85)
        XCTAssertEqual(result.interval.upper, 2.7833193524813686, accuracy: 1e-12 * 2.78)
        XCTAssertFalse(result.isSignificant)
    }

    func testNilWithFewerThanTwoValues() {
        XCTAssertNil(Welch.difference(from: Moments([1.0]), to: b))
        XCTAssertNil(Welch.difference(from: a, to: Moments()))
    }

    func testZeroVariancesGiveAPointInterval() throws {
        let result = try XCTUnwrap(Welch.difference(from: Moments([2.0, 2, 2]), to: Moments([3.5, 3.5])))
        XCTAssertEqual(result.difference, 1.5)
        XCTAssertEqual(result.interval, ConfidenceInterval(lower: 1.5, upper: 1.5))
        XCTAssertEqual(result.degreesOfFreedom, 3)
        XCTAssertTrue(result.isSignificant)
    }
}
