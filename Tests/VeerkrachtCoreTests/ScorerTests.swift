import XCTest
import VeerkrachtCore

/// Scoring per response (SPEC §3) on the bundled Veerkrachtmeter v1.
final class ScorerTests: XCTestCase {
    private let instrument = TestSupport.veerkrachtmeter
    private lazy var scorer = Scorer(instrument)

    private func item(_ id: String) -> Int { instrument.itemIndex(id)! }
    private func construct(_ id: String) -> Int { instrument.constructIndex(id)! }

    private func score(_ given: [String: Int], _ constructID: String) -> Double? {
        scorer.scores(TestSupport.answers(given))[construct(constructID)]
    }

    // MARK: Items

    func testEens5Normalisation() {
        // s = 10·(v − 1)/4: 1 → 0, 2 → 2.5, 3 → 5, 4 → 7.5, 5 → 10
        XCTAssertEqual((1...5).map { scorer.itemScore(item("coh1"), answer: $0) }, [0, 2.5, 5, 7.5, 10])
    }

    func testKans5Normalisation() {
        XCTAssertEqual((1...5).map { scorer.itemScore(item("cr2"), answer: $0) }, [0, 2.5, 5, 7.5, 10])
    }

    func testFreq5Normalisation() {
        XCTAssertEqual((1...5).map { scorer.itemScore(item("dig1"), answer: $0) }, [0, 2.5, 5, 7.5, 10])
    }

    func testScore11Normalisation() {
        // s = 10·(v − 0)/10 = v
        XCTAssertEqual((0...10).map { scorer.itemScore(item("svt1"), answer: $0) }, (0...10).map(Double.init))
    }

    func testAantalNormalisationAndCap() {
        // s = 10·min(v, 5)/5: 0 → 0, 1 → 2, 2 → 4, 3 → 6, 4 → 8, 5 → 10
        XCTAssertEqual((0...5).map { scorer.itemScore(item("sr4"), answer: $0) }, [0, 2, 4, 6, 8, 10])
        // 7 is scored as 5 → 10.0; so is any larger count
        XCTAssertEqual(scorer.itemScore(item("sr4"), answer: 7), 10.0)
        XCTAssertEqual(scorer.itemScore(item("sr4"), answer: 6), 10.0)
        XCTAssertEqual(scorer.itemScore(item("sr4"), answer: 1_000_000), 10.0)
    }

    func testReverseKeyingOnEens5() {
        // v' = 1 + 5 − v: 1 → 5 (10), 2 → 4 (7.5), 3 → 3 (5), 4 → 2 (2.5), 5 → 1 (0)
        for id in ["coh4", "bin3", "vb2", "vb4", "zr2", "zr3", "sr3"] {
            XCTAssertEqual((1...5).map { scorer.itemScore(item(id), answer: $0) }, [10, 7.5, 5, 2.5, 0], id)
        }
    }

    func testReverseKeyingOnOtherScales() throws {
        // A reversed score11 item: v' = 0 + 10 − v, so 3 → 7 → 7.0.
        // A reversed aantal item: capped first (7 → 5), then v' = 0 + 5 − 5 = 0 → 0.0; 1 → 4 → 8.0.
        let yaml = """
            id: omgekeerd
            version: 1
            title: Omgekeerd
            scales:
              score11: {min: 0, max: 10}
              aantal: {min: 0, max: 5, open: true}
            constructs:
              c:
                kind: hulpbron
                name: C
            items:
              - {id: a, construct: c, scale: score11, reverse: true, text: A}
              - {id: b, construct: c, scale: aantal, reverse: true, text: B}
            """
        let scorer = Scorer(try Instrument(yaml: yaml))
        XCTAssertEqual(scorer.itemScore(0, answer: 3), 7.0)
        XCTAssertEqual(scorer.itemScore(0, answer: 10), 0.0)
        XCTAssertEqual(scorer.itemScore(0, answer: 0), 10.0)
        XCTAssertEqual(scorer.itemScore(1, answer: 7), 0.0)
        XCTAssertEqual(scorer.itemScore(1, answer: 1), 8.0)
        // Both answered (k = 2, minimum 2): (7 + 8)/2 = 7.5
        XCTAssertEqual(scorer.scores([3, 1]), [7.5])
        XCTAssertEqual(scorer.scores([3, nil]), [nil])
    }

    // MARK: Constructs: ⌈2/3·k⌉ at the boundary

    func testThreeItemConstructNeedsTwo() {
        // sociaal_vertrouwen, k = 3, minimum 2: svt1 = 6 → 6, svt2 = 9 → 9; mean 7.5
        XCTAssertEqual(score(["svt1": 6, "svt2": 9], "sociaal_vertrouwen"), 7.5)
        XCTAssertNil(score(["svt1": 6], "sociaal_vertrouwen"))
        // all three: (6 + 9 + 3)/3 = 6
        XCTAssertEqual(score(["svt1": 6, "svt2": 9, "svt3": 3], "sociaal_vertrouwen"), 6.0)
        // digitaal_contact, k = 3 with mixed scales: dig1 = 5 → 10, dig3 = 2 → 2.5; mean 6.25
        XCTAssertEqual(score(["dig1": 5, "dig3": 2], "digitaal_contact"), 6.25)
        XCTAssertNil(score(["dig2": 5], "digitaal_contact"))
    }

    func testFourItemConstructNeedsThree() throws {
        // binding, k = 4, minimum 3: bin1 = 4 → 7.5, bin2 = 5 → 10, bin3 = 2 reversed → 4 → 7.5
        // mean (7.5 + 10 + 7.5)/3 = 25/3
        let value = try XCTUnwrap(score(["bin1": 4, "bin2": 5, "bin3": 2], "binding"))
        XCTAssertEqual(value, 25.0 / 3, accuracy: 1e-12)
        XCTAssertNil(score(["bin1": 4, "bin2": 5], "binding"))
        // samenredzaamheid, k = 4: sr1 = 3 → 5, sr2 = 4 → 7.5, sr4 = 7 → capped 5 → 10; mean 7.5
        XCTAssertEqual(score(["sr1": 3, "sr2": 4, "sr4": 7], "samenredzaamheid"), 7.5)
        XCTAssertNil(score(["sr1": 3, "sr4": 7], "samenredzaamheid"))
        // community_redzaamheid, k = 4: cr1 = 1 → 0, cr2 = 2 → 2.5, cr3 = 3 → 5; mean 2.5
        XCTAssertEqual(score(["cr1": 1, "cr2": 2, "cr3": 3], "community_redzaamheid"), 2.5)
        XCTAssertNil(score(["cr1": 1, "cr2": 2], "community_redzaamheid"))
    }

    func testFiveItemConstructNeedsFour() {
        // cohesie, k = 5, minimum 4: coh1 = 1 → 0, coh2 = 2 → 2.5, coh3 = 3 → 5, coh4 = 1 reversed → 5 → 10
        // mean (0 + 2.5 + 5 + 10)/4 = 4.375
        XCTAssertEqual(score(["coh1": 1, "coh2": 2, "coh3": 3, "coh4": 1], "cohesie"), 4.375)
        XCTAssertNil(score(["coh1": 1, "coh2": 2, "coh3": 3], "cohesie"))
        // all five, coh5 = 5 → 10: (0 + 2.5 + 5 + 10 + 10)/5 = 5.5
        XCTAssertEqual(score(["coh1": 1, "coh2": 2, "coh3": 3, "coh4": 1, "coh5": 5], "cohesie"), 5.5)
        // zelfredzaamheid, k = 5: zr1 = 5 → 10, zr2 = 1 rev → 10, zr3 = 2 rev → 7.5, zr4 = 4 → 7.5; mean 8.75
        XCTAssertEqual(score(["zr1": 5, "zr2": 1, "zr3": 2, "zr4": 4], "zelfredzaamheid"), 8.75)
        XCTAssertNil(score(["zr1": 5, "zr2": 1, "zr3": 2], "zelfredzaamheid"))
    }

    func testNoAnswersScoresNothing() {
        XCTAssertEqual(scorer.scores(TestSupport.answers([:])), [Double?](repeating: nil, count: 9))
    }

    func testScoresHaveOneSlotPerConstructInOrder() {
        // All 32 items at the middle of their scale (3 / 5 / 3 on aantal = 6): every item scores 5 except sr4 (6)
        var given: [String: Int] = [:]
        for item in instrument.items {
            switch instrument.scale(of: item).id {
            case "score11": given[item.id] = 5
            case "aantal": given[item.id] = 3
            default: given[item.id] = 3
            }
        }
        let scores = scorer.scores(TestSupport.answers(given))
        XCTAssertEqual(scores.count, 9)
        // samenredzaamheid: (5 + 5 + 5 + 6)/4 = 5.25; veerkracht: (5 + 5.25 + 5)/3 = 5.0833…
        XCTAssertEqual(scores[0...5].map { $0 }, [5, 5, 5, 5, 5, 5])
        XCTAssertEqual(scores[6], 5.25)
        XCTAssertEqual(scores[7], 5)
        XCTAssertEqual(scores[8] ?? .nan, 15.25 / 3, accuracy: 1e-12)
    }

    // MARK: Composite

    func testVeerkrachtWithTwoOfThreeIsTheirMean() {
        // zelfredzaamheid 8.75 (see above), samenredzaamheid 7.5, community missing → (8.75 + 7.5)/2 = 8.125
        let given = ["zr1": 5, "zr2": 1, "zr3": 2, "zr4": 4, "sr1": 3, "sr2": 4, "sr4": 7]
        XCTAssertNil(score(given, "community_redzaamheid"))
        XCTAssertEqual(score(given, "veerkracht"), 8.125)
    }

    func testVeerkrachtWithAllThree() {
        // 8.75, 7.5 and community_redzaamheid 2.5 → 18.75/3 = 6.25
        let given = ["zr1": 5, "zr2": 1, "zr3": 2, "zr4": 4, "sr1": 3, "sr2": 4, "sr4": 7, "cr1": 1, "cr2": 2, "cr3": 3]
        XCTAssertEqual(score(given, "veerkracht"), 6.25)
    }

    func testVeerkrachtWithOnlyOneIsMissing() {
        // only zelfredzaamheid (8.75) present
        let given = ["zr1": 5, "zr2": 1, "zr3": 2, "zr4": 4, "sr1": 3, "sr2": 4]
        XCTAssertEqual(score(given, "zelfredzaamheid"), 8.75)
        XCTAssertNil(score(given, "samenredzaamheid"))
        XCTAssertNil(score(given, "veerkracht"))
    }

    func testVeerkrachtIgnoresHulpbronnen() {
        // hulpbronnen fully answered, but no redzaamheid → no veerkracht
        let given = ["coh1": 5, "coh2": 5, "coh3": 5, "coh4": 1, "coh5": 5, "svt1": 10, "svt2": 10, "svt3": 10]
        XCTAssertEqual(score(given, "cohesie"), 10)
        XCTAssertNil(score(given, "veerkracht"))
    }

    func testCompositeDeclaredBeforeItsPartsStillScores() throws {
        // Surveys/README.md allows constructs in any order ("in the order reports show them").
        // A composite listed first must still be the mean of its parts: (10 + 0)/2 = 5.
        let yaml = """
            id: volgorde
            version: 1
            title: Volgorde
            scales:
              eens5: {min: 1, max: 5}
            constructs:
              totaal: {kind: composite, name: Totaal, of: [a, b]}
              a: {kind: hulpbron, name: A}
              b: {kind: hulpbron, name: B}
            items:
              - {id: a1, construct: a, scale: eens5, text: A1}
              - {id: b1, construct: b, scale: eens5, text: B1}
            """
        let instrument = try Instrument(yaml: yaml)
        XCTAssertEqual(instrument.constructs.map(\.id), ["totaal", "a", "b"])
        let scores = Scorer(instrument).scores([5, 1])
        XCTAssertEqual(scores[1], 10)
        XCTAssertEqual(scores[2], 0)
        XCTAssertEqual(scores[0], 5, "composite declared before its parts should score the mean of its parts")
    }

    // MARK: Complete item rows (for Cronbach's α)

    func testCompleteItemScores() {
        // binding: bin1 = 4 → 7.5, bin2 = 5 → 10, bin3 = 2 reversed → 4 → 7.5, bin4 = 1 → 0
        let full = TestSupport.answers(["bin1": 4, "bin2": 5, "bin3": 2, "bin4": 1])
        XCTAssertEqual(scorer.completeItemScores(full, construct: construct("binding")), [7.5, 10, 7.5, 0])
        // one missing → nil, even though the construct still has a score
        let partial = TestSupport.answers(["bin1": 4, "bin2": 5, "bin3": 2])
        XCTAssertNil(scorer.completeItemScores(partial, construct: construct("binding")))
        XCTAssertNotNil(scorer.scores(partial)[construct("binding")])
        // samenredzaamheid: sr1 = 1 → 0, sr2 = 2 → 2.5, sr3 = 5 reversed → 1 → 0, sr4 = 9 → capped 5 → 10
        let sr = TestSupport.answers(["sr1": 1, "sr2": 2, "sr3": 5, "sr4": 9])
        XCTAssertEqual(scorer.completeItemScores(sr, construct: construct("samenredzaamheid")), [0, 2.5, 0, 10])
    }

    func testCompleteItemScoresOfCompositeIsNil() {
        var given: [String: Int] = [:]
        for item in instrument.items { given[item.id] = 3 }
        XCTAssertNil(scorer.completeItemScores(TestSupport.answers(given), construct: construct("veerkracht")))
    }

    // MARK: Categories

    func testCategoriesAtThresholds() {
        let thresholds = instrument.thresholds
        XCTAssertEqual(thresholds.category(of: 0), .laag)
        XCTAssertEqual(thresholds.category(of: 3.999), .laag)
        XCTAssertEqual(thresholds.category(of: 4.0.nextDown), .laag)
        XCTAssertEqual(thresholds.category(of: 4.0), .midden)
        XCTAssertEqual(thresholds.category(of: 6.999), .midden)
        XCTAssertEqual(thresholds.category(of: 7.0.nextDown), .midden)
        XCTAssertEqual(thresholds.category(of: 7.0), .hoog)
        XCTAssertEqual(thresholds.category(of: 10), .hoog)
    }

    func testCustomThresholds() {
        let thresholds = CategoryThresholds(low: 5, high: 8)
        XCTAssertEqual(thresholds.category(of: 4.999), .laag)
        XCTAssertEqual(thresholds.category(of: 5), .midden)
        XCTAssertEqual(thresholds.category(of: 7.999), .midden)
        XCTAssertEqual(thresholds.category(of: 8), .hoog)
    }

    func testScoredCategoryOfComputedScore() throws {
        // cohesie 4.375 (see above) → midden; binding 25/3 → hoog; community 2.5 → laag
        let given = ["coh1": 1, "coh2": 2, "coh3": 3, "coh4": 1, "bin1": 4, "bin2": 5, "bin3": 2,
                     "cr1": 1, "cr2": 2, "cr3": 3]
        let scores = scorer.scores(TestSupport.answers(given))
        XCTAssertEqual(instrument.thresholds.category(of: try XCTUnwrap(scores[construct("cohesie")])), .midden)
        XCTAssertEqual(instrument.thresholds.category(of: try XCTUnwrap(scores[construct("binding")])), .hoog)
        XCTAssertEqual(instrument.thresholds.category(of: try XCTUnwrap(scores[construct("community_redzaamheid")])), .laag)
    }
}
