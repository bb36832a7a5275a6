import VeerkrachtApp
import VeerkrachtCore
import XCTest

/// The default instrument's XLSForm (Veerkrachtmeter v2): v1's questions, then the background
/// questions, optional, in the group `over_uzelf`.
final class XLSFormBackgroundTests: XCTestCase {
    private let form = XLSForm(try! DefaultInstrument.load())

    func testTheBackgroundQuestionsComeLastInTheirOwnGroup() {
        XCTAssertEqual(Array(form.survey.rows.suffix(4)), [
            ["begin group", "over_uzelf", "Over uzelf", "", "", "", "", "field-list"],
            ["integer", "leeftijd", "Wat is uw leeftijd?", "Een heel getal van 16 tot 110. Leeg laten mag.", "", ". >= 16 and . <= 110",
             "Vul een getal in van 16 tot en met 110.", ""],
            ["select_one geslacht", "geslacht", "Wat is uw geslacht?", "", "", "", "", ""],
            ["end group", "", "", "", "", "", "", ""],
        ])
        XCTAssertEqual(form.settings.rows, [["Veerkrachtmeter", "veerkrachtmeter_v2", "2", "Nederlands (nl)"]])
    }

    func testGeslachtHasItsChoicesAndZegIkLieverNietAndJarenNone() {
        let lists = Dictionary(grouping: form.choices.rows, by: { $0[0] })
        XCTAssertEqual(lists["geslacht"]?.map { [$0[1], $0[2]] }, [["1", "man"], ["2", "vrouw"], ["3", "anders"], ["98", "zeg ik liever niet"]])
        XCTAssertNil(lists["jaren"], "an age is typed in")
        XCTAssertEqual(lists["eens5"]?.last?[2], "weet niet / wil niet zeggen")
    }
}
