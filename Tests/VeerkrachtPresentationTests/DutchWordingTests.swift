import Foundation
import VeerkrachtPresentation
import XCTest

/// Dates and moments in Dutch words, on the clock of the Netherlands, and the wordings built on
/// `DutchNumber`.
final class DutchWordingTests: XCTestCase {
    func testDutchDates() {
        XCTAssertEqual(DutchDate.dateRange("2026-03-01", "2026-05-28"), "1 maart – 28 mei 2026")
        XCTAssertEqual(DutchDate.dateRange("2026-03-01", "2026-03-28"), "1 – 28 maart 2026")
        XCTAssertEqual(DutchDate.dateRange("2025-12-30", "2026-01-04"), "30 december 2025 – 4 januari 2026")
        XCTAssertEqual(DutchDate.dateRange("2026-03-01", "2026-03-01"), "1 maart 2026")
        XCTAssertEqual(DutchTime.moment("2026-06-02T09:14:00Z"), "2 juni 2026 om 11:14", "summer time in the Netherlands")
    }

    func testMonthsOnly() {
        XCTAssertEqual(DutchDate.monthRange("2026-03-01", "2026-05-28"), "maart – mei 2026")
        XCTAssertEqual(DutchDate.monthRange("2026-03-01", "2026-03-28"), "maart 2026")
        XCTAssertEqual(DutchDate.monthRange("2025-12-30", "2026-01-04"), "december 2025 – januari 2026")
        XCTAssertEqual(DutchDate.monthRange("2026-03-01", "later"), "2026-03-01 – later")
    }

    func testTextThatIsNoDateStaysAsItIs() {
        for text in ["", "2026-02-30", "2026-13-01", "2026-3-1", " 2026-03-01", "2026/03/01", "２０２６-03-01"] {
            XCTAssertEqual(DutchDate.date(text), text)
        }
        XCTAssertEqual(DutchDate.date("2024-02-29"), "29 februari 2024")
    }

    func testMomentsOnTheDutchClock() {
        XCTAssertEqual(DutchTime.moment("2026-01-15T23:30:00Z"), "16 januari 2026 om 00:30", "winter time, the next day")
        XCTAssertEqual(DutchTime.shortMoment("2025-03-04T13:35:00Z"), "4 maart 2025, 14:35")
        XCTAssertEqual(DutchTime.clock("2026-06-02T09:14:00Z"), "11:14")
        XCTAssertEqual(DutchTime.moment(""), "onbekend")
        XCTAssertEqual(DutchTime.moment("gisteren"), "gisteren")
        XCTAssertEqual(DutchTime.today(Date(timeIntervalSince1970: 1_767_223_800)), "2026-01-01", "23:30 UTC on 31 December")
    }

    func testFiguresInWords() {
        XCTAssertEqual(DutchNumber.score(6.44), "6,4")
        XCTAssertEqual(DutchNumber.signed(0.5), "+0,5")
        XCTAssertEqual(DutchNumber.signed(-0.2), "−0,2")
        XCTAssertEqual(DutchNumber.signed(0.04), "0,0", "no sign on what rounds to zero")
        XCTAssertEqual(DutchNumber.percent(14.55), "14,6%")
        // A share of fewer than 30 people is its count.
        XCTAssertEqual(DutchNumber.share(100.0 / 12, of: 12), "1 van 12")
        XCTAssertEqual(DutchNumber.share(0, of: 29), "0 van 29")
        XCTAssertEqual(DutchNumber.share(100, of: 10), "10 van 10")
        XCTAssertEqual(DutchNumber.share(100.0 / 30, of: 30), "3,3%")
        XCTAssertEqual(DutchNumber.share(12.5, of: 1200), "12,5%")
        XCTAssertEqual(DutchNumber.hours(1.5), "1,5")
        XCTAssertEqual(DutchNumber.hours(2), "2")
        XCTAssertEqual(DutchNumber.hours(0.25), "0,25")
        XCTAssertEqual(DutchNumber.count(1, "activiteit", "activiteiten"), "1 activiteit")
        XCTAssertEqual(DutchNumber.count(1234, "activiteit", "activiteiten"), "1.234 activiteiten")
        XCTAssertEqual(AreaLabel.text("WK077201", name: "Woensel-Noord"), "Woensel-Noord (WK077201)")
        XCTAssertEqual(AreaLabel.text("WK077201", name: nil), "WK077201")
    }
}
