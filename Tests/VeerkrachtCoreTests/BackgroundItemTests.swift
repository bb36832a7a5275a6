import VeerkrachtCore
import VeerkrachtSurveys
import XCTest

/// Veerkrachtmeter v2: version 1 plus the background questions leeftijd and geslacht, which are
/// asked and stored but never scored.
final class VeerkrachtmeterV2Tests: XCTestCase {
    private let v1 = TestSupport.veerkrachtmeter
    private let v2 = try! Instrument(yaml: BundledInstruments.veerkrachtmeterV2)

    func testV2IsV1PlusTwoBackgroundQuestions() {
        XCTAssertEqual(v2.reference, "veerkrachtmeter v2")
        XCTAssertEqual(Array(v2.items.prefix(v1.items.count)), v1.items, "every v1 item as it was, in the same place")
        XCTAssertEqual(v2.items.map(\.id).suffix(2), ["leeftijd", "geslacht"])
        XCTAssertEqual(v2.backgroundItems.map(\.id), ["leeftijd", "geslacht"])
        XCTAssertEqual(v2.backgroundItems.map(\.text), ["Wat is uw leeftijd?", "Wat is uw geslacht?"])
        XCTAssertEqual(v2.constructs, v1.constructs, "same constructs, same item indices, same rules")
        XCTAssertEqual(Array(v2.scales.prefix(v1.scales.count)), v1.scales)
        XCTAssertEqual(v2.missingCodes, v1.missingCodes)
        XCTAssertEqual(v2.thresholds, v1.thresholds)
        XCTAssertEqual(v1.backgroundItems, [])
    }

    func testTheBackgroundScales() throws {
        let jaren = v2.scale(of: v2.items[v2.itemIndex("leeftijd")!])
        XCTAssertEqual([jaren.id, String(jaren.minimum), String(jaren.maximum)], ["jaren", "16", "110"])
        XCTAssertTrue(v2.asksForNumber(v2.items[v2.itemIndex("leeftijd")!]))
        XCTAssertEqual(jaren.labels, [])
        let geslacht = v2.scale(of: v2.items[v2.itemIndex("geslacht")!])
        XCTAssertEqual(geslacht.choices.map(\.text), ["man", "vrouw", "anders"])
        XCTAssertEqual(geslacht.missingLabel, "zeg ik liever niet")
        XCTAssertFalse(v2.asksForNumber(v2.items[v2.itemIndex("geslacht")!]))
        XCTAssertFalse(v2.asksForNumber(v2.items[v2.itemIndex("svt1")!]))
        XCTAssertNil(v2.scales[0].missingLabel, "the other scales use the instrument's missing label")
    }

    /// The background answers change no score: v2 scores a response as v1 does, whatever its age and geslacht.
    func testBackgroundAnswersAreNeverScored() {
        let given = ["coh1": 4, "coh2": 5, "coh3": 2, "coh4": 1, "zr1": 3, "zr2": 2, "zr3": 5, "zr4": 4, "sr1": 5, "sr2": 4, "sr3": 1, "sr4": 7,
                     "cr1": 3, "cr2": 4, "cr3": 2, "cr4": 5]
        let expected = Scorer(v1).scores(TestSupport.answers(given))
        for background in [[:], ["leeftijd": 16, "geslacht": 1], ["leeftijd": 110, "geslacht": 3]] {
            let answers = TestSupport.answers(given.merging(background) { a, _ in a }, in: v2)
            XCTAssertEqual(Scorer(v2).scores(answers), expected, "\(background)")
            for construct in v2.constructs.indices {
                XCTAssertEqual(Scorer(v2).completeItemScores(answers, construct: construct),
                               Scorer(v1).completeItemScores(TestSupport.answers(given), construct: construct), "α rows of \(construct)")
            }
        }
    }

    func testBackgroundAnswersAreCheckedLikeAnyOther() {
        let validator = ResponseValidator(instrument: v2)
        let leeftijd = v2.itemIndex("leeftijd")!, geslacht = v2.itemIndex("geslacht")!
        func answer(_ text: String, _ item: Int) -> String {
            switch validator.answer(text, item: item) {
            case .success(let value): value.map(String.init) ?? "missing"
            case .failure(let problem): problem.description
            }
        }
        XCTAssertEqual(answer("16", leeftijd), "16")
        XCTAssertEqual(answer("110", leeftijd), "110")
        XCTAssertEqual(answer("", leeftijd), "missing")
        XCTAssertEqual(answer("NA", leeftijd), "missing")
        XCTAssertEqual(answer("98", leeftijd), "98", "98 years, not the code for weet niet: jaren offers it")
        XCTAssertEqual(answer("99", leeftijd), "99")
        XCTAssertEqual(answer("12", leeftijd), "12 is outside scale jaren (16–110)")
        XCTAssertEqual(answer("111", leeftijd), "111 is outside scale jaren (16–110)")
        XCTAssertEqual(answer("5,5", leeftijd), "'5,5' is not a whole number")
        XCTAssertEqual(answer(String(repeating: "1", count: 27), leeftijd), "'111111111111111111111111111' is not a whole number")
        XCTAssertEqual(answer("veertig", leeftijd), "'veertig' is not an answer on scale jaren: a number 16–110")
        XCTAssertEqual(answer("2", geslacht), "2")
        XCTAssertEqual(answer("vrouw", geslacht), "2")
        XCTAssertEqual(answer(" Man ", geslacht), "1")
        XCTAssertEqual(answer("anders", geslacht), "3")
        XCTAssertEqual(answer("zeg ik liever niet", geslacht), "missing")
        XCTAssertEqual(answer("weet niet / wil niet zeggen", geslacht), "missing")
        XCTAssertEqual(answer("98", geslacht), "missing", "the XLSForm's code for zeg ik liever niet")
        XCTAssertEqual(answer("4", geslacht), "4 is outside scale geslacht (1–3)")
        XCTAssertEqual(answer("zeg ik liever niet", v2.itemIndex("coh1")!),
                       "'zeg ik liever niet' is not an answer on scale eens5: a number 1–5 or its words (helemaal mee oneens … helemaal mee eens)",
                       "a scale's own missing label belongs to that scale")
        XCTAssertEqual(answer("98", v2.itemIndex("sr4")!), "missing", "on the other items 98 stays weet niet")
    }
}

/// The loader's rules for background items (`background: true`).
final class BackgroundItemLoaderTests: XCTestCase {
    private static let base = """
        id: mini
        version: 1
        title: Mini
        missing_codes: ["98", NA]
        scales:
          eens5:
            min: 1
            max: 5
          jaren:
            min: 16
            max: 110
        constructs:
          cohesie:
            kind: hulpbron
            name: Cohesie
        items:
          - id: coh1
            construct: cohesie
            scale: eens5
            text: Vraag een.
          - id: leeftijd
            background: true
            scale: jaren
            text: Wat is uw leeftijd?

        """

    private func errors(adding lines: String) -> [String] {
        TestSupport.loadErrors(Self.base + lines).map(\.description)
    }

    func testABackgroundItemLoadsWithoutAConstruct() throws {
        let instrument = try Instrument(yaml: Self.base)
        XCTAssertEqual(instrument.items.map(\.isBackground), [false, true])
        XCTAssertNil(instrument.items[1].constructIndex)
        XCTAssertEqual(instrument.constructs[0].scoring, .items(indices: [0], minimumAnswered: 1), "the construct has only its own item")
        XCTAssertEqual(instrument.missingCodes, ["98", "NA"], "98 may be an age: only a background item uses jaren")
    }

    func testABackgroundItemNamesNoConstruct() {
        XCTAssertEqual(errors(adding: """
              - id: geslacht
                background: true
                construct: cohesie
                scale: eens5
                text: Wat is uw geslacht?

            """), ["line 27: item 'geslacht': a background item belongs to no construct; remove 'construct' or 'background: true'"])
    }

    func testABackgroundItemIsNeverReversed() {
        XCTAssertEqual(errors(adding: """
              - id: geslacht
                background: true
                scale: eens5
                reverse: true
                text: Wat is uw geslacht?

            """), ["line 28: item 'geslacht': a background item is never scored; remove 'reverse'"])
    }

    func testABackgroundItemNeedsAKnownScaleAndText() {
        XCTAssertEqual(errors(adding: """
              - id: geslacht
                background: true
                scale: sekse
                text: Wat is uw geslacht?

            """), ["line 27: item 'geslacht': unknown scale 'sekse' (known scales: eens5, jaren)"])
        XCTAssertEqual(errors(adding: """
              - id: geslacht
                background: true
                scale: eens5

            """), ["line 25: item 'geslacht': text is missing"])
    }

    func testBackgroundIsTrueOrFalse() {
        XCTAssertEqual(errors(adding: """
              - id: geslacht
                background: ja
                scale: eens5
                text: Wat is uw geslacht?

            """), ["line 26: item 'geslacht': background must be true or false (found 'ja')"])
    }

    func testAnItemThatIsNotBackgroundStillNeedsAConstruct() {
        XCTAssertEqual(errors(adding: """
              - id: geslacht
                background: false
                scale: eens5
                text: Wat is uw geslacht?

            """), ["line 25: item 'geslacht': construct is missing"])
    }

    /// A scale a scored item uses may not offer a missing code, even when a background item uses it too.
    func testAMissingCodeOnAScoredItemsScaleIsStillRefused() {
        XCTAssertEqual(errors(adding: """
              - id: coh2
                construct: cohesie
                scale: jaren
                text: Vraag twee.

            """), ["line 4: missing_codes: 98 is an answer on scale 'jaren' (16…110); choose a code outside every scale, such as 98"])
    }

    /// Found by the fuzzer: reading answers listed every value of an unlabelled scale, which for
    /// `max: 9223372036854775807` trapped. Only words are listed now; numbers are read as numbers.
    func testAHugeUnlabelledScaleIsReadWithoutListingItsValues() throws {
        let instrument = try Instrument(yaml: Self.base.replacingOccurrences(of: "    max: 110\n", with: "    max: 9223372036854775807\n"))
        let validator = ResponseValidator(instrument: instrument)
        XCTAssertEqual(try validator.answer("1000000", item: 1).get(), 1_000_000)
        XCTAssertEqual(try validator.answer("16", item: 1).get(), 16)
    }

    func testAScaleMayNameItsOwnMissingLabel() throws {
        let instrument = try Instrument(yaml: Self.base.replacingOccurrences(of: "    max: 5\n", with: "    max: 5\n    missing_label: zeg ik liever niet\n"))
        XCTAssertEqual(instrument.scales[0].missingLabel, "zeg ik liever niet")
        XCTAssertEqual(TestSupport.loadErrors(Self.base.replacingOccurrences(of: "    max: 5\n", with: "    max: 5\n    missing_label: \"\"\n"))
            .map(\.description), ["line 9: scale 'eens5': missing_label must be a non-empty text"])
    }
}
