import VeerkrachtPresentation
import XCTest

/// `DutchNumber` gives a text for every double: a huge value used to trap (Int conversion) and took
/// the web app and `report wijk` down with it.
final class DutchNumberTests: XCTestCase {
    func testOrdinaryNumbers() {
        XCTAssertEqual(DutchNumber.format(6.44), "6,4")
        XCTAssertEqual(DutchNumber.format(6.45, decimals: 1), "6,5")
        XCTAssertEqual(DutchNumber.format(-1.25, decimals: 2), "−1,25")
        XCTAssertEqual(DutchNumber.format(1234.5), "1.234,5")
        XCTAssertEqual(DutchNumber.format(1234.5, decimals: 0), "1.235")
        XCTAssertEqual(DutchNumber.format(0.25, decimals: 2), "0,25")
        XCTAssertEqual(DutchNumber.grouped(1234567), "1.234.567")
    }

    func testRoundingIsHalfAwayFromZeroAndZeroHasNoSign() {
        XCTAssertEqual(DutchNumber.format(0.05), "0,1")
        XCTAssertEqual(DutchNumber.format(-0.05), "−0,1")
        XCTAssertEqual(DutchNumber.format(0.049), "0,0")
        XCTAssertEqual(DutchNumber.format(-0.04), "0,0")
        XCTAssertEqual(DutchNumber.format(-0.0), "0,0")
        XCTAssertEqual(DutchNumber.format(-0.0, decimals: 0), "0")
        XCTAssertEqual(DutchNumber.format(9.96), "10,0")
        XCTAssertEqual(DutchNumber.format(-1e-300), "0,0")
        XCTAssertEqual(DutchNumber.format(.leastNonzeroMagnitude, decimals: 3), "0,000")
    }

    func testLargeNumbersInFullBelowAMillionMillion() {
        XCTAssertEqual(DutchNumber.format(999_999_999_999.9), "999.999.999.999,9")
        XCTAssertEqual(DutchNumber.format(123_456_789_012.345, decimals: 3), "123.456.789.012,345")
        XCTAssertEqual(DutchNumber.format(-4_000_000_000), "−4.000.000.000,0")
    }

    func testHugeNumbersAsAPowerOfTen() {
        XCTAssertEqual(DutchNumber.format(1e12), "1,0 × 10¹²")
        XCTAssertEqual(DutchNumber.format(9.2e18), "9,2 × 10¹⁸")
        XCTAssertEqual(DutchNumber.format(9.223372036854775807e18, decimals: 0), "9,2 × 10¹⁸")
        XCTAssertEqual(DutchNumber.format(1e19), "1,0 × 10¹⁹")
        XCTAssertEqual(DutchNumber.format(9.96e18), "1,0 × 10¹⁹", "rounding carries into the exponent")
        XCTAssertEqual(DutchNumber.format(1e30, decimals: 2), "1,0 × 10³⁰")
        XCTAssertEqual(DutchNumber.format(1.25e300), "1,3 × 10³⁰⁰")
        XCTAssertEqual(DutchNumber.format(.greatestFiniteMagnitude), "1,8 × 10³⁰⁸")
        XCTAssertEqual(DutchNumber.format(-.greatestFiniteMagnitude), "−1,8 × 10³⁰⁸")
    }

    func testNotANumberAndInfinity() {
        XCTAssertEqual(DutchNumber.format(.nan), "–")
        XCTAssertEqual(DutchNumber.format(-.nan), "–")
        XCTAssertEqual(DutchNumber.format(.infinity), "∞")
        XCTAssertEqual(DutchNumber.format(-.infinity, decimals: 2), "−∞")
    }

    func testDecimalsOutsideZeroToThreeAreClamped() {
        XCTAssertEqual(DutchNumber.format(2.5, decimals: -4), "3")
        XCTAssertEqual(DutchNumber.format(1.23456, decimals: 40), "1,235")
        XCTAssertEqual(DutchNumber.format(999_999_999_999.99, decimals: .max), "999.999.999.999,990")
    }

    func testEveryWholeNumberIsGrouped() {
        XCTAssertEqual(DutchNumber.grouped(0), "0")
        XCTAssertEqual(DutchNumber.grouped(-1234), "−1.234")
        XCTAssertEqual(DutchNumber.grouped(.max), "9.223.372.036.854.775.807")
        XCTAssertEqual(DutchNumber.grouped(.min), "−9.223.372.036.854.775.808")
    }

    func testEveryKindOfDoubleGivesAShortText() {
        let doubles: [Double] = [.nan, .signalingNaN, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                                 .leastNonzeroMagnitude, .leastNormalMagnitude, -0.0, 9.2e18, -9.2e18, 1e19, 0x1p63, -0x1p63, 1e15, 0.05]
        for value in doubles + (0..<2000).map({ Double(bitPattern: UInt64($0) &* 0x9E37_79B9_7F4A_7C15) }) {
            for decimals in 0...3 {
                let text = DutchNumber.format(value, decimals: decimals)
                XCTAssertFalse(text.isEmpty)
                XCTAssertLessThanOrEqual(text.count, 24, "\(value) → \(text)")
            }
        }
    }
}
