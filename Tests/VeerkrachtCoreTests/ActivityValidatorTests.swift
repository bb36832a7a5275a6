import XCTest
import VeerkrachtCore

/// Validation of one activity's raw text (SPEC §6 "Activities CSV") and the output totals.
final class ActivityValidatorTests: XCTestCase {
    private static let themes = ["Armoede & Meedoen", "Opvoeding & Gezin", "Talentontwikkeling & Jeugd", "Veilige omgeving & Tolerantie"]
    private static let hulpbronnen = ["cohesie", "binding", "sociaal_vertrouwen", "veranderingsbereidheid", "digitaal_contact"]
    private let validator = ActivityValidator(instrument: TestSupport.veerkrachtmeter, themes: ActivityValidatorTests.themes)

    private func validate(datum: String = "2025-03-04", wijk: String = "WK077201", name: String = "Buurtkoffie",
                          thema: String = "Armoede & Meedoen", participants: String = "14", hours: String = "2.5",
                          volunteers: String = "3", hulpbronnen: String = "cohesie|binding") -> Result<Activity, ActivityValidator.Problems> {
        validator.validate(datum: datum, wijk: wijk, name: name, thema: thema, participants: participants, hours: hours,
                           volunteers: volunteers, hulpbronnen: hulpbronnen)
    }

    /// The single problem of an activity, failing when there is not exactly one.
    private func onlyProblem(_ result: Result<Activity, ActivityValidator.Problems>,
                             file: StaticString = #filePath, line: UInt = #line) -> (field: ActivityValidator.Field, problem: FieldProblem)? {
        switch result {
        case .success(let activity):
            XCTFail("expected a problem, got \(activity)", file: file, line: line)
            return nil
        case .failure(let problems):
            XCTAssertEqual(problems.list.count, 1, "\(problems.list)", file: file, line: line)
            return problems.list.first
        }
    }

    // MARK: Whole activities

    func testValidActivity() throws {
        let activity = try validate(datum: " 2025-03-04 ", wijk: " WK077201", name: "  Buurtkoffie ", participants: " 14 ").get()
        XCTAssertEqual(activity, Activity(datum: "2025-03-04", wijk: WijkCode("WK077201")!, name: "Buurtkoffie",
                                          thema: "Armoede & Meedoen", participants: 14, hours: 2.5, volunteers: 3,
                                          hulpbronnen: ["cohesie", "binding"]))
    }

    func testHulpbronIDsComeFromTheInstrument() {
        XCTAssertEqual(validator.hulpbronIDs, Self.hulpbronnen)
        XCTAssertEqual(validator.themes, Self.themes)
    }

    func testFieldNamesAreTheColumnNames() {
        XCTAssertEqual(ActivityValidator.Field.allCases.map(\.rawValue),
                       ["datum", "wijk", "activiteit", "thema", "deelnemers", "uren", "vrijwilligers", "hulpbronnen"])
    }

    func testEveryProblemAtOnceInFieldOrder() {
        let result = validate(datum: "2025-02-30", wijk: "WK77201", name: "", thema: "Sport", participants: "-1", hours: "1,5,0",
                              volunteers: "2.5", hulpbronnen: "cohesie|geluk")
        guard case .failure(let problems) = result else { return XCTFail("expected problems") }
        XCTAssertEqual(problems.list.map(\.field), ActivityValidator.Field.allCases)
        XCTAssertEqual(problems.list.map(\.problem), [
            .invalidDate("2025-02-30"), .invalidWijkCode("WK77201"), .missing, .unknownThema("Sport", known: Self.themes),
            .negative("-1"), .notANumber("1,5,0"), .notAWholeNumber("2.5"), .unknownHulpbron("geluk", known: Self.hulpbronnen),
        ])
    }

    // MARK: Fields

    func testDatumAndWijkUseTheResponseRules() {
        XCTAssertEqual(onlyProblem(validate(datum: "2025-13-01"))?.problem, .invalidDate("2025-13-01"))
        XCTAssertEqual(onlyProblem(validate(datum: "04-03-2025"))?.problem, .invalidDate("04-03-2025"))
        XCTAssertEqual(onlyProblem(validate(datum: ""))?.problem, .missing)
        XCTAssertEqual(onlyProblem(validate(wijk: "GM0772"))?.problem, .invalidWijkCode("GM0772"))
        XCTAssertEqual(onlyProblem(validate(wijk: " "))?.problem, .missing)
        XCTAssertEqual(try validate(datum: "2024-02-29").get().datum, "2024-02-29")
    }

    func testName() throws {
        XCTAssertEqual(onlyProblem(validate(name: "  "))?.field, .activiteit)
        XCTAssertEqual(onlyProblem(validate(name: "  "))?.problem, .missing)
        XCTAssertEqual(onlyProblem(validate(name: String(repeating: "x", count: 201)))?.problem, .tooLong(maximum: 200))
        XCTAssertEqual(onlyProblem(validate(name: "Repair\nCafé"))?.problem, .controlCharacters)
        XCTAssertEqual(try validate(name: "Repair Café, De Kapel").get().name, "Repair Café, De Kapel")
        XCTAssertEqual(try validate(name: String(repeating: "é", count: 200)).get().name.count, 200)
    }

    func testThemaMatchedIgnoringCaseAndStoredInItsConfiguredSpelling() throws {
        XCTAssertEqual(try validate(thema: "armoede & meedoen").get().thema, "Armoede & Meedoen")
        XCTAssertEqual(try validate(thema: "  VEILIGE OMGEVING & TOLERANTIE ").get().thema, "Veilige omgeving & Tolerantie")
        XCTAssertEqual(onlyProblem(validate(thema: ""))?.problem, .missing)
        let unknown = onlyProblem(validate(thema: " Armoede "))
        XCTAssertEqual(unknown?.field, .thema)
        XCTAssertEqual(unknown?.problem, .unknownThema("Armoede", known: Self.themes))
        XCTAssertEqual(unknown?.problem.description,
                       "'Armoede' is not a thema (use: Armoede & Meedoen, Opvoeding & Gezin, Talentontwikkeling & Jeugd, Veilige omgeving & Tolerantie)")
        let none = ActivityValidator(instrument: TestSupport.veerkrachtmeter, themes: [])
        XCTAssertEqual(none.thema("Sport"), .failure(.unknownThema("Sport", known: [])))
        XCTAssertEqual(FieldProblem.unknownThema("Sport", known: []).description, "'Sport' is not a thema (no themes are configured)")
    }

    func testCounts() throws {
        XCTAssertEqual(try validate(participants: "0", volunteers: "0").get().participants, 0)
        XCTAssertEqual(try validate(participants: "12.0").get().participants, 12)
        XCTAssertEqual(try validate(volunteers: "7").get().volunteers, 7)
        let limit = Limits.participants
        for text in ["1,5", "1.5", "abc", "1e2", "twaalf"] {
            XCTAssertEqual(ActivityValidator.count(text, limit: limit), .failure(.notAWholeNumber(text)), text)
        }
        XCTAssertEqual(ActivityValidator.count("-3", limit: limit), .failure(.negative("-3")))
        XCTAssertEqual(ActivityValidator.count("", limit: limit), .failure(.missing))
        XCTAssertEqual(ActivityValidator.count("NA", limit: limit), .failure(.notAWholeNumber("NA")))
        let problem = onlyProblem(validate(volunteers: "-2"))
        XCTAssertEqual(problem?.field, .vrijwilligers)
        XCTAssertEqual(problem?.problem.description, "'-2' is negative")
        XCTAssertEqual(onlyProblem(validate(participants: "veel"))?.field, .deelnemers)
    }

    /// Numbers a person can type but no activity has: refused as too large, never stored (an uren of
    /// 1e300 once took every report down; a deelnemers of 9e18 made sums overflow).
    func testCountsAndHoursAreBounded() throws {
        XCTAssertEqual(try validate(participants: "100000").get().participants, 100_000)
        XCTAssertEqual(try validate(volunteers: "10000").get().volunteers, 10_000)
        XCTAssertEqual(try validate(hours: "10000,0").get().hours, 10_000)
        let cases: [(String, String, ActivityValidator.Field, String)] = [
            ("deelnemers", "100001", .deelnemers, "100000"),
            ("deelnemers", "999999999999999999999999999", .deelnemers, "100000"),
            ("deelnemers", "9223372036854775807", .deelnemers, "100000"),
            ("vrijwilligers", "10001", .vrijwilligers, "10000"),
            ("uren", "10000.5", .uren, "10000"),
            ("uren", String(repeating: "9", count: 400), .uren, "10000"),
            ("uren", "1" + String(repeating: "0", count: 300) + ",5", .uren, "10000"),
        ]
        for (field, text, expected, maximum) in cases {
            let result = switch field {
            case "deelnemers": validate(participants: text)
            case "vrijwilligers": validate(volunteers: text)
            default: validate(hours: text)
            }
            let problem = onlyProblem(result)
            XCTAssertEqual(problem?.field, expected, text)
            XCTAssertEqual(problem?.problem, .tooLarge(text, maximum: maximum), text)
        }
        XCTAssertEqual(FieldProblem.tooLarge("100001", maximum: "100000").description, "'100001' is too large (at most 100000)")
        for text in ["1e300", "inf", "nan", "0x10"] {
            XCTAssertEqual(onlyProblem(validate(hours: text))?.problem, .notANumber(text), text)
        }
    }

    func testHoursTakeAPointOrACommaAsDecimalMark() throws {
        XCTAssertEqual(try validate(hours: "1,5").get().hours, 1.5)
        XCTAssertEqual(try validate(hours: "1.5").get().hours, 1.5)
        XCTAssertEqual(try validate(hours: " 0,25 ").get().hours, 0.25)
        XCTAssertEqual(try validate(hours: "3").get().hours, 3)
        XCTAssertEqual(try validate(hours: "0").get().hours, 0)
        XCTAssertEqual(onlyProblem(validate(hours: "-1,5"))?.problem, .negative("-1,5"))
        XCTAssertEqual(onlyProblem(validate(hours: "1.000,5"))?.problem, .notANumber("1.000,5"))
        XCTAssertEqual(onlyProblem(validate(hours: "2 uur"))?.problem, .notANumber("2 uur"))
        XCTAssertEqual(onlyProblem(validate(hours: ""))?.problem, .missing)
        XCTAssertEqual(onlyProblem(validate(hours: "abc"))?.field, .uren)
    }

    func testHulpbronnen() throws {
        XCTAssertEqual(try validate(hulpbronnen: "").get().hulpbronnen, [])
        XCTAssertEqual(try validate(hulpbronnen: "  ").get().hulpbronnen, [])
        XCTAssertEqual(try validate(hulpbronnen: "NA").get().hulpbronnen, [])
        XCTAssertEqual(try validate(hulpbronnen: "digitaal_contact").get().hulpbronnen, ["digitaal_contact"])
        // instrument order, each once, case and spaces ignored, empty pieces skipped
        XCTAssertEqual(try validate(hulpbronnen: "digitaal_contact | Cohesie|cohesie|").get().hulpbronnen, ["cohesie", "digitaal_contact"])
        XCTAssertEqual(try validate(hulpbronnen: Self.hulpbronnen.reversed().joined(separator: "|")).get().hulpbronnen, Self.hulpbronnen)
    }

    func testOnlyHulpbronConstructsAreHulpbronnen() {
        for id in ["zelfredzaamheid", "veerkracht", "coh1", "sociaal vertrouwen"] {
            let problem = onlyProblem(validate(hulpbronnen: "cohesie|" + id))
            XCTAssertEqual(problem?.field, .hulpbronnen, id)
            XCTAssertEqual(problem?.problem, .unknownHulpbron(id, known: Self.hulpbronnen), id)
        }
        XCTAssertEqual(validator.hulpbronnen("cohesie;binding"), .failure(.unknownHulpbron("cohesie;binding", known: Self.hulpbronnen)))
    }

    func testThemaName() {
        XCTAssertEqual(ActivityValidator.themaName(" Gezondheid & Bewegen "), .success("Gezondheid & Bewegen"))
        XCTAssertEqual(ActivityValidator.themaName(""), .failure(.missing))
        XCTAssertEqual(ActivityValidator.themaName(String(repeating: "t", count: 101)), .failure(.tooLong(maximum: 100)))
    }
}

/// Adding up activities into output totals.
final class OutputTotalsTests: XCTestCase {
    private func activity(_ wijk: String, participants: Int, hours: Double, volunteers: Int, thema: String = "Armoede & Meedoen",
                          hulpbronnen: [String]) -> Activity {
        Activity(datum: "2025-03-04", wijk: WijkCode(wijk)!, name: "Taalcafé", thema: thema, participants: participants,
                 hours: hours, volunteers: volunteers, hulpbronnen: hulpbronnen)
    }

    func testAddAndMerge() {
        var a = OutputTotals()
        XCTAssertEqual(a.activities, 0)
        XCTAssertEqual(a.count(hulpbron: "cohesie"), 0)
        a.add(activity("WK077201", participants: 12, hours: 1.5, volunteers: 2, hulpbronnen: ["cohesie", "binding"]))
        a.add(activity("WK077201", participants: 8, hours: 0.25, volunteers: 0, thema: "Opvoeding & Gezin", hulpbronnen: ["cohesie"]))
        XCTAssertEqual(a.activities, 2)
        XCTAssertEqual(a.participants, 20)
        XCTAssertEqual(a.hours, 1.75)
        XCTAssertEqual(a.volunteers, 2)
        XCTAssertEqual(a.perHulpbron, ["cohesie": 2, "binding": 1])
        XCTAssertEqual(a.perThema, ["Armoede & Meedoen": 1, "Opvoeding & Gezin": 1])

        var b = OutputTotals()
        b.add(activity("WK077202", participants: 5, hours: 3, volunteers: 1, hulpbronnen: ["digitaal_contact"]))
        var both = a
        both.merge(b)
        XCTAssertEqual(both.activities, 3)
        XCTAssertEqual(both.participants, 25)
        XCTAssertEqual(both.hours, 4.75)
        XCTAssertEqual(both.volunteers, 3)
        XCTAssertEqual(both.perHulpbron, ["cohesie": 2, "binding": 1, "digitaal_contact": 1])
        XCTAssertEqual(both.perThema, ["Armoede & Meedoen": 2, "Opvoeding & Gezin": 1])
        var empty = OutputTotals()
        empty.merge(OutputTotals())
        XCTAssertEqual(empty, OutputTotals())
    }
}
