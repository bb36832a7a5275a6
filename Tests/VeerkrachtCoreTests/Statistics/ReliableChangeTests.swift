import XCTest
@testable import VeerkrachtCore

final class ReliableChangeTests: XCTestCase {
    func testStandardErrorOfDifference() throws {
        // numpy.sqrt(2) * 10 * numpy.sqrt(1 - 0.84)
        let sDiff = try XCTUnwrap(ReliableChange.standardErrorOfDifference(sdPre: 10, alpha: 0.84))
        XCTAssertEqual(sDiff, 5.656854249492381, accuracy: 1e-12 * 5.66)
        XCTAssertNil(ReliableChange.standardErrorOfDifference(sdPre: 10, alpha: 1))
        XCTAssertNil(ReliableChange.standardErrorOfDifference(sdPre: 10, alpha: 1.2))
        XCTAssertNil(ReliableChange.standardErrorOfDifference(sdPre: 10, alpha: 0.9999999999999999), "α = 1 up to rounding")
        XCTAssertNil(ReliableChange.standardErrorOfDifference(sdPre: 0, alpha: 0.8))
        XCTAssertNil(ReliableChange.standardErrorOfDifference(sdPre: .nan, alpha: 0.8))
    }

    func testIndexAndDirection() throws {
        let sDiff = try XCTUnwrap(ReliableChange.standardErrorOfDifference(sdPre: 10, alpha: 0.84))
        let rci = ReliableChange.index(pre: 20, post: 32, sDiff: sDiff)
        // (32 - 20) / (numpy.sqrt(2) * 10 * numpy.sqrt(1 - 0.84))
        XCTAssertEqual(rci, 2.1213203435596424, accuracy: 1e-12 * 2.12)
        XCTAssertEqual(ReliableChange.direction(ofIndex: rci), .improved)
        XCTAssertEqual(ReliableChange.direction(ofIndex: -rci), .worsened)
        XCTAssertEqual(ReliableChange.direction(ofIndex: 1.96), .unchanged)
        XCTAssertEqual(ReliableChange.direction(ofIndex: -1.96), .unchanged)
        XCTAssertEqual(ReliableChange.direction(ofIndex: rci, criterion: 2.58), .unchanged)
    }

    func testTally() throws {
        var tally = ReliableChange.Tally(sDiff: 4)
        XCTAssertNil(tally.percentImproved)
        XCTAssertNil(tally.percentWorsened)
        // RCIs: 2.5, 0.5, -3.75, 2.0, -0.25
        for (pre, post) in [(10.0, 20.0), (10, 12), (20, 5), (15, 23), (12, 11)] {
            tally.add(pre: pre, post: post)
        }
        XCTAssertEqual(tally.pairs, 5)
        XCTAssertEqual(tally.improved, 2)
        XCTAssertEqual(tally.worsened, 1)
        XCTAssertEqual(try XCTUnwrap(tally.percentImproved), 40, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(tally.percentWorsened), 20, accuracy: 1e-12)
        // numpy.mean([10.0, 2, -15, 8, -1])
        XCTAssertEqual(tally.pairedDifference.mean, 0.8, accuracy: 1e-12)
        // numpy.var([10.0, 2, -15, 8, -1], ddof=1)
        XCTAssertEqual(try XCTUnwrap(tally.pairedDifference.variance), 97.70000000000002, accuracy: 1e-12 * 97.7)
    }
}
