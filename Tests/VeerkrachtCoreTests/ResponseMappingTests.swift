import VeerkrachtCore
import XCTest

/// Mapping files (`--kolommen`) and answers written as words.
final class ResponseMappingTests: XCTestCase {
    private let instrument = TestSupport.veerkrachtmeter

    private func index(_ id: String) -> Int { instrument.itemIndex(id)! }
    private var eens5: Scale { instrument.scales.first { $0.id == "eens5" }! }

    func testAMappingFileReadsColumnsValuesAndCodes() throws {
        let mapping = try ResponseMapping(yaml: """
            kolommen:
              "Q1[SQ001]": coh1
              Token: Respondent
            waarden:
              alle: {A1: 1, A5: 5}
              zr1: {ja: 5, A5: 4}
            ontbrekend: ["-oth-", N]
            """, instrument: instrument)
        XCTAssertEqual(mapping.columns, ["Q1[SQ001]": "coh1", "Token": "respondent"])
        XCTAssertEqual(mapping.values, ["alle": ["A1": 1, "A5": 5], "zr1": ["ja": 5, "A5": 4]])
        XCTAssertEqual(mapping.missingCodes, ["-oth-", "N"])

        let validator = ResponseValidator(instrument: instrument, mapping: mapping)
        XCTAssertEqual(try validator.answer(" a1 ", item: index("coh1")).get(), 1)
        XCTAssertEqual(try validator.answer("A5", item: index("coh1")).get(), 5)
        XCTAssertEqual(try validator.answer("A5", item: index("zr1")).get(), 4, "an item's own texts come first")
        XCTAssertEqual(try validator.answer("JA", item: index("zr1")).get(), 5)
        XCTAssertEqual(try validator.answer("-oth-", item: index("coh1")).get(), nil)
        XCTAssertEqual(try validator.answer("n", item: index("coh1")).get(), nil)
        XCTAssertEqual(try validator.answer("3", item: index("coh1")).get(), 3, "numbers still read as numbers")
        let svt = try ResponseMapping(yaml: "waarden:\n  alle: {A9: 9}\n", instrument: instrument)
        let svtValidator = ResponseValidator(instrument: instrument, mapping: svt)
        XCTAssertEqual(try svtValidator.answer("A9", item: index("svt1")).get(), 9)
        XCTAssertEqual(svtValidator.answer("A9", item: index("coh1")), .failure(.outOfScale(value: 9, scale: instrument.scale(of: instrument.items[index("coh1")]))),
                       "a code for every item that maps outside this item's scale")
        XCTAssertEqual(validator.answer("ja", item: index("coh1")), .failure(.notAnAnswer("ja", scale: eens5)), "ja is zr1's only")
    }

    func testAMappingMayRecodeNumbers() throws {
        let mapping = try ResponseMapping(yaml: "waarden:\n  coh1: {'1': 5, '5': 1}\n", instrument: instrument)
        let validator = ResponseValidator(instrument: instrument, mapping: mapping)
        XCTAssertEqual(try validator.answer("1", item: index("coh1")).get(), 5)
        XCTAssertEqual(try validator.answer("5", item: index("coh1")).get(), 1)
        XCTAssertEqual(try validator.answer("1", item: index("coh2")).get(), 1)
    }

    func testEveryProblemOfAMappingFileIsNamedByLine() {
        let yaml = """
            kolommen:
              Q1: coh9
              Q2: coh1
              Q3: COH1
              Q4: [coh2]
            waarden:
              alle: {A1: 1, A9: 9, Ax: -1}
              bin9: {x: 1}
              coh1: {A9: 9}
              coh2: {A1: een}
            ontbrekend: N
            extra: 1
            """
        XCTAssertThrowsError(try ResponseMapping(yaml: yaml, instrument: instrument)) { error in
            XCTAssertEqual((error as? MappingErrors)?.errors.map(\.description), [
                "line 12: unknown key 'extra' (allowed: kolommen, waarden, ontbrekend)",
                "line 2: 'coh9' is not an item of veerkrachtmeter v1 nor respondent, wijk, datum or meting",
                "line 4: columns 'Q2' and 'Q3' both map to 'coh1'; a file has one column per item",
                "line 5: the column 'Q4' maps to must be a non-empty text",
                "line 7: waarden of alle: -1 is outside every item's scale",
                "line 8: waarden: 'bin9' is not an item of veerkrachtmeter v1 (or 'alle' for every item)",
                "line 9: waarden of coh1: 9 is outside scale eens5 (1–5) of item coh1",
                "line 10: waarden of coh2: 'A1' must map to a whole number (found 'een')",
                "line 11: ontbrekend must be a list, such as [\"-oth-\", N]",
            ])
        }
    }

    func testMalformedAndEmptyFiles() {
        for (yaml, message) in [("", "the file is empty"), ("{}", "line 1: the file maps nothing: give kolommen, waarden or ontbrekend"),
                                ("- coh1", "line 1: the file must be a mapping of 'key: value' lines")] {
            XCTAssertThrowsError(try ResponseMapping(yaml: yaml, instrument: instrument)) { error in
                XCTAssertEqual("\(error)", message, yaml)
            }
        }
        XCTAssertThrowsError(try ResponseMapping(yaml: "kolommen: {a: [", instrument: instrument)) { error in
            XCTAssertTrue("\(error)".contains("not valid YAML"), "\(error)")
        }
    }

    func testAnswersWrittenAsTheirLabelsOrChoiceTexts() throws {
        let validator = ResponseValidator(instrument: instrument)
        XCTAssertEqual(try validator.answer("helemaal mee eens", item: index("coh1")).get(), 5)
        XCTAssertEqual(try validator.answer("  Mee   oneens ", item: index("coh1")).get(), 2)
        XCTAssertEqual(try validator.answer("Weet niet / wil niet zeggen", item: index("coh1")).get(), nil)
        XCTAssertEqual(try validator.answer("helemaal niet", item: index("svt1")).get(), 0, "a scale label of an end")
        XCTAssertEqual(try validator.answer("5+", item: index(instrument.items.first { instrument.scale(of: $0).isOpen }!.id)).get(), 5)
        XCTAssertEqual(validator.answer("weet niet", item: index("coh1")), .failure(.notAnAnswer("weet niet", scale: eens5)))
        XCTAssertEqual(validator.answer("zeer waarschijnlijk", item: index("coh1")), .failure(.notAnAnswer("zeer waarschijnlijk", scale: eens5)),
                       "another scale's label")
    }

    func testColumnsByLabel() {
        let columns = instrument.columnsByLabel
        XCTAssertEqual(columns["respondentcode"], "respondent")
        XCTAssertEqual(columns["datum van invullen"], "datum")
        XCTAssertEqual(columns[FieldParsing.comparable(instrument.items[0].text)], instrument.items[0].id)
        XCTAssertEqual(columns.count, 4 + instrument.items.count)
    }
}
