import XCTest
import VeerkrachtCore

/// `missing_codes` (Surveys/README.md, "Missing codes"): loading, its checks, and answers read with it.
final class MissingCodesTests: XCTestCase {
    /// A small instrument with an eens5 and an open aantal item; `codes` is its `missing_codes` line.
    private func mini(_ codes: String?) -> String {
        ([
            "id: mini", "version: 1", "title: Mini",
            "scales:", "  eens5:", "    min: 1", "    max: 5", "  aantal:", "    min: 0", "    max: 5", "    open: true",
            "items:",
            "  - id: coh1", "    construct: cohesie", "    scale: eens5", "    text: Vraag een.",
            "  - id: sr4", "    construct: cohesie", "    scale: aantal", "    text: Vraag twee.",
            "constructs:", "  cohesie:", "    kind: hulpbron", "    name: Cohesie",
        ] + (codes.map { [$0] } ?? [])).joined(separator: "\n") + "\n"
    }

    func testDefaultInstrumentDeclaresTheFieldsCodes() {
        XCTAssertEqual(TestSupport.veerkrachtmeter.missingCodes, ["98", "99", "weet_niet", "NA", ""])
        let validator = ResponseValidator(instrument: TestSupport.veerkrachtmeter)
        let coh1 = TestSupport.veerkrachtmeter.itemIndex("coh1")!, sr4 = TestSupport.veerkrachtmeter.itemIndex("sr4")!
        for text in ["98", "99", " 99 ", "98.0", "+98", "weet_niet", "WEET_NIET", "Weet_Niet", "NA", "na", "", "  "] {
            XCTAssertEqual(try validator.answer(text, item: coh1).get(), nil as Int?, "'\(text)'")
            XCTAssertEqual(try validator.answer(text, item: sr4).get(), nil as Int?, "'\(text)' wins over an open scale")
        }
        XCTAssertEqual(try validator.answer("97", item: sr4).get(), 97)
        XCTAssertEqual(validator.answer("97", item: coh1), .failure(.outOfScale(value: 97, scale: TestSupport.veerkrachtmeter.scales[0])))
        XCTAssertEqual(validator.answer("weet niet", item: coh1), .failure(.notAnAnswer("weet niet", scale: TestSupport.veerkrachtmeter.scales[0])))
    }

    func testWithoutTheKeyOnlyNAAndEmptyAreMissing() throws {
        let instrument = try Instrument(yaml: mini(nil))
        XCTAssertEqual(instrument.missingCodes, ["NA"])
        let validator = ResponseValidator(instrument: instrument)
        XCTAssertEqual(try validator.answer("NA", item: 0).get(), nil as Int?)
        XCTAssertEqual(try validator.answer("", item: 0).get(), nil as Int?)
        XCTAssertEqual(validator.answer("98", item: 0), .failure(.outOfScale(value: 98, scale: instrument.scales[0])))
        XCTAssertEqual(try validator.answer("98", item: 1).get(), 98)
    }

    func testADeclaredOneDigitCodeIsMissingToo() throws {
        let instrument = try Instrument(yaml: mini("missing_codes: [9, -1, onbekend]"))
        let validator = ResponseValidator(instrument: instrument)
        for text in ["9", "-1", "ONBEKEND", ""] { XCTAssertEqual(try validator.answer(text, item: 0).get(), nil as Int?, "'\(text)'") }
        XCTAssertEqual(try validator.answer("9", item: 1).get(), nil as Int?, "a code above an open scale's max")
        XCTAssertEqual(validator.answer("NA", item: 0), .failure(.notAnAnswer("NA", scale: instrument.scales[0])), "the list replaces the default")
    }

    func testChecksNameTheLine() {
        XCTAssertEqual(TestSupport.loadErrors(mini("missing_codes: 98")),
                       [InstrumentError(line: 25, "missing_codes must be a list of codes, e.g. [98, 99, weet_niet, NA]")])
        XCTAssertEqual(TestSupport.loadErrors(mini("missing_codes: [98, na, NA]")),
                       [InstrumentError(line: 25, "missing_codes: 'NA' is listed twice")])
        XCTAssertEqual(TestSupport.loadErrors(mini("missing_codes: [98, 3]")), [InstrumentError(line: 25,
            "missing_codes: 3 is an answer on scale 'eens5' (1…5); choose a code outside every scale, such as 98")])
        XCTAssertEqual(TestSupport.loadErrors(mini("missing_codes:\n  - 98\n  - [99]")),
                       [InstrumentError(line: 27, "missing_codes: each code must be a text or a number")])
    }
}
