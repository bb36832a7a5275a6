import XCTest
import VeerkrachtCore

/// `FieldParsing.datum`: a date, or the date of a date-time as survey tools write it.
final class DatumParsingTests: XCTestCase {
    func testDateTimesGiveTheirDateAsWritten() {
        let cases = [
            "2025-04-25": "2025-04-25",
            "2025-04-25T10:17:30.000+01:00": "2025-04-25",
            "2025-04-25T23:59:59.999-05:00": "2025-04-25",
            "2025-04-25 10:17:30": "2025-04-25",
            "2025-04-25 00:00:00": "2025-04-25",
            "2025-04-25T10:17": "2025-04-25",
            "2025-04-25T10:17:30Z": "2025-04-25",
            "2025-04-25T10:17:30,5+0200": "2025-04-25",
            "2025-04-25T10:17:30+02": "2025-04-25",
            " 2024-02-29T08:00:00.000+01:00 ": "2024-02-29",
        ]
        for (text, date) in cases { XCTAssertEqual(FieldParsing.datum(text), .success(date), "'\(text)'") }
    }

    func testDayFirstDatesAsADutchExcelWritesThem() {
        let cases = [
            "25-4-2025": "2025-04-25",
            "25-04-2025": "2025-04-25",
            "1-1-2025": "2025-01-01",
            " 29-2-2024 ": "2024-02-29",
            "25-4-2025 10:00": "2025-04-25",
            "25-4-2025 10:17:30": "2025-04-25",
        ]
        for (text, date) in cases { XCTAssertEqual(FieldParsing.datum(text), .success(date), "'\(text)'") }
    }

    func testInvalidStaysInvalid() {
        for text in ["2025-02-29T10:00:00", "2025-04-25T24:00", "2025-04-25T10:60", "2025-04-25T10", "2025-04-25T", "2025-04-25x10:00",
                     "2025-04-25T10:17:30.", "2025-04-25T10:17:30+1", "2025-04-25T10:17:30+01:0", "2025-04-25T10:17:30 extra",
                     "2025-04-25\n", "", "NA", "29-2-2025", "32-1-2025", "0-1-2025", "25-13-2025", "25-4-25", "125-4-2025",
                     "25-4-02025", "25/4/2025", "25.4.2025", "25-4-2025x", "25-4-2025T", "25--4-2025", "-4-2025", "25-4-1899"] {
            XCTAssertEqual(FieldParsing.datum(text), .failure(.invalidDate(text)), "'\(text)'")
        }
    }

    func testOnlyTheResponseDatumTakesDateTimes() {
        XCTAssertEqual(FieldParsing.date("2025-04-25T10:17:30"), .failure(.invalidDate("2025-04-25T10:17:30")))
    }
}
