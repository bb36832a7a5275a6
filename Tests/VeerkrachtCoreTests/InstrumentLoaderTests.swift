import XCTest
import VeerkrachtCore
import VeerkrachtSurveys

/// The bundled Veerkrachtmeter v1 against SPEC §2, and the loader's checks (Surveys/README.md).
final class BundledInstrumentTests: XCTestCase {
    private let instrument = TestSupport.veerkrachtmeter

    /// SPEC §2 item table: id, construct, scale, reverse.
    private let specTable: [(id: String, construct: String, scale: String, reverse: Bool)] = [
        ("coh1", "cohesie", "eens5", false), ("coh2", "cohesie", "eens5", false),
        ("coh3", "cohesie", "eens5", false), ("coh4", "cohesie", "eens5", true),
        ("coh5", "cohesie", "eens5", false),
        ("bin1", "binding", "eens5", false), ("bin2", "binding", "eens5", false),
        ("bin3", "binding", "eens5", true), ("bin4", "binding", "eens5", false),
        ("svt1", "sociaal_vertrouwen", "score11", false), ("svt2", "sociaal_vertrouwen", "score11", false),
        ("svt3", "sociaal_vertrouwen", "score11", false),
        ("vb1", "veranderingsbereidheid", "eens5", false), ("vb2", "veranderingsbereidheid", "eens5", true),
        ("vb3", "veranderingsbereidheid", "eens5", false), ("vb4", "veranderingsbereidheid", "eens5", true),
        ("dig1", "digitaal_contact", "freq5", false), ("dig2", "digitaal_contact", "freq5", false),
        ("dig3", "digitaal_contact", "eens5", false),
        ("zr1", "zelfredzaamheid", "eens5", false), ("zr2", "zelfredzaamheid", "eens5", true),
        ("zr3", "zelfredzaamheid", "eens5", true), ("zr4", "zelfredzaamheid", "eens5", false),
        ("zr5", "zelfredzaamheid", "eens5", false),
        ("sr1", "samenredzaamheid", "eens5", false), ("sr2", "samenredzaamheid", "eens5", false),
        ("sr3", "samenredzaamheid", "eens5", true), ("sr4", "samenredzaamheid", "aantal", false),
        ("cr1", "community_redzaamheid", "eens5", false), ("cr2", "community_redzaamheid", "kans5", false),
        ("cr3", "community_redzaamheid", "kans5", false), ("cr4", "community_redzaamheid", "eens5", false),
    ]

    func testIdentity() {
        XCTAssertEqual(instrument.id, "veerkrachtmeter")
        XCTAssertEqual(instrument.version, 1)
        XCTAssertEqual(instrument.reference, "veerkrachtmeter v1")
        XCTAssertEqual(instrument.title, "Veerkrachtmeter")
        XCTAssertEqual(instrument.missingLabel, "weet niet / wil niet zeggen")
        XCTAssertFalse(instrument.description.isEmpty)
    }

    func testHas32ItemsInSpecOrder() {
        XCTAssertEqual(instrument.items.count, 32)
        XCTAssertEqual(instrument.items.map(\.id), specTable.map(\.id))
        for item in instrument.items {
            XCTAssertFalse(item.text.isEmpty, "item \(item.id) has text")
        }
    }

    func testItemsMatchSpecTable() {
        XCTAssertEqual(instrument.items.count, specTable.count)
        for (item, row) in zip(instrument.items, specTable) {
            XCTAssertEqual(item.id, row.id)
            XCTAssertEqual(item.constructIndex.map { instrument.constructs[$0].id }, row.construct, "construct of \(row.id)")
            XCTAssertEqual(instrument.scale(of: item).id, row.scale, "scale of \(row.id)")
            XCTAssertEqual(item.isReversed, row.reverse, "reverse flag of \(row.id)")
        }
    }

    func testReversedItemsAreExactlyThoseOfSpec() {
        let reversed = instrument.items.filter(\.isReversed).map(\.id)
        XCTAssertEqual(reversed, ["coh4", "bin3", "vb2", "vb4", "zr2", "zr3", "sr3"])
        for id in ["coh4", "bin3", "vb2", "vb4", "zr2", "zr3", "sr3"] {
            let index = instrument.itemIndex(id)
            XCTAssertNotNil(index, id)
            if let index { XCTAssertTrue(instrument.items[index].isReversed, "\(id) is reversed") }
        }
    }

    func testNineConstructsInFileOrder() {
        XCTAssertEqual(instrument.constructs.map(\.id), [
            "cohesie", "binding", "sociaal_vertrouwen", "veranderingsbereidheid", "digitaal_contact",
            "zelfredzaamheid", "samenredzaamheid", "community_redzaamheid", "veerkracht",
        ])
        XCTAssertEqual(instrument.constructs.map(\.kind), [
            .hulpbron, .hulpbron, .hulpbron, .hulpbron, .hulpbron,
            .redzaamheid, .redzaamheid, .redzaamheid, .composite,
        ])
        for construct in instrument.constructs {
            XCTAssertFalse(construct.name.isEmpty, construct.id)
        }
    }

    func testVeerkrachtIsCompositeOfTheRedzaamheidConstructsWithMinimumTwo() throws {
        let index = try XCTUnwrap(instrument.constructIndex("veerkracht"))
        let parts = ["zelfredzaamheid", "samenredzaamheid", "community_redzaamheid"].compactMap(instrument.constructIndex)
        XCTAssertEqual(parts.count, 3)
        XCTAssertEqual(instrument.constructs[index].scoring, .composite(indices: parts, minimumPresent: 2))
    }

    func testItemConstructsUseTwoThirdsRule() throws {
        // ⌈2/3·k⌉: cohesie k=5 → 4, binding 4 → 3, sociaal_vertrouwen 3 → 2, veranderingsbereidheid 4 → 3,
        // digitaal_contact 3 → 2, zelfredzaamheid 5 → 4, samenredzaamheid 4 → 3, community_redzaamheid 4 → 3.
        let expected: [String: (k: Int, minimum: Int)] = [
            "cohesie": (5, 4), "binding": (4, 3), "sociaal_vertrouwen": (3, 2), "veranderingsbereidheid": (4, 3),
            "digitaal_contact": (3, 2), "zelfredzaamheid": (5, 4), "samenredzaamheid": (4, 3),
            "community_redzaamheid": (4, 3),
        ]
        for (constructIndex, construct) in instrument.constructs.enumerated() where construct.kind != .composite {
            guard case let .items(indices, minimumAnswered) = construct.scoring else {
                XCTFail("\(construct.id) should be scored from items"); continue
            }
            let want = try XCTUnwrap(expected[construct.id], construct.id)
            XCTAssertEqual(indices.count, want.k, construct.id)
            XCTAssertEqual(minimumAnswered, want.minimum, construct.id)
            XCTAssertEqual(indices, instrument.items.indices.filter { instrument.items[$0].constructIndex == constructIndex })
        }
    }

    func testDefaultMinimumAnswered() {
        // ⌈2k/3⌉ for k = 1…9: 1, 2, 2, 3, 4, 4, 5, 6, 6
        XCTAssertEqual((1...9).map { defaultMinimumAnswered(itemCount: $0) }, [1, 2, 2, 3, 4, 4, 5, 6, 6])
        XCTAssertEqual(defaultMinimumAnswered(itemCount: 3), 2)
        XCTAssertEqual(defaultMinimumAnswered(itemCount: 4), 3)
        XCTAssertEqual(defaultMinimumAnswered(itemCount: 5), 4)
    }

    func testThresholds() {
        XCTAssertEqual(instrument.thresholds.low, 4.0)
        XCTAssertEqual(instrument.thresholds.high, 7.0)
        XCTAssertEqual(instrument.thresholds, CategoryThresholds())
    }

    func testScales() throws {
        XCTAssertEqual(instrument.scales.map(\.id), ["eens5", "kans5", "freq5", "score11", "aantal"])
        let byID = Dictionary(uniqueKeysWithValues: instrument.scales.map { ($0.id, $0) })
        for id in ["eens5", "kans5", "freq5"] {
            let scale = try XCTUnwrap(byID[id])
            XCTAssertEqual(scale.minimum, 1, id)
            XCTAssertEqual(scale.maximum, 5, id)
            XCTAssertFalse(scale.isOpen, id)
            XCTAssertEqual(scale.labels.map(\.value), [1, 2, 3, 4, 5], id)
        }
        let score11 = try XCTUnwrap(byID["score11"])
        XCTAssertEqual([score11.minimum, score11.maximum], [0, 10])
        XCTAssertFalse(score11.isOpen)
        let aantal = try XCTUnwrap(byID["aantal"])
        XCTAssertEqual([aantal.minimum, aantal.maximum], [0, 5])
        XCTAssertTrue(aantal.isOpen)
        XCTAssertEqual(byID["eens5"]?.labels.first?.text, "helemaal mee oneens")
    }

    func testSr4IsOnOpenScaleAantal() throws {
        let sr4 = try XCTUnwrap(instrument.itemIndex("sr4"))
        let scale = instrument.scale(of: instrument.items[sr4])
        XCTAssertEqual(scale.id, "aantal")
        XCTAssertTrue(scale.isOpen)
        XCTAssertTrue(scale.accepts(0))
        XCTAssertTrue(scale.accepts(5))
        XCTAssertTrue(scale.accepts(12))
        XCTAssertFalse(scale.accepts(-1))
    }

    func testScaleAcceptsOnlyItsRange() throws {
        let eens5 = try XCTUnwrap(instrument.scales.first { $0.id == "eens5" })
        XCTAssertEqual((-1...7).filter(eens5.accepts), [1, 2, 3, 4, 5])
        let score11 = try XCTUnwrap(instrument.scales.first { $0.id == "score11" })
        XCTAssertEqual((-1...12).filter(score11.accepts), Array(0...10))
    }

    func testLookups() {
        XCTAssertEqual(instrument.itemIndex("coh1"), 0)
        XCTAssertEqual(instrument.itemIndex("cr4"), 31)
        XCTAssertNil(instrument.itemIndex("coh6"))
        XCTAssertEqual(instrument.constructIndex("cohesie"), 0)
        XCTAssertEqual(instrument.constructIndex("veerkracht"), 8)
        XCTAssertNil(instrument.constructIndex("onbekend"))
    }

    func testBundledTextIsStableAcrossLoads() throws {
        XCTAssertEqual(try Instrument(yaml: BundledInstruments.veerkrachtmeterV1), instrument)
    }
}

/// The loader's checks on small hand-written files. Every error names the line of the offending node.
final class InstrumentLoaderErrorTests: XCTestCase {
    /// A minimal valid instrument. Line numbers (1-based) are used by the tests below.
    private static let baseLines: [String] = [
        "id: mini",                 // 1
        "version: 1",               // 2
        "title: Mini",              // 3
        "scales:",                  // 4
        "  eens5:",                 // 5
        "    min: 1",               // 6
        "    max: 5",               // 7
        "    labels:",              // 8
        "      1: oneens",          // 9
        "      5: eens",            // 10
        "items:",                   // 11
        "  - id: coh1",             // 12
        "    construct: cohesie",   // 13
        "    scale: eens5",         // 14
        "    text: Vraag een.",     // 15
        "  - id: coh2",             // 16
        "    construct: cohesie",   // 17
        "    scale: eens5",         // 18
        "    reverse: true",        // 19
        "    text: Vraag twee.",    // 20
        "constructs:",              // 21
        "  cohesie:",               // 22
        "    kind: hulpbron",       // 23
        "    name: Cohesie",        // 24
    ]

    /// The base file with some lines replaced (by 1-based number) and lines appended at the end.
    private func mini(replacing: [Int: String] = [:], appending: [String] = []) -> String {
        var lines = Self.baseLines
        for (number, text) in replacing { lines[number - 1] = text }
        return (lines + appending).joined(separator: "\n") + "\n"
    }

    private func assertContains(_ errors: [InstrumentError], line: Int?, _ message: String,
                                file: StaticString = #filePath, lineNumber: UInt = #line) {
        XCTAssertTrue(errors.contains(InstrumentError(line: line, message)),
                      "expected 'line \(line.map(String.init) ?? "-"): \(message)' among:\n\(InstrumentErrors(errors))",
                      file: file, line: lineNumber)
    }

    func testBaseLoads() throws {
        let instrument = try Instrument(yaml: mini())
        XCTAssertEqual(instrument.id, "mini")
        XCTAssertEqual(instrument.items.map(\.id), ["coh1", "coh2"])
        XCTAssertEqual(instrument.items.map(\.isReversed), [false, true])
        XCTAssertEqual(instrument.constructs.map(\.id), ["cohesie"])
        // k = 2 → ⌈4/3⌉ = 2
        XCTAssertEqual(instrument.constructs[0].scoring, .items(indices: [0, 1], minimumAnswered: 2))
        XCTAssertEqual(instrument.thresholds, CategoryThresholds(low: 4, high: 7))
        XCTAssertEqual(instrument.missingLabel, "weet niet / wil niet zeggen")
        XCTAssertEqual(instrument.scales[0].labels.map(\.value), [1, 5])
        XCTAssertEqual(instrument.scales[0].labels.map(\.text), ["oneens", "eens"])
    }

    func testUnknownScale() {
        let errors = TestSupport.loadErrors(mini(replacing: [14: "    scale: eens7"]))
        XCTAssertEqual(errors, [InstrumentError(line: 14, "item 'coh1': unknown scale 'eens7' (known scales: eens5)")])
        XCTAssertEqual(errors.first?.description, "line 14: item 'coh1': unknown scale 'eens7' (known scales: eens5)")
    }

    func testDuplicateItemIDNamesTheFirstLine() {
        let errors = TestSupport.loadErrors(mini(replacing: [16: "  - id: coh1"]))
        XCTAssertEqual(errors, [InstrumentError(line: 16, "duplicate item id 'coh1' (first used on line 12)")])
    }

    func testConstructWithoutItems() {
        let errors = TestSupport.loadErrors(mini(appending: [
            "  binding:",               // 25
            "    kind: hulpbron",       // 26
            "    name: Binding",        // 27
        ]))
        XCTAssertEqual(errors, [InstrumentError(line: 26, "construct 'binding' has no items (add items with 'construct: binding')")])
    }

    func testUnknownKeyTypo() {
        let errors = TestSupport.loadErrors(mini(replacing: [19: "    reversed: true"]))
        XCTAssertEqual(errors, [InstrumentError(
            line: 19, "item 2: unknown key 'reversed' (allowed: background, construct, id, reverse, scale, source, text)")])
    }

    func testUnknownTopLevelKey() {
        let errors = TestSupport.loadErrors(mini(appending: ["titel: Mini"]))  // line 25
        XCTAssertEqual(errors.count, 1, "\(errors)")
        XCTAssertEqual(errors.first?.line, 25)
        XCTAssertTrue(errors.first?.message.hasPrefix("the file: unknown key 'titel'") ?? false, "\(errors)")
    }

    func testUnknownConstructKind() {
        let errors = TestSupport.loadErrors(mini(replacing: [23: "    kind: hulpbronnen"]))
        assertContains(errors, line: 23,
                       "construct 'cohesie': unknown kind 'hulpbronnen' (use one of: hulpbron, redzaamheid, composite)")
        XCTAssertEqual(errors.first, InstrumentError(
            line: 23, "construct 'cohesie': unknown kind 'hulpbronnen' (use one of: hulpbron, redzaamheid, composite)"))
    }

    func testCompositeReferringToUnknownConstruct() {
        let errors = TestSupport.loadErrors(mini(appending: [
            "  veerkracht:",                    // 25
            "    kind: composite",              // 26
            "    name: Veerkracht",             // 27
            "    of: [cohesie, onbekend]",      // 28
        ]))
        XCTAssertEqual(errors, [InstrumentError(line: 28, "construct 'veerkracht': unknown construct 'onbekend' in 'of'")])
    }

    func testCompositeOfACompositeIsRefused() {
        let errors = TestSupport.loadErrors(mini(appending: [
            "  a:",                     // 25
            "    kind: composite",      // 26
            "    name: A",              // 27
            "    of: [cohesie]",        // 28
            "  b:",                     // 29
            "    kind: composite",      // 30
            "    name: B",              // 31
            "    of: [a]",              // 32
        ]))
        assertContains(errors, line: 32, "construct 'b': 'a' is itself a composite")
    }

    func testCompositeMinPresentOutOfRange() {
        let errors = TestSupport.loadErrors(mini(appending: [
            "  veerkracht:",                    // 25
            "    kind: composite",              // 26
            "    name: Veerkracht",             // 27
            "    of: [cohesie]",                // 28
            "    min_present: 2",               // 29
        ]))
        XCTAssertEqual(errors, [InstrumentError(line: 26, "construct 'veerkracht': min_present must lie between 1 and 1")])
    }

    func testMinAnsweredOutOfRange() {
        let errors = TestSupport.loadErrors(mini(appending: ["    min_answered: 3"]))  // line 25, under cohesie
        XCTAssertEqual(errors, [InstrumentError(line: 23, "construct 'cohesie': min_answered must lie between 1 and 2")])
    }

    func testLabelOutsideScale() {
        let errors = TestSupport.loadErrors(mini(replacing: [10: "      6: eens"]))
        XCTAssertEqual(errors, [InstrumentError(line: 10, "scale 'eens5': label for 6 lies outside 1…5")])
    }

    func testLabelBelowOpenScaleMinimumIsRefusedButAboveMaximumIsFine() throws {
        // An open scale accepts labels above max ("7 or more"), never below min.
        let open = mini(replacing: [7: "    max: 5\n    open: true"])  // shifts later lines by one
        XCTAssertNoThrow(try Instrument(yaml: open.replacingOccurrences(of: "      5: eens", with: "      9: veel")))
        let errors = TestSupport.loadErrors(open.replacingOccurrences(of: "      1: oneens", with: "      0: geen"))
        XCTAssertEqual(errors, [InstrumentError(line: 10, "scale 'eens5': label for 0 lies outside 1…5")])
    }

    func testMinEqualToMax() {
        let errors = TestSupport.loadErrors(mini(replacing: [6: "    min: 5"]))
        assertContains(errors, line: 6, "scale 'eens5': min (5) must be below max (5)")
        XCTAssertEqual(errors.first, InstrumentError(line: 6, "scale 'eens5': min (5) must be below max (5)"))
    }

    func testMinAboveMax() {
        let errors = TestSupport.loadErrors(mini(replacing: [6: "    min: 7"]))
        XCTAssertEqual(errors.first, InstrumentError(line: 6, "scale 'eens5': min (7) must be below max (5)"))
    }

    func testReservedItemIDWijk() {
        let errors = TestSupport.loadErrors(mini(replacing: [16: "  - id: wijk"]))
        XCTAssertEqual(errors, [InstrumentError(line: 16, "item 'wijk': 'wijk' is a reserved column name")])
    }

    func testEveryReservedColumnIsRefused() {
        XCTAssertEqual(Instrument.reservedColumns, ["respondent", "wijk", "datum", "meting"])
        for name in Instrument.reservedColumns.sorted() {
            let errors = TestSupport.loadErrors(mini(replacing: [16: "  - id: \(name)"]))
            XCTAssertEqual(errors, [InstrumentError(line: 16, "item '\(name)': '\(name)' is a reserved column name")])
        }
    }

    func testInvalidItemID() {
        let errors = TestSupport.loadErrors(mini(replacing: [16: "  - id: Coh2"]))
        XCTAssertEqual(errors, [InstrumentError(
            line: 16, "item 2: id 'Coh2' must be lowercase letters, digits and _ (starting with a letter)")])
    }

    func testMissingTitle() {
        let errors = TestSupport.loadErrors(mini(replacing: [3: "# no title"]))
        XCTAssertEqual(errors, [InstrumentError(line: 1, "title is missing")])
    }

    func testThresholdsOutOfOrder() {
        let errors = TestSupport.loadErrors(mini(appending: [
            "thresholds:",      // 25
            "  low: 7",         // 26
            "  high: 4",        // 27
        ]))
        XCTAssertEqual(errors, [InstrumentError(line: 26, "thresholds must satisfy 0 ≤ low < high ≤ 10 (found low 7.0, high 4.0)")])
    }

    func testCustomThresholdsAreRead() throws {
        let instrument = try Instrument(yaml: mini(appending: ["thresholds:", "  low: 3.5", "  high: 8"]))
        XCTAssertEqual(instrument.thresholds, CategoryThresholds(low: 3.5, high: 8))
    }

    func testInvalidYAML() {
        let errors = TestSupport.loadErrors("id: mini\nversion: 1\ntitle: [niet gesloten\nscales:\n")
        XCTAssertEqual(errors.count, 1, "\(errors)")
        let message = errors.first?.message ?? ""
        XCTAssertTrue(message.hasPrefix("not valid YAML: "), message)
        // The unclosed '[' on line 3 is where the problem started.
        XCTAssertEqual(errors.first?.line, 3, message)
    }

    // Surveys/README.md: ids are unique and "every problem is reported with its line". Yams refuses
    // duplicate mapping keys while composing; the error still names the second key's line.
    func testDuplicateConstructID() {
        let errors = TestSupport.loadErrors(mini(appending: [
            "  cohesie:",               // 25
            "    kind: hulpbron",       // 26
            "    name: Nog eens",       // 27
        ]))
        XCTAssertFalse(errors.isEmpty)
        let described = InstrumentErrors(errors).description
        XCTAssertEqual(errors.map(\.line), [25], described)
        XCTAssertTrue(errors.contains { $0.line == 25 },
                      "the second 'cohesie' (line 25) should be reported: \(described)")
    }

    func testDuplicateScaleID() {
        let errors = TestSupport.loadErrors(mini(replacing: [10: "      5: eens\n  eens5:\n    min: 1\n    max: 7"]))
        XCTAssertFalse(errors.isEmpty)
        let described = InstrumentErrors(errors).description
        XCTAssertEqual(errors.map(\.line), [11], described)
        XCTAssertTrue(errors.contains { $0.line == 11 },
                      "the second 'eens5' (line 11) should be reported: \(described)")
    }

    func testEmptyFile() {
        XCTAssertEqual(TestSupport.loadErrors(""), [InstrumentError(line: nil, "the file is empty")])
        XCTAssertEqual(TestSupport.loadErrors("# alleen commentaar\n"), [InstrumentError(line: nil, "the file is empty")])
        XCTAssertEqual(InstrumentError(line: nil, "the file is empty").description, "the file is empty")
    }

    func testNotAMapping() {
        let errors = TestSupport.loadErrors("- a\n- b\n")
        XCTAssertEqual(errors, [InstrumentError(line: 1, "the file must be a mapping of 'key: value' lines")])
    }

    func testSeveralErrorsAreReportedTogether() {
        let errors = TestSupport.loadErrors(mini(replacing: [
            10: "      6: eens",            // label outside the scale
            14: "    scale: eens7",         // unknown scale
            19: "    reversed: true",       // unknown key
        ]))
        XCTAssertEqual(errors, [
            InstrumentError(line: 10, "scale 'eens5': label for 6 lies outside 1…5"),
            InstrumentError(line: 14, "item 'coh1': unknown scale 'eens7' (known scales: eens5)"),
            InstrumentError(line: 19, "item 2: unknown key 'reversed' (allowed: background, construct, id, reverse, scale, source, text)"),
        ])
        XCTAssertEqual(InstrumentErrors(errors).description, """
            line 10: scale 'eens5': label for 6 lies outside 1…5
            line 14: item 'coh1': unknown scale 'eens7' (known scales: eens5)
            line 19: item 2: unknown key 'reversed' (allowed: background, construct, id, reverse, scale, source, text)
            """)
    }

    func testSeveralErrorsInDifferentSections() {
        let errors = TestSupport.loadErrors(mini(
            replacing: [16: "  - id: wijk", 23: "    kind: hulpbronnen"],
            appending: []))
        assertContains(errors, line: 23,
                       "construct 'cohesie': unknown kind 'hulpbronnen' (use one of: hulpbron, redzaamheid, composite)")
        assertContains(errors, line: 16, "item 'wijk': 'wijk' is a reserved column name")
        XCTAssertGreaterThanOrEqual(errors.count, 2)
    }

    func testItemInACompositeConstructIsRefused() {
        // Surveys/README.md: "Every item names a known construct (not a composite)".
        let yaml = mini(replacing: [17: "    construct: veerkracht"], appending: [
            "  veerkracht:",                    // 25
            "    kind: composite",              // 26
            "    name: Veerkracht",             // 27
            "    of: [cohesie]",                // 28
            "    min_present: 1",               // 29
        ])
        let errors = TestSupport.loadErrors(yaml)
        XCTAssertEqual(errors.count, 1, "an item assigned to a composite must be refused: \(errors)")
        XCTAssertEqual(errors.first?.line, 17, "\(errors)")
    }
}
