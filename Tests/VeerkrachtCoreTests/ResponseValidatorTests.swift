import XCTest
import VeerkrachtCore

/// Validation of one response's raw text (SPEC §3.1, §6) on the bundled Veerkrachtmeter v1.
final class ResponseValidatorTests: XCTestCase {
    private let instrument = TestSupport.veerkrachtmeter
    private lazy var validator = ResponseValidator(instrument: instrument)

    private func item(_ id: String) -> Int { instrument.itemIndex(id)! }
    private func scale(_ id: String) -> Scale { instrument.scales.first { $0.id == id }! }

    /// A valid answer text per item: 3 on the 5-point scales, 7 on score11, 2 on aantal.
    private var validAnswers: [String] {
        instrument.items.map { item in
            switch instrument.scale(of: item).id {
            case "score11": "7"
            case "aantal": "2"
            default: "3"
            }
        }
    }

    private func validate(respondent: String = "r001", wijk: String = "WK077201", datum: String = "2025-03-14",
                          meting: String = "2025-voorjaar", answers: [String]? = nil) -> Result<Response, ResponseValidator.Problems> {
        validator.validate(respondent: respondent, wijk: wijk, datum: datum, meting: meting, answers: answers ?? validAnswers)
    }

    private func answers(setting changes: [String: String]) -> [String] {
        var texts = validAnswers
        for (id, text) in changes { texts[item(id)] = text }
        return texts
    }

    /// The single problem of a response, failing when there is not exactly one.
    private func onlyProblem(_ result: Result<Response, ResponseValidator.Problems>,
                             file: StaticString = #filePath, line: UInt = #line) -> (field: ResponseValidator.Field, problem: FieldProblem)? {
        switch result {
        case .success(let response):
            XCTFail("expected a problem, got \(response)", file: file, line: line)
            return nil
        case .failure(let problems):
            XCTAssertEqual(problems.list.count, 1, "\(problems.list)", file: file, line: line)
            return problems.list.first
        }
    }

    // MARK: Whole responses

    func testValidRow() throws {
        let response = try validate(respondent: "  r001 ", wijk: " WK077201 ", datum: "2025-03-14").get()
        XCTAssertEqual(response.respondent, "r001")
        XCTAssertEqual(response.wijk, WijkCode("WK077201"))
        XCTAssertEqual(response.wijk.gemeente, GemeenteCode("GM0772"))
        XCTAssertEqual(response.datum, "2025-03-14")
        XCTAssertEqual(response.meting, "2025-voorjaar")
        XCTAssertEqual(response.answers.count, 32)
        XCTAssertEqual(response.answers[item("coh1")], 3)
        XCTAssertEqual(response.answers[item("svt2")], 7)
        XCTAssertEqual(response.answers[item("sr4")], 2)
        XCTAssertFalse(response.answers.contains(nil))
    }

    func testAllMissingAnswersIsStillAValidResponse() throws {
        let response = try validate(answers: Array(repeating: "", count: 32)).get()
        XCTAssertEqual(response.answers, [Int?](repeating: nil, count: 32))
    }

    func testMissingSpellings() throws {
        for text in ["NA", "na", "Na", "nA", "", " ", "   ", "\t", " NA "] {
            XCTAssertEqual(try validator.answer(text, item: item("coh1")).get(), nil as Int?, "'\(text)' is missing")
            XCTAssertTrue(FieldParsing.isMissing(text), "'\(text)'")
        }
        let response = try validate(answers: answers(setting: ["coh1": "NA", "svt1": "na", "sr4": "", "cr4": "  "])).get()
        for id in ["coh1", "svt1", "sr4", "cr4"] { XCTAssertNil(response.answers[item(id)], id) }
        XCTAssertEqual(response.answers.compactMap { $0 }.count, 28)
    }

    func testZeroFractionAccepted() throws {
        XCTAssertEqual(try validator.answer("4.0", item: item("coh1")).get(), 4)
        XCTAssertEqual(try validator.answer("4.00", item: item("coh1")).get(), 4)
        XCTAssertEqual(try validator.answer(" 4 ", item: item("coh1")).get(), 4)
        XCTAssertEqual(try validator.answer("10.0", item: item("svt1")).get(), 10)
        // A Dutch Excel writes a decimal comma.
        XCTAssertEqual(try validator.answer("4,0", item: item("coh1")).get(), 4)
        XCTAssertEqual(try validator.answer("10,00", item: item("svt1")).get(), 10)
        XCTAssertEqual(try validate(answers: answers(setting: ["coh2": "4.0"])).get().answers[item("coh2")], 4)
    }

    func testNonIntegerAnswersRefused() {
        for text in ["3.5", "1e3", "4,5", "4,0,0", "3 4", "0x3", "4.01", ".", "-1.5", "+x"] {
            XCTAssertEqual(validator.answer(text, item: item("coh1")), .failure(.notAWholeNumber(text)), "'\(text)'")
        }
        // A word is not one of the scale's answers: the message says what is.
        for text in ["abc", "½", "٣", "mee eens!"] {
            XCTAssertEqual(validator.answer(text, item: item("coh1")), .failure(.notAnAnswer(text, scale: scale("eens5"))), "'\(text)'")
        }
        XCTAssertEqual(FieldProblem.notAnAnswer("abc", scale: scale("eens5")).description,
                       "'abc' is not an answer on scale eens5: a number 1–5 or its words (helemaal mee oneens … helemaal mee eens)")
        XCTAssertEqual(FieldProblem.notAnAnswer("abc", scale: scale("eens5")).dutchDescription,
                       "‘abc’ is geen antwoord: kies een getal van 1 t/m 5 of een antwoord (helemaal mee oneens … helemaal mee eens).")
        let problem = onlyProblem(validate(answers: answers(setting: ["bin2": "3.5"])))
        XCTAssertEqual(problem?.field, .item(item("bin2")))
        XCTAssertEqual(problem?.problem, .notAWholeNumber("3.5"))
        XCTAssertEqual(problem?.problem.description, "'3.5' is not a whole number")
    }

    func testHugeNumbersRefusedNotCrashed() {
        for text in ["99999999999999999999", "-99999999999999999999", "99999999999999999999.0", "9223372036854775808"] {
            XCTAssertEqual(validator.answer(text, item: item("sr4")), .failure(.notAWholeNumber(text)), text)
            XCTAssertEqual(validator.answer(text, item: item("coh1")), .failure(.notAWholeNumber(text)), text)
        }
        // Up to 18 digits parse; the open aantal scale takes 0–9999 (scored as 5 from 5 up)
        XCTAssertEqual(try validator.answer("9999", item: item("sr4")).get(), 9_999)
        XCTAssertEqual(validator.answer("10000", item: item("sr4")), .failure(.outOfScale(value: 10_000, scale: scale("aantal"))))
        XCTAssertEqual(validator.answer("999999999999999999", item: item("sr4")),
                       .failure(.outOfScale(value: 999_999_999_999_999_999, scale: scale("aantal"))))
        XCTAssertEqual(validator.answer("9223372036854775807", item: item("sr4")), .failure(.notAWholeNumber("9223372036854775807")))
        XCTAssertEqual(Scorer(instrument).itemScore(item("sr4"), answer: Int.max), 10)
    }

    func testOutOfScaleRefused() {
        XCTAssertEqual(validator.answer("0", item: item("coh1")), .failure(.outOfScale(value: 0, scale: scale("eens5"))))
        XCTAssertEqual(validator.answer("6", item: item("coh1")), .failure(.outOfScale(value: 6, scale: scale("eens5"))))
        XCTAssertEqual(validator.answer("0", item: item("cr2")), .failure(.outOfScale(value: 0, scale: scale("kans5"))))
        XCTAssertEqual(validator.answer("6", item: item("dig1")), .failure(.outOfScale(value: 6, scale: scale("freq5"))))
        XCTAssertEqual(validator.answer("11", item: item("svt1")), .failure(.outOfScale(value: 11, scale: scale("score11"))))
        XCTAssertEqual(validator.answer("-1", item: item("svt1")), .failure(.outOfScale(value: -1, scale: scale("score11"))))
        XCTAssertEqual(validator.answer("-1", item: item("sr4")), .failure(.outOfScale(value: -1, scale: scale("aantal"))))
        XCTAssertEqual(validator.answer("-1.0", item: item("sr4")), .failure(.outOfScale(value: -1, scale: scale("aantal"))))
        // the open scale accepts any count ≥ 0
        XCTAssertEqual(try validator.answer("0", item: item("sr4")).get(), 0)
        XCTAssertEqual(try validator.answer("7", item: item("sr4")).get(), 7)
        XCTAssertEqual(try validator.answer("250", item: item("sr4")).get(), 250)
        // the ends of the closed scales are fine
        XCTAssertEqual(try validator.answer("0", item: item("svt1")).get(), 0)
        XCTAssertEqual(try validator.answer("10", item: item("svt1")).get(), 10)
        XCTAssertEqual(try validator.answer("1", item: item("coh1")).get(), 1)
        XCTAssertEqual(try validator.answer("5", item: item("coh1")).get(), 5)
    }

    func testOutOfScaleInRowPointsAtTheItem() {
        let zero = onlyProblem(validate(answers: answers(setting: ["coh3": "0"])))
        XCTAssertEqual(zero?.field, .item(item("coh3")))
        XCTAssertEqual(zero?.problem, .outOfScale(value: 0, scale: scale("eens5")))
        XCTAssertEqual(zero?.problem.description, "0 is outside scale eens5 (1–5)")

        let eleven = onlyProblem(validate(answers: answers(setting: ["svt3": "11"])))
        XCTAssertEqual(eleven?.field, .item(item("svt3")))
        XCTAssertEqual(eleven?.problem, .outOfScale(value: 11, scale: scale("score11")))
        XCTAssertEqual(eleven?.problem.description, "11 is outside scale score11 (0–10)")

        let negative = onlyProblem(validate(answers: answers(setting: ["sr4": "-1"])))
        XCTAssertEqual(negative?.field, .item(item("sr4")))
        XCTAssertEqual(negative?.problem, .outOfScale(value: -1, scale: scale("aantal")))
        XCTAssertEqual(negative?.problem.description, "-1 is not allowed on scale aantal (whole numbers from 0 to 9999)")
    }

    // MARK: Required fields

    func testEmptyRespondentWijkMetingAreMissing() {
        XCTAssertEqual(onlyProblem(validate(respondent: ""))?.field, .respondent)
        XCTAssertEqual(onlyProblem(validate(respondent: ""))?.problem, .missing)
        XCTAssertEqual(onlyProblem(validate(respondent: "   "))?.problem, .missing)
        XCTAssertEqual(onlyProblem(validate(wijk: ""))?.field, .wijk)
        XCTAssertEqual(onlyProblem(validate(wijk: ""))?.problem, .missing)
        XCTAssertEqual(onlyProblem(validate(meting: ""))?.field, .meting)
        XCTAssertEqual(onlyProblem(validate(meting: ""))?.problem, .missing)
        XCTAssertEqual(FieldProblem.missing.description, "a value is required")
    }

    func testEmptyDatumRefused() {
        let problem = onlyProblem(validate(datum: ""))
        XCTAssertEqual(problem?.field, .datum)
        // The implementation reports an empty date as an invalid date rather than as missing.
        XCTAssertEqual(problem?.problem, .invalidDate(""))
    }

    func testRespondentLength() throws {
        let sixtyFour = String(repeating: "a", count: 64)
        XCTAssertEqual(try validate(respondent: sixtyFour).get().respondent, sixtyFour)
        let sixtyFive = String(repeating: "a", count: 65)
        let problem = onlyProblem(validate(respondent: sixtyFive))
        XCTAssertEqual(problem?.field, .respondent)
        XCTAssertEqual(problem?.problem, .tooLong(maximum: 64))
        XCTAssertEqual(problem?.problem.description, "longer than 64 characters")
        // length counts characters, not bytes: 64 × "é" (128 UTF-8 bytes) is fine
        let accented = String(repeating: "é", count: 64)
        XCTAssertEqual(try validate(respondent: accented).get().respondent, accented)
        // surrounding spaces do not count
        XCTAssertEqual(try validate(respondent: "  " + sixtyFour + "  ").get().respondent, sixtyFour)
        XCTAssertEqual(ResponseValidator.maximumLabelLength, 64)
    }

    func testMetingLength() {
        let problem = onlyProblem(validate(meting: String(repeating: "m", count: 65)))
        XCTAssertEqual(problem?.field, .meting)
        XCTAssertEqual(problem?.problem, .tooLong(maximum: 64))
    }

    func testControlCharactersRefused() {
        for text in ["r\u{0007}1", "r\u{0000}1", "r\n1", "r\r1", "r\t1", "r\u{001B}1", "r\u{007F}1", "r\u{0085}1"] {
            let problem = onlyProblem(validate(respondent: text))
            XCTAssertEqual(problem?.field, .respondent, text.debugDescription)
            XCTAssertEqual(problem?.problem, .controlCharacters, text.debugDescription)
        }
        XCTAssertEqual(onlyProblem(validate(meting: "2025\nvoorjaar"))?.problem, .controlCharacters)
        XCTAssertEqual(FieldProblem.controlCharacters.description,
                       "contains invisible or blank-looking characters (such as a zero-width space, a no-break space or a direction mark)")
    }

    func testInvisibleCharactersRefused() {
        // Ids that look alike must be alike: zero-width space/joiner, word joiner, BOM, soft hyphen,
        // left-to-right and right-to-left marks, embeddings, overrides and isolates.
        for scalar in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{200E}", "\u{200F}",
                       "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}"] {
            let problem = onlyProblem(validate(respondent: "r" + scalar + "1"))
            XCTAssertEqual(problem?.problem, .controlCharacters, scalar.unicodeScalars.first!.escaped(asASCII: true))
        }
        XCTAssertEqual(onlyProblem(validate(meting: "2025\u{200F}"))?.problem, .controlCharacters)
        // Visible non-ASCII stays welcome.
        for text in ["rénee", "ملك", "山田", "👩‍👩‍👧", "🏴󠁧󠁢󠁥󠁮󠁧󠁿"] {
            if case .failure(let problems) = validate(respondent: text) { XCTFail("\(text): \(problems)") }
        }
    }

    // MARK: Dates

    func testDates() {
        XCTAssertEqual(FieldParsing.date("2024-02-29"), .success("2024-02-29"))
        XCTAssertEqual(FieldParsing.date("2000-02-29"), .success("2000-02-29"))
        XCTAssertEqual(FieldParsing.date("2025-12-31"), .success("2025-12-31"))
        XCTAssertEqual(FieldParsing.date(" 2025-01-01 "), .success("2025-01-01"))
        for text in ["2023-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-01-00", "2025-04-31", "2025-01-32",
                     "2025-1-01", "2025-01-1", "25-01-01", "2025/01/01", "20250101", "2025-01-01T10:00",
                     "abcd-ef-gh", "2025-+1-01", "+025-01-01", "", "1899-12-31", "2200-01-01", "２０２５-01-01"] {
            XCTAssertEqual(FieldParsing.date(text), .failure(.invalidDate(text)), "'\(text)'")
        }
    }

    func testDateInRow() throws {
        XCTAssertEqual(try validate(datum: "2024-02-29").get().datum, "2024-02-29")
        for text in ["2023-02-29", "2025-13-01", "2025-1-01"] {
            let problem = onlyProblem(validate(datum: text))
            XCTAssertEqual(problem?.field, .datum)
            XCTAssertEqual(problem?.problem, .invalidDate(text))
        }
        XCTAssertEqual(FieldProblem.invalidDate("2025-13-01").description,
                       "'2025-13-01' is not a valid date in the form YYYY-MM-DD")
    }

    // MARK: Wijk

    func testWijkCodes() throws {
        XCTAssertEqual(try ResponseValidator.wijkCode("WK077201").get(), WijkCode("WK077201"))
        XCTAssertEqual(try ResponseValidator.wijkCode(" WK0772A1 ").get(), WijkCode("WK0772A1"))
        XCTAssertEqual(ResponseValidator.wijkCode(""), .failure(.missing))
        XCTAssertEqual(ResponseValidator.wijkCode("  "), .failure(.missing))
        XCTAssertEqual(try ResponseValidator.wijkCode("wk0772a1").get().rawValue, "WK0772A1", "any case, stored upper-case")
        for text in ["WK07720", "WK0772011", "GM0772", "BU07720101", "WK07A201", "WK0772ä1"] {
            XCTAssertEqual(ResponseValidator.wijkCode(text), .failure(.invalidWijkCode(text)), text)
        }
        let problem = onlyProblem(validate(wijk: "WK77201"))
        XCTAssertEqual(problem?.field, .wijk)
        XCTAssertEqual(problem?.problem, .invalidWijkCode("WK77201"))
        XCTAssertEqual(problem?.problem.description, "'WK77201' is not a CBS wijk code (WK + 6 characters, e.g. WK077201)")
    }

    // MARK: Several problems

    func testMultipleProblemsReportedTogetherInFieldOrder() {
        let texts = answers(setting: ["coh1": "9", "svt2": "abc", "cr4": "3.5"])
        let result = validate(respondent: "", wijk: "WK0772", datum: "2025-13-01", meting: "ok", answers: texts)
        guard case .failure(let problems) = result else { return XCTFail("expected problems") }
        XCTAssertEqual(problems.list.map(\.field), [.respondent, .wijk, .datum, .item(item("coh1")), .item(item("svt2")), .item(item("cr4"))])
        XCTAssertEqual(problems.list.map(\.problem), [
            .missing, .invalidWijkCode("WK0772"), .invalidDate("2025-13-01"),
            .outOfScale(value: 9, scale: scale("eens5")), .notAnAnswer("abc", scale: scale("score11")), .notAWholeNumber("3.5"),
        ])
    }

    func testEveryHeaderFieldAtOnce() {
        let result = validate(respondent: String(repeating: "x", count: 65), wijk: "wk07720", datum: "2023-02-29", meting: "")
        guard case .failure(let problems) = result else { return XCTFail("expected problems") }
        XCTAssertEqual(problems.list.map(\.field), [.respondent, .wijk, .datum, .meting])
        XCTAssertEqual(problems.list.map(\.problem), [
            .tooLong(maximum: 64), .invalidWijkCode("wk07720"), .invalidDate("2023-02-29"), .missing,
        ])
    }
}

/// Field parsing shared by the importers and forms.
final class FieldParsingTests: XCTestCase {
    func testWholeNumber() {
        XCTAssertEqual(FieldParsing.wholeNumber("4"), .success(4))
        XCTAssertEqual(FieldParsing.wholeNumber("4.0"), .success(4))
        XCTAssertEqual(FieldParsing.wholeNumber("4,0"), .success(4), "a decimal comma, as a Dutch Excel writes it")
        XCTAssertEqual(FieldParsing.wholeNumber(" 12 "), .success(12))
        XCTAssertEqual(FieldParsing.wholeNumber("0"), .success(0))
        XCTAssertEqual(FieldParsing.wholeNumber("-3"), .success(-3))
        for text in ["3.5", "1e3", "abc", "", " ", "99999999999999999999", ".0", ",0", "4,5", "4.0,0", "½", "٣"] {
            XCTAssertEqual(FieldParsing.wholeNumber(text), .failure(.notAWholeNumber(text)), "'\(text)'")
        }
    }

    func testNonNegativeDecimal() {
        XCTAssertEqual(FieldParsing.nonNegativeDecimal("1,5"), .success(1.5))
        XCTAssertEqual(FieldParsing.nonNegativeDecimal("1.5"), .success(1.5))
        XCTAssertEqual(FieldParsing.nonNegativeDecimal("0"), .success(0))
        XCTAssertEqual(FieldParsing.nonNegativeDecimal("2"), .success(2))
        XCTAssertEqual(FieldParsing.nonNegativeDecimal(" 0,25 "), .success(0.25))
        XCTAssertEqual(FieldParsing.nonNegativeDecimal(".5"), .success(0.5))
        XCTAssertEqual(FieldParsing.nonNegativeDecimal("3."), .success(3))
    }

    func testNonNegativeDecimalRefusals() {
        for text in ["-1", "-0,5", "1.2.3", "1,2,3", "1,2.3", ".", ",", "", "abc", "1e3", "inf", "nan", "+1", "1 000"] {
            guard case .failure(let problem) = FieldParsing.nonNegativeDecimal(text) else {
                XCTFail("'\(text)' should be refused"); continue
            }
            XCTAssertTrue([.notANumber(text), .negative(text)].contains(problem), "'\(text)': \(problem)")
        }
        XCTAssertEqual(FieldParsing.nonNegativeDecimal("1.2.3"), .failure(.notANumber("1.2.3")))
        XCTAssertEqual(FieldParsing.nonNegativeDecimal("-0,5"), .failure(.negative("-0,5")))
    }

    func testHugeDecimalIsNotInfinite() {
        // 400 digits overflow Double to +inf → refused, not accepted as infinity
        let text = String(repeating: "9", count: 400)
        XCTAssertEqual(FieldParsing.nonNegativeDecimal(text), .failure(.notANumber(text)))
    }

    func testLabel() {
        XCTAssertEqual(FieldParsing.label("  2025-voorjaar ", maximum: 64), .success("2025-voorjaar"))
        XCTAssertEqual(FieldParsing.label("", maximum: 64), .failure(.missing))
        XCTAssertEqual(FieldParsing.label("abcd", maximum: 3), .failure(.tooLong(maximum: 3)))
        XCTAssertEqual(FieldParsing.label("abc", maximum: 3), .success("abc"))
        XCTAssertEqual(FieldParsing.label("a\u{1}b", maximum: 64), .failure(.controlCharacters))
    }

    func testTrimmed() {
        XCTAssertEqual(FieldParsing.trimmed("  a b \t"), "a b")
        XCTAssertEqual(FieldParsing.trimmed("\t\t"), "")
        XCTAssertEqual(FieldParsing.trimmed("x"), "x")
        XCTAssertEqual(FieldParsing.trimmed(" é "), "é")
    }

    func testProblemDescriptions() {
        XCTAssertEqual(FieldProblem.notANumber("x").description, "'x' is not a number")
        XCTAssertEqual(FieldProblem.invalidGemeenteCode("GM1").description, "'GM1' is not a CBS gemeente code (GM + 4 digits, e.g. GM0772)")
        XCTAssertEqual(FieldProblem.unknownHulpbron("x", known: ["cohesie", "binding"]).description,
                       "'x' is not a hulpbron (use: cohesie, binding)")
        XCTAssertEqual(FieldProblem.conflictingMeting(row: "a", option: "b").description, "meting 'a' differs from --meting 'b'")
    }
}
