import VeerkrachtCore
@testable import VeerkrachtReports
import VeerkrachtSurveys
import XCTest

/// Every rule of the kernboodschappen on figures made for it: what it says, that it says nothing
/// without figures, and that it never speaks of a withheld cell.
///
/// Reference values (sd 1 throughout): 95% intervals mean ± scipy.stats.t.ppf(0.975, n − 1)/√n:
/// n 40 → ± 0.3198 (7,5: 7.1802–7.8198; 7,0: 6.6802–7.3198; 6,35: 6.0302–6.6698; 5,0: 4.6802–5.3198),
/// n 400 → ± 0.0983 (6,0: 5.9017–6.0983). Welch: scipy.stats.ttest_ind_from_stats(5.0, 1, 40, 6.0, 1, 40,
/// equal_var=False) → p = 2.6e-05 (significant); (5.0, 1, 40, 5.2, 1, 40, equal_var=False) → p = 0.374 (not).
final class KeyMessagesTests: XCTestCase {
    private let instrument = try! Instrument(yaml: BundledInstruments.veerkrachtmeterV1)
    private let policy = DisclosurePolicy()

    private func distribution(_ n: Int, mean: Double, laag: Int = 0) -> ScoreDistribution {
        ScoreDistribution(moments: Moments(count: n, mean: mean, sumOfSquaredDeviations: Double(n - 1)), laag: laag, hoog: 0)
    }

    /// Report rows for the instrument's constructs: `levels` at the meting (others have no
    /// respondents), `comparison` as the gemeente, `changes` from → to when a previous meting is asked.
    private func results(_ levels: [String: ScoreDistribution], comparison: [String: ScoreDistribution] = [:],
                         changes: [String: (ScoreDistribution, ScoreDistribution)]? = nil,
                         withheld: [String: WithheldParts] = [:], pooling: [String: Pooling] = [:]) -> [ConstructResult] {
        instrument.results(cells: levels.map { ScoreCell(meting: "2026-voorjaar", area: "WK077201", construct: $0.key, distribution: $0.value) },
                           comparison: comparison.map { ScoreCell(meting: "2026-voorjaar", area: "GM0772", construct: $0.key, distribution: $0.value) },
                           change: changes.map { $0.map { ChangeCell(area: "WK077201", construct: $0.key, from: $0.value.0, to: $0.value.1,
                                                                      panel: PanelChange(ReliableChange.Tally(sDiff: nil))) } },
                           policy: policy, withheld: withheld, pooling: pooling)
    }

    private var gemeente: [String: ScoreDistribution] {
        Dictionary(uniqueKeysWithValues: ["cohesie", "binding", "sociaal_vertrouwen", "digitaal_contact"].map { ($0, distribution(400, mean: 6)) })
    }

    // MARK: Rule 1

    func testTheWijkNamesItsStrongestAndWeakestHulpbronOnlyWhereTheIntervalsDoNotOverlap() {
        // digitaal contact 7.1802–7.8198 and cohesie 6.6802–7.3198 lie above 5.9017–6.0983, binding 4.6802–5.3198
        // below; sociaal vertrouwen 6.0302–6.6698 overlaps, though 6,35 is above 6,0.
        let wijk = results(["cohesie": distribution(40, mean: 7), "binding": distribution(40, mean: 5),
                            "sociaal_vertrouwen": distribution(40, mean: 6.35), "digitaal_contact": distribution(40, mean: 7.5)],
                           comparison: gemeente)
        XCTAssertEqual(KeyMessages.contrast(wijk.filter { $0.kind == .hulpbron }),
                       "Vergeleken met de gemeente scoort de wijk duidelijk hoger op digitaal contact (7,5 tegen 6,0) en duidelijk lager "
                       + "op binding met de buurt (5,0 tegen 6,0); daar overlappen de 95%-intervallen van wijk en gemeente niet.")
        let close = results(["sociaal_vertrouwen": distribution(40, mean: 6.35)], comparison: gemeente)
        XCTAssertEqual(KeyMessages.contrast(close.filter { $0.kind == .hulpbron }),
                       "Op geen enkele hulpbron verschilt de wijk duidelijk van de gemeente: de 95%-intervallen van wijk en gemeente overlappen steeds.")
        XCTAssertNil(KeyMessages.contrast(results([:], comparison: gemeente).filter { $0.kind == .hulpbron }), "no figures, no sentence")
    }

    func testTheWijkSaysNothingAboutAWithheldHulpbron() {
        let levels = ["cohesie": distribution(40, mean: 7), "binding": distribution(40, mean: 5), "digitaal_contact": distribution(40, mean: 7.5),
                      "sociaal_vertrouwen": distribution(6, mean: 9)]
        let withheld = results(levels, comparison: gemeente, withheld: ["digitaal_contact": .level],
                               pooling: ["binding": Pooling(group: "Noord", parts: .level)])
        let sentences = KeyMessages.wijk(constructs: withheld, previous: nil, previousVeerkracht: nil, output: nil)
        XCTAssertEqual(sentences, ["Vergeleken met de gemeente scoort de wijk duidelijk hoger op cohesie in straat en buurt (7,0 tegen 6,0); "
                                   + "daar overlappen de 95%-intervallen van wijk en gemeente niet."])
        for name in ["digitaal", "binding", "vertrouwen", "9,0"] { XCTAssertFalse(sentences[0].contains(name), name) }
    }

    func testTheGemeenteNamesItsHighestAndLowestHulpbron() {
        let headline = results(["cohesie": distribution(400, mean: 5.7), "binding": distribution(400, mean: 5.6),
                                "sociaal_vertrouwen": distribution(400, mean: 5.8), "digitaal_contact": distribution(400, mean: 6.04)])
        XCTAssertEqual(KeyMessages.extremes(headline.filter { $0.kind == .hulpbron }),
                       "Van de hulpbronnen scoort digitaal contact in de gemeente het hoogst (6,0) en binding met de buurt het laagst (5,6).")
        XCTAssertNil(KeyMessages.extremes(results(["cohesie": distribution(400, mean: 5.7)]).filter { $0.kind == .hulpbron }),
                     "one hulpbron has no highest and lowest")
    }

    // MARK: Rule 2

    func testSignificantChangesAreNamedWithBothMeans() {
        let wijk = results(["cohesie": distribution(40, mean: 6), "binding": distribution(40, mean: 5), "sociaal_vertrouwen": distribution(40, mean: 5.2),
                            "digitaal_contact": distribution(40, mean: 6)],
                           changes: ["cohesie": (distribution(40, mean: 5), distribution(40, mean: 6)),
                                     "binding": (distribution(40, mean: 6), distribution(40, mean: 5)),
                                     "sociaal_vertrouwen": (distribution(40, mean: 5), distribution(40, mean: 5.2)),
                                     "digitaal_contact": (distribution(40, mean: 5), distribution(40, mean: 6))],
                           withheld: ["digitaal_contact": .change])
        XCTAssertEqual(KeyMessages.changes(wijk, since: "2025-voorjaar", place: "in de wijk"),
                       "Sinds meting 2025-voorjaar steeg in de wijk de score voor cohesie in straat en buurt (van 5,0 naar 6,0) significant, "
                       + "en daalde die voor binding met de buurt (van 6,0 naar 5,0) significant.")
        let still = results(["sociaal_vertrouwen": distribution(40, mean: 5.2)],
                            changes: ["sociaal_vertrouwen": (distribution(40, mean: 5), distribution(40, mean: 5.2))])
        XCTAssertEqual(KeyMessages.changes(still, since: "2025-voorjaar", place: "in de wijk"),
                       "Sinds meting 2025-voorjaar veranderde in de wijk geen enkele score significant.")
        let tooFew = results(["cohesie": distribution(40, mean: 6)], changes: ["cohesie": (distribution(6, mean: 2), distribution(40, mean: 6))])
        XCTAssertNil(KeyMessages.changes(tooFew, since: "2025-voorjaar", place: "in de wijk"), "no change shown, no sentence")
        XCTAssertEqual(KeyMessages.wijk(constructs: wijk, previous: nil, previousVeerkracht: nil, output: nil).count, 0,
                       "without a previous meting no change is spoken of")
    }

    func testTheGemeenteNamesOnlyWijkenWhoseChangeIsShown() {
        let up = ["cohesie": (distribution(40, mean: 5), distribution(40, mean: 6))]
        let rows = [GemeenteReport.WijkRow(wijk: AreaInfo(code: "WK077201", name: "Centrum"), respondents: 40,
                                           constructs: results(["cohesie": distribution(40, mean: 6)], changes: up)),
                    GemeenteReport.WijkRow(wijk: AreaInfo(code: "WK077202", name: "Stratum"), respondents: 40,
                                           constructs: results(["cohesie": distribution(40, mean: 5.2)],
                                                               changes: ["cohesie": (distribution(40, mean: 5), distribution(40, mean: 5.2))])),
                    GemeenteReport.WijkRow(wijk: AreaInfo(code: "WK077203", name: "Strijp"), respondents: 40,
                                           constructs: results(["cohesie": distribution(40, mean: 6)], changes: up, withheld: ["cohesie": .change])),
                    GemeenteReport.WijkRow(wijk: AreaInfo(code: "WK077208", name: "Achtse Barrier"), respondents: 6,
                                           constructs: results(["cohesie": distribution(6, mean: 9)], changes: ["cohesie": (distribution(6, mean: 1), distribution(6, mean: 9))]))]
        XCTAssertEqual(KeyMessages.changedWijken(rows),
                       "In 1 van de 2 wijken met genoeg respondenten veranderde minstens één score significant: Centrum.")
        XCTAssertNil(KeyMessages.changedWijken(Array(rows.dropFirst())), "no wijk changed significantly: the gemeente's sentence says enough")
    }

    // MARK: Rule 3

    func testTheShareWithLowVeerkrachtAndHowItMoved() {
        // 6 of 40 = 15,0%; 8 of 40 = 20,0%; of fewer than 30 respondents the count: 4 of 25.
        let now = results(["veerkracht": distribution(40, mean: 6, laag: 6)])
        XCTAssertEqual(KeyMessages.lowVeerkracht(now, previous: "2025-voorjaar", before: ScoreFigures(distribution(40, mean: 6, laag: 8), policy: policy)),
                       "Bij 15,0% van de ondervraagde bewoners is de sociale veerkracht laag; bij meting 2025-voorjaar was dat 20,0%.")
        let small = results(["veerkracht": distribution(25, mean: 6, laag: 4)])
        XCTAssertEqual(KeyMessages.lowVeerkracht(small, previous: "2025-voorjaar", before: ScoreFigures(distribution(6, mean: 6, laag: 3), policy: policy)),
                       "Bij 4 van de 25 ondervraagde bewoners is de sociale veerkracht laag.", "a withheld previous share is not compared")
        let shown = { (results: [ConstructResult]) in results.filter { $0.figures.values != nil } }
        XCTAssertNil(KeyMessages.lowVeerkracht(shown(results(["veerkracht": distribution(6, mean: 6, laag: 3)])), previous: nil, before: nil))
        XCTAssertNil(KeyMessages.lowVeerkracht(shown(results(["veerkracht": distribution(40, mean: 6, laag: 6)], withheld: ["veerkracht": .level])),
                                               previous: nil, before: nil))
    }

    // MARK: Rule 4

    func testTheOutputAimedAtTheHulpbronnenThatMovedInTheSamePeriod() {
        var totals = OutputTotals()
        totals.perHulpbron = ["cohesie": 8, "digitaal_contact": 1, "binding": 12]
        let output = OutputSection(period: OutputPeriod(from: "2025-05-29", to: "2026-05-28"), totals: totals,
                                   hulpbronnen: instrument.constructs.filter { $0.kind == .hulpbron })
        let moved = results(["cohesie": distribution(40, mean: 6), "sociaal_vertrouwen": distribution(40, mean: 5),
                             "binding": distribution(40, mean: 5.2)],
                            changes: ["cohesie": (distribution(40, mean: 5), distribution(40, mean: 6)),
                                      "sociaal_vertrouwen": (distribution(40, mean: 6), distribution(40, mean: 5)),
                                      "binding": (distribution(40, mean: 5), distribution(40, mean: 5.2))])
        XCTAssertEqual(KeyMessages.outputForMoved(moved, output: output),
                       "In dezelfde periode waren er 8 activiteiten gericht op cohesie in straat en buurt en geen activiteiten gericht op "
                       + "sociaal vertrouwen, de hulpbronnen die significant veranderden.")
        XCTAssertNil(KeyMessages.outputForMoved(moved, output: nil), "no output, no sentence")
        XCTAssertNil(KeyMessages.outputForMoved(Array(moved.filter { $0.id == "binding" }), output: output), "nothing moved, no sentence")
    }

    // MARK: All rules together

    func testAtMostFiveSentencesAndNeverACause() {
        var totals = OutputTotals()
        totals.perHulpbron = ["cohesie": 8]
        let output = OutputSection(period: OutputPeriod(from: "2025-05-29", to: "2026-05-28"), totals: totals,
                                   hulpbronnen: instrument.constructs.filter { $0.kind == .hulpbron })
        let up = (distribution(40, mean: 5), distribution(40, mean: 6))
        let ids = instrument.constructs.map(\.id)
        let all = results(Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, distribution(40, mean: 6 + 0.1 * Double($0), laag: 6)) }),
                          comparison: gemeente,
                          changes: Dictionary(uniqueKeysWithValues: ids.map { ($0, up) }))
        let rows = [GemeenteReport.WijkRow(wijk: AreaInfo(code: "WK077201", name: "Centrum"), respondents: 40, constructs: all)]
        let before = ScoreFigures(distribution(40, mean: 5, laag: 8), policy: policy)
        let wijk = KeyMessages.wijk(constructs: all, previous: "2025-voorjaar", previousVeerkracht: before, output: output)
        let gemeente = KeyMessages.gemeente(headline: all, wijken: rows, previous: "2025-voorjaar", previousVeerkracht: before, output: output)
        XCTAssertEqual(wijk.count, 4)
        XCTAssertEqual(gemeente.count, KeyMessages.maximum, gemeente.joined(separator: "\n"))
        XCTAssertEqual(KeyMessages.gemeente(headline: results([:]), wijken: [], previous: "2025-voorjaar", previousVeerkracht: nil, output: output), [],
                       "a gemeente without figures gets no sentence")
        for sentence in wijk + gemeente { assertNoCause(sentence) }
    }
}

/// Fails when `text` says why something happened: the kernboodschappen put figures side by side.
func assertNoCause(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
    let causal: Set = ["door", "doordat", "daardoor", "waardoor", "dankzij", "zorgde", "zorgden", "effect", "effecten", "omdat",
                       "leidde", "leidden", "veroorzaakt", "resultaat", "gevolg"]
    XCTAssertTrue(words.isDisjoint(with: causal), "causal wording in: \(text)", file: file, line: line)
}
