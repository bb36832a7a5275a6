import GRDB
import VeerkrachtCore
import VeerkrachtDemo
@testable import VeerkrachtStore
import XCTest

/// Importing activities files (SPEC §6 "Activities CSV"), themes and the output totals.
final class ActivityImportTests: XCTestCase {
    private static let header = ["datum", "wijk", "activiteit", "thema", "deelnemers", "uren", "vrijwilligers", "hulpbronnen"]
    private static let defaultThemes = ["Armoede & Meedoen", "Opvoeding & Gezin", "Talentontwikkeling & Jeugd", "Veilige omgeving & Tolerantie"]

    private func row(_ datum: String = "2025-03-04", wijk: String = "WK077201", name: String = "Buurtkoffie",
                     thema: String = "Armoede & Meedoen", deelnemers: String = "12", uren: String = "2",
                     vrijwilligers: String = "2", hulpbronnen: String = "cohesie") -> [String] {
        [datum, wijk, name, thema, deelnemers, uren, vrijwilligers, hulpbronnen]
    }

    private func importActivities(_ store: Store, _ rows: [[String]], source: String = "activiteiten.csv") throws -> ImportOutcome {
        try store.importActivities(from: Fixtures.reader(Fixtures.csv([Self.header] + rows)), source: source)
    }

    private func refusal(_ store: Store, _ text: String) throws -> ImportRefused? {
        do {
            _ = try store.importActivities(from: Fixtures.reader(text), source: "fout.csv")
            XCTFail("expected the import to be refused")
            return nil
        } catch let refused as ImportRefused {
            return refused
        }
    }

    private func counts(_ store: Store) throws -> [Int] {
        try ["activiteit", "wijk", "gemeente", "batch", "thema"].map { try Fixtures.count(store, $0) }
    }

    // MARK: Importing

    func testImportsValidFile() throws {
        let store = try Fixtures.store()
        let outcome = try importActivities(store, [
            row("2025-03-04", name: "Taalcafé", thema: "armoede & meedoen", deelnemers: "14", uren: "1,5", vrijwilligers: "3",
                hulpbronnen: "sociaal_vertrouwen|Cohesie"),
            row("2025-03-05", wijk: "WK015301", name: "Digicafé, De Kapel", thema: "Opvoeding & Gezin", uren: "0.75", hulpbronnen: ""),
        ])
        XCTAssertEqual(outcome.rows, 2)
        XCTAssertEqual(outcome.warnings, ["2 new wijken: WK015301, WK077201 (no gebieden list checks their codes; `veerkracht import gebieden FILE` does)"])
        let rows = try store.database.read { db in
            try Row.fetchAll(db, sql: "SELECT datum, wijk, naam, thema, deelnemers, uren, vrijwilligers, hulpbronnen, source_line FROM activiteit ORDER BY id")
        }
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0]["naam"] as String, "Taalcafé")
        XCTAssertEqual(rows[0]["thema"] as String, "Armoede & Meedoen", "stored in the configured spelling")
        XCTAssertEqual(rows[0]["uren"] as Double, 1.5, "decimal comma")
        XCTAssertEqual(rows[0]["deelnemers"] as Int, 14)
        XCTAssertEqual(rows[0]["vrijwilligers"] as Int, 3)
        XCTAssertEqual(rows[0]["hulpbronnen"] as String, "cohesie|sociaal_vertrouwen", "instrument order")
        XCTAssertEqual(rows[0]["source_line"] as Int, 2)
        XCTAssertEqual(rows[1]["naam"] as String, "Digicafé, De Kapel")
        XCTAssertEqual(rows[1]["uren"] as Double, 0.75)
        XCTAssertEqual(rows[1]["hulpbronnen"] as String, "")
        // the wijken and their gemeenten are registered
        let wijken = try store.database.read { db in try String.fetchAll(db, sql: "SELECT code || ' ' || gemeente FROM wijk ORDER BY code") }
        XCTAssertEqual(wijken, ["WK015301 GM0153", "WK077201 GM0772"])
        let batch = try store.database.read { db in try Row.fetchOne(db, sql: "SELECT kind, source, rows FROM batch")! }
        XCTAssertEqual(batch["kind"] as String, "activiteiten")
        XCTAssertEqual(batch["source"] as String, "activiteiten.csv")
        XCTAssertEqual(batch["rows"] as Int, 2)
    }

    func testSemicolonsShuffledColumnsAndAnIgnoredColumn() throws {
        let store = try Fixtures.store()
        let text = "\u{FEFF}Opmerking;Uren;Hulpbronnen;Thema;Activiteit;Wijk;Datum;Vrijwilligers;Deelnemers\r\n"
            + "\"regen; weinig mensen\";1,25;binding|cohesie;Veilige omgeving & Tolerantie;Moestuin;WK077201;2025-06-01;1;4\r\n"
        let outcome = try store.importActivities(from: Fixtures.reader(text), source: "t.csv")
        XCTAssertEqual(outcome.rows, 1)
        XCTAssertEqual(outcome.warnings, ["column 1 'opmerking' is not an activities column and is ignored",
                                          "1 new wijk: WK077201 (no gebieden list checks their codes; `veerkracht import gebieden FILE` does)"])
        let totals = try store.outputTotals(level: .wijk)
        XCTAssertEqual(totals["WK077201"]?.hours, 1.25)
        XCTAssertEqual(totals["WK077201"]?.participants, 4)
        XCTAssertEqual(totals["WK077201"]?.perHulpbron, ["cohesie": 1, "binding": 1])
        XCTAssertEqual(totals["WK077201"]?.perThema, ["Veilige omgeving & Tolerantie": 1])
    }

    func testEveryErrorIsReportedWithLineAndColumnAndNothingIsStored() throws {
        let store = try Fixtures.store()
        _ = try importActivities(store, [row(name: "Eerder")], source: "eerder.csv")
        let before = try counts(store)
        let text = Fixtures.csv([
            Self.header,
            row(wijk: "WK077299"),                                                   // line 2: valid, new wijk
            row(deelnemers: "-4"),                                                   // line 3: negative
            row(uren: "twee"),                                                       // line 4: not a number
            row(thema: "Sport & Spel"),                                              // line 5: unknown thema
            row(hulpbronnen: "cohesie|zelfredzaamheid"),                             // line 6: not a hulpbron
            row("2025-02-30", vrijwilligers: "1,5"),                                 // line 7: two errors
            row(name: "Eerder"),                                                     // line 8: already imported
            Array(row().dropLast()),                                                 // line 9: a field short
            row(wijk: "wk07720", name: ""),                                          // line 10: two errors
        ])
        let refused = try XCTUnwrap(try refusal(store, text))
        XCTAssertEqual(refused.issues.map(\.description), [
            "line 3, column 5 (deelnemers): '-4' is negative",
            "line 4, column 6 (uren): 'twee' is not a number",
            "line 5, column 4 (thema): 'Sport & Spel' is not a thema (use: \(Self.defaultThemes.joined(separator: ", ")))",
            "line 6, column 8 (hulpbronnen): 'zelfredzaamheid' is not a hulpbron "
                + "(use: cohesie, binding, sociaal_vertrouwen, veranderingsbereidheid, digitaal_contact)",
            "line 7, column 1 (datum): '2025-02-30' is not a valid date in the form YYYY-MM-DD",
            "line 7, column 7 (vrijwilligers): '1,5' is not a whole number",
            "line 8, column 3 (activiteit): the same activity (datum, wijk, activiteit, thema, figures and hulpbronnen) "
                + "is already stored from eerder.csv, line 2; was this file imported before?",
            "line 9: expected 8 fields, found 7",
            "line 10, column 2 (wijk): 'wk07720' is not a CBS wijk code (WK + 6 characters, e.g. WK077201)",
            "line 10, column 3 (activiteit): a value is required",
        ])
        XCTAssertEqual(refused.totalIssues, 10)
        XCTAssertEqual(try counts(store), before, "a refused file changes nothing")
        XCTAssertEqual(try store.outputTotals(level: .wijk).keys.sorted(), ["WK077201"])
    }

    func testImportingTheSameFileTwiceIsRefused() throws {
        let store = try Fixtures.store()
        let rows = [row("2025-03-04"), row("2025-03-04"), row("2025-03-11")]   // identical rows within one file are fine
        XCTAssertEqual(try importActivities(store, rows).rows, 3)
        let before = try counts(store)
        let refused = try XCTUnwrap(try refusal(store, Fixtures.csv([Self.header] + rows)))
        XCTAssertEqual(refused.issues.map(\.line), [2, 3, 4])
        XCTAssertTrue(refused.issues[2].reason.contains("already stored from activiteiten.csv, line 4"), refused.description)
        XCTAssertEqual(try counts(store), before)
        // a changed figure makes it another activity
        XCTAssertEqual(try importActivities(store, [row("2025-03-04", deelnemers: "13")]).rows, 1)
    }

    func testHeaderProblems() throws {
        let store = try Fixtures.store()
        let missing = try XCTUnwrap(try refusal(store, "datum,wijk,activiteit,deelnemers,uren,hulpbronnen,wijk\n"))
        XCTAssertEqual(missing.issues.map(\.description), [
            "line 1, column 7 (wijk): column 'wijk' appears twice (also column 2)",
            "line 1: the header has no columns 'thema', 'vrijwilligers' "
                + "(an activities file has the columns datum,wijk,activiteit,thema,deelnemers,uren,vrijwilligers,hulpbronnen)",
        ])
        XCTAssertEqual(try refusal(store, "")?.issues.first?.reason,
                       "the file is empty; expected a header row 'datum,wijk,activiteit,thema,deelnemers,uren,vrijwilligers,hulpbronnen'")
        XCTAssertEqual(try refusal(store, Fixtures.csv([Self.header]))?.issues.first?.reason, "the file has a header but no data rows")
        let unterminated = try XCTUnwrap(try refusal(store, Fixtures.csv([Self.header, row()]) + "\"2025-03-05,WK077201\n"))
        XCTAssertEqual(unterminated.issues.first?.line, 3)
        XCTAssertEqual(try counts(store), [0, 0, 0, 0, 4])
    }

    func testNeedsAnInstrument() throws {
        let store = try Store()
        XCTAssertThrowsError(try importActivities(store, [row()])) { error in
            XCTAssertEqual((error as? StoreError)?.description, StoreError.noInstrument.description)
        }
    }

    func testDemoActivitiesImportAndAreDeterministicPerSeed() throws {
        func rows(seed: UInt64) -> [[String]] {
            var configuration = DemoConfiguration()
            configuration.seed = seed
            let demo = DemoGenerator(instrument: Fixtures.instrument, configuration: configuration)
            var rows: [[String]] = []
            for meting in configuration.metingen.indices { demo.activities(meting: meting) { rows.append($0) } }
            return rows
        }
        let demo = rows(seed: 2026)
        XCTAssertEqual(demo, rows(seed: 2026))
        XCTAssertNotEqual(demo, rows(seed: 7))
        XCTAssertEqual(DemoGenerator.activitiesHeader, Self.header)
        let store = try Fixtures.store()
        XCTAssertEqual(try store.importActivities(from: Fixtures.reader(Fixtures.csv([Self.header] + demo)), source: "demo:activiteiten.csv").rows,
                       demo.count)
        // the year before each meting: March 2024 – February 2025 and March 2025 – February 2026
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(demo.map { $0[0] }.min()), "2024-03-01")
        XCTAssertLessThanOrEqual(try XCTUnwrap(demo.map { $0[0] }.max()), "2026-02-28")
        XCTAssertTrue(demo.contains { $0[5].contains(",") }, "hours with a decimal comma")
        XCTAssertTrue(demo.contains { $0[7].isEmpty } && demo.contains { $0[7].split(separator: "|").count == 3 }, "0–3 hulpbronnen")
        // larger wijken run more activities
        let totals = try store.outputTotals(level: .wijk)
        XCTAssertGreaterThan(totals["WK077205"]!.activities, totals["WK077208"]!.activities)   // Woensel-Noord vs Achtse Barrier
        XCTAssertEqual(Set(totals.values.flatMap(\.perThema.keys)), Set(Self.defaultThemes))
    }

    // MARK: Themes

    func testDefaultThemesAddAndRemove() throws {
        let store = try Fixtures.store()
        XCTAssertEqual(try store.themes(), Self.defaultThemes)
        XCTAssertEqual(try store.addTheme("  Gezondheid & Bewegen "), "Gezondheid & Bewegen")
        XCTAssertEqual(try store.themes(), Self.defaultThemes + ["Gezondheid & Bewegen"])
        XCTAssertThrowsError(try store.addTheme("gezondheid & bewegen")) { error in
            XCTAssertEqual(error as? StoreError, .duplicateThema("Gezondheid & Bewegen"))
            XCTAssertEqual("\(error)", "there is already a thema 'Gezondheid & Bewegen'", "the command line adds what to do (ManagedDataCommandTests)")
        }
        XCTAssertThrowsError(try store.addTheme("  ")) { error in XCTAssertEqual("\(error)", "thema '': a value is required") }
        XCTAssertThrowsError(try store.addTheme(String(repeating: "x", count: 101))) { error in
            XCTAssertTrue("\(error)".hasSuffix("longer than 100 characters"), "\(error)")
        }
        // a new thema can be used right away, in any case
        _ = try importActivities(store, [row(thema: "GEZONDHEID & BEWEGEN")])
        XCTAssertEqual(try store.outputTotals(level: .wijk)["WK077201"]?.perThema, ["Gezondheid & Bewegen": 1])

        XCTAssertThrowsError(try store.removeTheme("gezondheid & bewegen")) { error in
            XCTAssertEqual("\(error)", "thema 'Gezondheid & Bewegen' is used by 1 activity and cannot be removed")
        }
        XCTAssertEqual(try store.removeTheme("opvoeding & gezin"), "Opvoeding & Gezin")
        XCTAssertEqual(try store.themes(), ["Armoede & Meedoen", "Talentontwikkeling & Jeugd", "Veilige omgeving & Tolerantie", "Gezondheid & Bewegen"])
        XCTAssertThrowsError(try store.removeTheme("Opvoeding & Gezin")) { error in
            XCTAssertTrue("\(error)".hasPrefix("there is no thema 'Opvoeding & Gezin' (the themes are: Armoede & Meedoen, "), "\(error)")
        }
        // a removed thema is refused on import
        let refused = try XCTUnwrap(try refusal(store, Fixtures.csv([Self.header, row(thema: "Opvoeding & Gezin")])))
        XCTAssertEqual(refused.issues.map(\.column), [4])
        // a thema added after a removal goes last
        try store.addTheme("Opvoeding & Gezin")
        XCTAssertEqual(try store.themes().last, "Opvoeding & Gezin")
    }

    // MARK: Output totals

    /// Two gemeenten, three wijken, activities on the boundaries of 2025.
    private func periodStore() throws -> (Store, [Activity]) {
        let store = try Fixtures.store()
        let rows = [
            row("2024-12-31", wijk: "WK077201", name: "Oudjaarsborrel", deelnemers: "40", uren: "3,5", vrijwilligers: "4", hulpbronnen: "cohesie|binding"),
            row("2025-01-01", wijk: "WK077201", name: "Nieuwjaarsduik", deelnemers: "25", uren: "2.25", vrijwilligers: "3", hulpbronnen: "cohesie"),
            row("2025-06-15", wijk: "WK077201", name: "Taalcafé", thema: "Opvoeding & Gezin", deelnemers: "9", uren: "1,5", vrijwilligers: "1",
                hulpbronnen: "sociaal_vertrouwen|veranderingsbereidheid|cohesie"),
            row("2025-06-15", wijk: "WK077202", name: "Digicafé", deelnemers: "6", uren: "2", vrijwilligers: "0", hulpbronnen: "digitaal_contact"),
            row("2025-12-31", wijk: "WK077202", name: "Moestuin", thema: "Veilige omgeving & Tolerantie", deelnemers: "5", uren: "0,5",
                vrijwilligers: "2", hulpbronnen: ""),
            row("2026-01-01", wijk: "WK077202", name: "Repair Café", deelnemers: "11", uren: "4", vrijwilligers: "5", hulpbronnen: "binding"),
            row("2025-03-01", wijk: "WK015301", name: "Buurtsport", thema: "Talentontwikkeling & Jeugd", deelnemers: "30", uren: "1.75",
                vrijwilligers: "2", hulpbronnen: "binding|cohesie"),
        ]
        _ = try importActivities(store, rows)
        let validator = ActivityValidator(instrument: Fixtures.instrument, themes: Self.defaultThemes)
        let activities = try rows.map {
            try validator.validate(datum: $0[0], wijk: $0[1], name: $0[2], thema: $0[3], participants: $0[4], hours: $0[5],
                                   volunteers: $0[6], hulpbronnen: $0[7]).get()
        }
        return (store, activities)
    }

    /// The expected totals, added up one activity at a time.
    private func expected(_ activities: [Activity], level: AreaLevel, from: String = "0000", to: String = "9999",
                          where include: (Activity) -> Bool = { _ in true }) -> [String: OutputTotals] {
        var totals: [String: OutputTotals] = [:]
        for activity in activities where activity.datum >= from && activity.datum <= to && include(activity) {
            totals[level == .wijk ? activity.wijk.rawValue : activity.wijk.gemeente.rawValue, default: OutputTotals()].add(activity)
        }
        return totals
    }

    func testOutputTotalsPerWijkAndGemeente() throws {
        let (store, activities) = try periodStore()
        let wijken = try store.outputTotals(level: .wijk)
        XCTAssertEqual(wijken, expected(activities, level: .wijk))
        XCTAssertEqual(wijken.keys.sorted(), ["WK015301", "WK077201", "WK077202"])
        let wk01 = try XCTUnwrap(wijken["WK077201"])
        XCTAssertEqual(wk01.activities, 3)
        XCTAssertEqual(wk01.participants, 74)
        XCTAssertEqual(wk01.hours, 7.25)
        XCTAssertEqual(wk01.volunteers, 8)
        XCTAssertEqual(wk01.perHulpbron, ["cohesie": 3, "binding": 1, "sociaal_vertrouwen": 1, "veranderingsbereidheid": 1])
        XCTAssertEqual(wk01.perThema, ["Armoede & Meedoen": 2, "Opvoeding & Gezin": 1])

        let gemeenten = try store.outputTotals(level: .gemeente)
        XCTAssertEqual(gemeenten, expected(activities, level: .gemeente))
        let eindhoven = try XCTUnwrap(gemeenten["GM0772"])
        XCTAssertEqual(eindhoven.activities, 6)
        XCTAssertEqual(eindhoven.participants, 96)
        XCTAssertEqual(eindhoven.hours, 13.75)
        XCTAssertEqual(eindhoven.volunteers, 15)
        XCTAssertEqual(eindhoven.perHulpbron, ["cohesie": 3, "binding": 2, "sociaal_vertrouwen": 1, "veranderingsbereidheid": 1, "digitaal_contact": 1])
        XCTAssertEqual(gemeenten["GM0153"]?.activities, 1)
    }

    func testDateBoundariesAreInclusive() throws {
        let (store, activities) = try periodStore()
        for level in AreaLevel.allCases {
            let year = try store.outputTotals(level: level, from: "2025-01-01", to: "2025-12-31")
            XCTAssertEqual(year, expected(activities, level: level, from: "2025-01-01", to: "2025-12-31"), "\(level)")
        }
        let year = try store.outputTotals(level: .gemeente, from: "2025-01-01", to: "2025-12-31")
        XCTAssertEqual(year["GM0772"]?.activities, 4, "1 January and 31 December count, 31 December 2024 and 1 January 2026 do not")
        XCTAssertEqual(year["GM0772"]?.hours, 6.25)
        // one day
        XCTAssertEqual(try store.outputTotals(level: .wijk, from: "2025-06-15", to: "2025-06-15").keys.sorted(), ["WK077201", "WK077202"])
        // open ends
        XCTAssertEqual(try store.outputTotals(level: .wijk, from: "2026-01-01")["WK077202"]?.activities, 1)
        XCTAssertEqual(try store.outputTotals(level: .wijk, to: "2024-12-31"), expected(activities, level: .wijk, to: "2024-12-31"))
        // nothing in the period
        XCTAssertEqual(try store.outputTotals(level: .wijk, from: "2030-01-01"), [:])
        XCTAssertEqual(try store.outputTotals(level: .wijk, from: "2025-12-31", to: "2025-01-01"), [:])
    }

    func testOneArea() throws {
        let (store, activities) = try periodStore()
        XCTAssertEqual(try store.outputTotals(level: .wijk, area: "WK077202"),
                       expected(activities, level: .wijk) { $0.wijk.rawValue == "WK077202" })
        XCTAssertEqual(try store.outputTotals(level: .wijk, area: "GM0772"),
                       expected(activities, level: .wijk) { $0.wijk.gemeente.rawValue == "GM0772" })
        XCTAssertEqual(try store.outputTotals(level: .gemeente, area: "GM0153"),
                       expected(activities, level: .gemeente) { $0.wijk.gemeente.rawValue == "GM0153" })
        XCTAssertEqual(try store.outputTotals(level: .gemeente, from: "2025-01-01", to: "2025-12-31", area: "WK077201")["GM0772"]?.activities, 2)
        XCTAssertEqual(try store.outputTotals(level: .gemeente, area: "GM0999"), [:])
    }

    func testMalformedArgumentsAreRefused() throws {
        let store = try Fixtures.store()
        XCTAssertThrowsError(try store.outputTotals(level: .wijk, from: "2025-1-1")) { error in
            XCTAssertEqual("\(error)", "'2025-1-1' is not a valid date in the form YYYY-MM-DD")
        }
        XCTAssertThrowsError(try store.outputTotals(level: .wijk, to: "31-12-2025"))
        XCTAssertThrowsError(try store.outputTotals(level: .wijk, area: "Eindhoven")) { error in
            XCTAssertEqual("\(error)", "'Eindhoven' is not a CBS wijk code (WK077201) or gemeente code (GM0772)")
        }
        XCTAssertEqual(try store.outputTotals(level: .gemeente), [:], "no activities yet")
    }
}
