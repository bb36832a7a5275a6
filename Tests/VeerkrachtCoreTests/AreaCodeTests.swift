import XCTest
import VeerkrachtCore

/// CBS area codes (SPEC §1): `^GM\d{4}$`, `^WK\d{4}[0-9A-Z]{2}$`, `^BU\d{4}[0-9A-Z]{4}$`.
final class AreaCodeTests: XCTestCase {
    func testGemeenteCodes() {
        for text in ["GM0772", "GM0363", "GM0000", "GM9999"] {
            XCTAssertEqual(GemeenteCode(text)?.rawValue, text, text)
        }
        for text in ["gm0772", "Gm0772"] {
            XCTAssertEqual(GemeenteCode(text)?.rawValue, "GM0772", "codes are accepted in any case and kept upper-case")
        }
        for text in ["GM772", "GM07720", "GMA772", "GM077A", "GM07 2", " GM0772", "GM0772 ",
                     "WK077201", "GM", "", "GM０７７２", "GM-772"] {
            XCTAssertNil(GemeenteCode(text), "'\(text)'")
        }
    }

    func testWijkCodes() {
        for text in ["WK077201", "WK0772A1", "WK0772AB", "WK077200", "WK036399"] {
            XCTAssertEqual(WijkCode(text)?.rawValue, text, text)
        }
        for (text, code) in [("wk077201", "WK077201"), ("Wk077201", "WK077201"), ("WK0772a1", "WK0772A1"), ("wk0772ab", "WK0772AB")] {
            XCTAssertEqual(WijkCode(text)?.rawValue, code, "codes are accepted in any case and kept upper-case")
        }
        for text in ["WK07720", "WK0772011", "WK77201",
                     "WK07A201", "WKA77201", "WK0A7201", "WK0772-1", "WK0772 1", " WK077201", "WK077201 ",
                     "GM077201", "BU077201", "WK", "", "WK0772Ä1", "WK0772é"] {
            XCTAssertNil(WijkCode(text), "'\(text)'")
        }
    }

    func testBuurtCodes() {
        for text in ["BU07720101", "BU0772A1B2", "BU0772ZZZZ"] {
            XCTAssertEqual(BuurtCode(text)?.rawValue, text, text)
        }
        XCTAssertEqual(BuurtCode("bu0772010a")?.rawValue, "BU0772010A")
        for text in ["BU0772010", "BU077201011", "BUA7720101", "BU077A0101", "WK07720101", "", "BU0772010ä"] {
            XCTAssertNil(BuurtCode(text), "'\(text)'")
        }
    }

    func testWijkGemeente() {
        XCTAssertEqual(WijkCode("WK077201")?.gemeente, GemeenteCode("GM0772"))
        XCTAssertEqual(WijkCode("WK0772A1")?.gemeente, GemeenteCode("GM0772"))
        XCTAssertEqual(WijkCode("WK036305")?.gemeente.rawValue, "GM0363")
        XCTAssertEqual(WijkCode("WK000099")?.gemeente.rawValue, "GM0000")
    }

    func testBuurtWijk() {
        XCTAssertEqual(BuurtCode("BU07720101")?.wijk, WijkCode("WK077201"))
        XCTAssertEqual(BuurtCode("BU0772A1B2")?.wijk.rawValue, "WK0772A1")
        XCTAssertEqual(BuurtCode("BU07720101")?.wijk.gemeente.rawValue, "GM0772")
    }

    func testSubstringInputAndDescription() {
        let line = "WK077201;GM0772"
        let parts = line.split(separator: ";")
        XCTAssertEqual(WijkCode(parts[0])?.description, "WK077201")
        XCTAssertEqual(GemeenteCode(parts[1])?.description, "GM0772")
    }

    func testOrdering() throws {
        let codes = try ["WK077202", "WK0772A1", "WK077201"].map { try XCTUnwrap(WijkCode($0)) }
        XCTAssertEqual(codes.sorted().map(\.rawValue), ["WK077201", "WK077202", "WK0772A1"])
        XCTAssertLessThan(try XCTUnwrap(GemeenteCode("GM0363")), try XCTUnwrap(GemeenteCode("GM0772")))
    }
}
