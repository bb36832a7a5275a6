import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtSurveys
import XCTest

/// The instrument as an XLSForm (xlsform.org): the sheets' content, as a pure value, for
/// Veerkrachtmeter v1 (v2's background questions: `XLSFormBackgroundTests`).
final class XLSFormTests: XCTestCase {
    private let instrument = try! Instrument(yaml: BundledInstruments.veerkrachtmeterV1)
    private var form: XLSForm { XLSForm(instrument) }

    func testTheSettingsNameTheFormAndItsLanguage() {
        XCTAssertEqual(form.sheets.map(\.name), ["survey", "choices", "settings"])
        XCTAssertEqual(form.settings.header, ["form_title", "form_id", "version", "default_language"])
        XCTAssertEqual(form.settings.rows, [["Veerkrachtmeter", "veerkrachtmeter_v1", "1", "Nederlands (nl)"]])
    }

    func testTheFixedFieldsComeFirstWithTheirChecks() {
        XCTAssertEqual(form.survey.header, ["type", "name", "label::Nederlands (nl)", "hint::Nederlands (nl)", "required", "constraint",
                                            "constraint_message::Nederlands (nl)", "appearance"])
        XCTAssertEqual(Array(form.survey.rows.prefix(4)), [
            ["text", "respondent", "Respondentcode", "Een code per bewoner, nooit een naam of adres.", "yes", "string-length(.) <= 64",
             "Een respondentcode heeft hoogstens 64 tekens.", ""],
            ["text", "wijk", "Wijk", "", "yes", "regex(., '^[Ww][Kk][0-9]{4}[0-9A-Za-z]{2}$')", "Vul een CBS-wijkcode in: WK en 6 tekens, bijvoorbeeld WK077201.", ""],
            ["date", "datum", "Datum van invullen", "", "yes", ". <= today()", "De datum ligt in de toekomst.", ""],
            ["text", "meting", "Meting", "De naam van de meting die de analist opgeeft, bijvoorbeeld 2025-voorjaar.", "yes", "", "", ""],
        ])
        XCTAssertEqual(form.survey.rows.prefix(4).map { $0[1] }, ResponseField.allCases.map(\.column))
        XCTAssertEqual(form.survey.rows.prefix(4).map { $0[2] }, ResponseField.allCases.map(\.label), "labels the import recognises")
    }

    func testEachConstructIsAGroupOfItsItemsOnTheirScales() {
        let rows = Array(form.survey.rows.dropFirst(4))
        XCTAssertEqual(rows.first, ["begin group", "cohesie", "Cohesie in straat en buurt", "", "", "", "", "field-list"])
        XCTAssertEqual(rows[1], ["select_one eens5", "coh1", "Ik heb veel contact met mijn directe buren.", "", "yes", "", "", "likert"])
        XCTAssertEqual(rows.last, ["end group", "", "", "", "", "", "", ""])
        XCTAssertTrue(form.survey.rows.allSatisfy { $0.count == form.survey.header.count })

        let groups = rows.filter { $0[0] == "begin group" }.map { $0[1] }
        XCTAssertEqual(groups, ["cohesie", "binding", "sociaal_vertrouwen", "veranderingsbereidheid", "digitaal_contact", "zelfredzaamheid",
                                "samenredzaamheid", "community_redzaamheid"], "a composite (veerkracht) has no questions")
        XCTAssertEqual(rows.filter { $0[0] == "end group" }.count, groups.count)
        var group = ""
        var questions: [String] = []
        for row in rows {
            switch row[0] {
            case "begin group": group = row[1]
            case "end group": group = ""
            default:
                let item = instrument.items[instrument.itemIndex(row[1])!]
                XCTAssertEqual(group, instrument.constructs[item.constructIndex!].id, item.id)
                XCTAssertEqual(row, ["select_one \(instrument.scale(of: item).id)", item.id, item.text, "", "yes", "", "", "likert"])
                questions.append(row[1])
            }
        }
        XCTAssertEqual(questions.sorted(), instrument.items.map(\.id).sorted(), "every item once")
    }

    func testEveryScaleInUseListsItsChoicesAndWeetNiet() {
        XCTAssertEqual(form.choices.header, ["list_name", "name", "label::Nederlands (nl)"])
        let lists = Dictionary(grouping: form.choices.rows, by: { $0[0] })
        XCTAssertEqual(Set(lists.keys), Set(instrument.items.map { instrument.scale(of: $0).id }))
        XCTAssertEqual(lists["eens5"]?.map { [$0[1], $0[2]] }, [
            ["1", "helemaal mee oneens"], ["2", "mee oneens"], ["3", "neutraal"], ["4", "mee eens"], ["5", "helemaal mee eens"],
            ["98", "weet niet / wil niet zeggen"],
        ])
        XCTAssertEqual(lists["score11"]?.map { $0[1] }, (0...10).map(String.init) + ["98"])
        XCTAssertEqual(lists["score11"]?.map { $0[2] }, (0...10).map(String.init) + ["weet niet / wil niet zeggen"])
        XCTAssertEqual(lists["aantal"]?.map { $0[2] }, ["0", "1", "2", "3", "4", "5+", "weet niet / wil niet zeggen"])
        for scale in instrument.scales where lists[scale.id] != nil {
            XCTAssertEqual(lists[scale.id]!.dropLast().map { $0[2] }, scale.choices.map(\.text), "what the web form offers, \(scale.id)")
        }
    }

    /// pyxform's rule for names (an XML name without `:`; the converter also refuses spaces).
    func testEveryNameIsAnXLSFormName() {
        let names = form.survey.rows.map { $0[1] }.filter { !$0.isEmpty } + form.choices.rows.map { $0[0] } + [form.settings.rows[0][1]]
        for name in names {
            XCTAssertNotNil(name.wholeMatch(of: /[A-Za-z_][A-Za-z0-9_.\-]*/), name)
        }
        let questions = form.survey.rows.map { $0[1] }.filter { !$0.isEmpty }
        XCTAssertEqual(Set(questions).count, questions.count, "no name twice")
    }

    func testTheWeetNietChoiceIsTheFirstDeclaredCode() throws {
        let yaml = """
            id: mini
            version: 3
            title: Mini
            missing_label: weet ik niet
            missing_codes: ["", weet_niet, "99"]
            scales:
              eens5: {min: 1, max: 5}
              ongebruikt: {min: 0, max: 1}
            items:
              - {id: a1, construct: a, scale: eens5, text: Vraag een.}
            constructs:
              a: {kind: hulpbron, name: Alles}

            """
        let form = XLSForm(try Instrument(yaml: yaml))
        XCTAssertEqual(form.choices.rows, [["eens5", "1", "1"], ["eens5", "2", "2"], ["eens5", "3", "3"], ["eens5", "4", "4"], ["eens5", "5", "5"],
                                           ["eens5", "weet_niet", "weet ik niet"]], "only the scales in use")
        XCTAssertEqual(form.settings.rows, [["Mini", "mini_v3", "3", "Nederlands (nl)"]])
    }
}
