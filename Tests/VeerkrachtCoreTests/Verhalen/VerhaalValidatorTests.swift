import XCTest
import VeerkrachtCore

/// Validation of one story's raw text: the same rules for the story form and `import verhalen`.
final class VerhaalValidatorTests: XCTestCase {
    private let validator = VerhaalValidator(instrument: TestSupport.veerkrachtmeter)

    private func validate(wijk: String = "WK077201", datum: String = "2025-04-02", hulpbronnen: String = "cohesie",
                          titel: String = "Samen de stoep op", tekst: String = "Na de straatbarbecue ruimen buren samen op.",
                          bevestiging: String = "ja") -> Result<Verhaal, VerhaalValidator.Problems> {
        validator.validate(wijk: wijk, datum: datum, hulpbronnen: hulpbronnen, titel: titel, tekst: tekst, bevestiging: bevestiging)
    }

    private func problems(_ result: Result<Verhaal, VerhaalValidator.Problems>) -> [VerhaalValidator.Field: FieldProblem] {
        guard case .failure(let problems) = result else { return [:] }
        return Dictionary(problems.list.map { ($0.field, $0.problem) }, uniquingKeysWith: { first, _ in first })
    }

    func testValidStory() throws {
        let verhaal = try validate(wijk: " WK077201 ", datum: "2-4-2025", hulpbronnen: "Binding|cohesie| ", titel: "  Samen de stoep op ").get()
        XCTAssertEqual(verhaal, Verhaal(datum: "2025-04-02", wijk: WijkCode("WK077201")!, hulpbronnen: ["cohesie", "binding"],
                                        titel: "Samen de stoep op", tekst: "Na de straatbarbecue ruimen buren samen op."))
    }

    func testFieldNamesAreTheColumnNames() {
        XCTAssertEqual(VerhaalValidator.Field.allCases.map(\.rawValue), ["wijk", "datum", "hulpbronnen", "titel", "tekst", "bevestiging"])
    }

    func testEveryProblemIsReportedAtOnce() {
        let found = problems(validate(wijk: "Centrum", datum: "2025-02-30", hulpbronnen: "geluk", titel: "", tekst: " ", bevestiging: ""))
        XCTAssertEqual(found[.wijk], .invalidWijkCode("Centrum"))
        XCTAssertEqual(found[.datum], .invalidDate("2025-02-30"))
        XCTAssertEqual(found[.hulpbronnen], .unknownHulpbron("geluk", known: ["cohesie", "binding", "sociaal_vertrouwen",
                                                                           "veranderingsbereidheid", "digitaal_contact"]))
        XCTAssertEqual(found[.titel], .missing)
        XCTAssertEqual(found[.tekst], .missing)
        XCTAssertEqual(found[.bevestiging], .notConfirmed)
    }

    func testAStoryIllustratesAtLeastOneHulpbron() {
        XCTAssertEqual(problems(validate(hulpbronnen: ""))[.hulpbronnen], .noHulpbron)
        XCTAssertEqual(problems(validate(hulpbronnen: "NA"))[.hulpbronnen], .noHulpbron)
        XCTAssertEqual(problems(validate(hulpbronnen: "|"))[.hulpbronnen], .noHulpbron)
        // Sociale veerkracht and the redzaamheden are not hulpbronnen.
        XCTAssertNotNil(problems(validate(hulpbronnen: "sociale_veerkracht"))[.hulpbronnen])
    }

    func testTheConfirmationIsRequired() {
        for yes in ["ja", "JA", " Ja ", "j", "yes", "x", "1", "waar", "true"] { XCTAssertNoThrow(try validate(bevestiging: yes).get(), yes) }
        for no in ["", "nee", "0", "no", "misschien", "ja?"] { XCTAssertEqual(problems(validate(bevestiging: no))[.bevestiging], .notConfirmed, no) }
    }

    func testTitleLimits() {
        XCTAssertNoThrow(try validate(titel: String(repeating: "é", count: 120)).get())
        XCTAssertEqual(problems(validate(titel: String(repeating: "a", count: 121)))[.titel], .tooLong(maximum: 120))
        XCTAssertEqual(problems(validate(titel: "Samen\u{200B}"))[.titel], .controlCharacters)
        XCTAssertEqual(problems(validate(titel: "Eerste\nregel"))[.titel], .controlCharacters)
    }

    func testTextKeepsParagraphsAndCountsAsSQLiteDoes() throws {
        let text = try validate(tekst: "Eerste alinea.  \r\nTweede regel.\r\n\r\n\r\n\r\nNieuwe\talinea.\n\n").get().tekst
        XCTAssertEqual(text, "Eerste alinea.\nTweede regel.\n\nNieuwe alinea.")
        // 1,000 characters (Unicode scalars after NFC, a line break one) fit; one more does not.
        let decomposed = String(repeating: "e\u{301}", count: 998) + "\n" // "é" typed with a combining accent
        XCTAssertEqual(try validate(tekst: decomposed + "x").get().tekst.unicodeScalars.count, 1000)
        XCTAssertEqual(problems(validate(tekst: String(repeating: "a", count: 1001)))[.tekst], .tooLong(maximum: 1000))
        XCTAssertEqual(problems(validate(tekst: "Een verhaal\u{00A0}met een harde spatie"))[.tekst], .controlCharacters)
        XCTAssertEqual(problems(validate(tekst: "\n\n \n"))[.tekst], .missing)
    }

    func testATextThatLooksLikeAFormulaIsJustText() throws {
        // Stored as written; every export and page guards or escapes it.
        XCTAssertEqual(try validate(titel: "=HYPERLINK(\"http://x\")", tekst: "<script>alert(1)</script>").get().titel, "=HYPERLINK(\"http://x\")")
    }

    func testIdentifyingDetailsAreRefused() {
        let cases: [(String, IdentifyingDetail, String)] = [
            ("Mail haar op anna.de.vries@example.nl als je wilt", .email, "anna.de.vries@example.nl"),
            ("Bel 06-12345678 voor de sleutel", .phoneNumber, "06-12345678"),
            ("Haar nummer is +31 6 1234 5678.", .phoneNumber, "+31 6 1234 5678"),
            ("Het buurthuis, 040 123 4567, was vol", .phoneNumber, "040 123 4567"),
            ("Ze woont op 5611 AB, vlak bij het park", .postcode, "5611 AB"),
            ("Bij de hoek 5611AB begon het", .postcode, "5611AB"),
            ("Hij woont op de Kastanjelaan 12a sinds jaren", .address, "Kastanjelaan 12a"),
        ]
        for (text, detail, found) in cases {
            XCTAssertEqual(problems(validate(tekst: text))[.tekst], .identifyingDetail(detail, found), text)
        }
        XCTAssertEqual(problems(validate(titel: "Bel 0612345678"))[.titel], .identifyingDetail(.phoneNumber, "0612345678"))
    }

    func testOrdinaryNumbersAndWordsAreNotIdentifying() throws {
        for text in ["In 2025 kwamen 40 buren, 12 vaker dan in 2024.", "De 2025 EU-subsidie liep af.", "Om 10.30 uur, 3 keer per week",
                     "Op het plein stonden 25 kramen", "Buurtkamer 2 was vol", "Tussen 1990 en 2010 woonden er 4000 mensen",
                     "Het kost € 12,50 per persoon", "1234 SA is geen postcode", "zie www.buurtkracht.nl"] {
            XCTAssertNoThrow(try validate(tekst: text).get(), text)
        }
    }

    func testHulpbronListReadsAsActivitiesDo() {
        let list = HulpbronList(instrument: TestSupport.veerkrachtmeter)
        XCTAssertEqual(list.parse("digitaal_contact | COHESIE"), .success(["cohesie", "digitaal_contact"]))
        XCTAssertEqual(HulpbronList.split(HulpbronList.joined(["cohesie", "binding"])), ["cohesie", "binding"])
        XCTAssertEqual(HulpbronList.split(""), [])
    }

    func testEntryRulesRefuseAFutureDateAndAnUnknownWijk() throws {
        let verhaal = try validate(datum: "2031-01-01").get()
        let rules = EntryRules(metingen: MetingRules(known: [], today: "2025-06-01"),
                               wijken: WijkRules(known: [WijkCode("WK077202")!], listedGemeenten: [GemeenteCode("GM0772")!]))
        XCTAssertEqual(rules.problems(of: verhaal).map(\.field), [.wijk, .datum])
        XCTAssertEqual(rules.problems(of: verhaal).map(\.problem), [.unknownWijk("WK077201", gemeente: "GM0772"), .inFuture("2031-01-01")])
    }
}
