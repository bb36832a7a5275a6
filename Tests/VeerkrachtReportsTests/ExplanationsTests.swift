import VeerkrachtReportTexts
@testable import VeerkrachtReports
import XCTest

/// `Reports/uitleg.yaml` is data people edit: it must parse, and a mistake in it must be named.
final class ExplanationsTests: XCTestCase {
    func testTheBundledFileHasEveryTopicWithItsPlaceholdersFilled() throws {
        let texts = try Explanations(yaml: ReportTexts.explanations)
        XCTAssertEqual(Set(texts.entries.keys), Set(Explanations.placeholders.keys))
        let scores = texts.explanation("scores", ["laag": "4,5", "hoog": "7,5"])
        XCTAssertEqual(scores.title, "Wat betekent een score?")
        XCTAssertTrue(scores.text.hasSuffix("Een score onder 4,5 heet laag, 7,5 of meer heet hoog, daartussen midden."), scores.text)
        let disclosure = texts.explanation("onderdrukking", ["indicatief": "30", "onderdrukt": "10"])
        XCTAssertTrue(disclosure.text.hasPrefix("Bij minder dan 30 respondenten is een cijfer indicatief"), disclosure.text)
        for key in texts.entries.keys {
            let values = Dictionary(uniqueKeysWithValues: Explanations.placeholders[key]!.map { ($0, "1") })
            let text = texts.explanation(key, values).text
            XCTAssertFalse(text.contains("{") || text.contains("}") || text.contains("\n"), "\(key): \(text)")
        }
    }

    func testAMistakeInTheFileIsNamed() {
        let valid = ReportTexts.explanations
        let cases: [(String, String)] = [
            (valid.replacingOccurrences(of: "\ninterval:", with: "\nintervallen:"), "unknown topic 'intervallen'"),
            (valid.replacingOccurrences(of: "{onderdrukt} respondenten hebben", with: "{hoog} respondenten hebben"),
             "topic 'aanvullend' uses {hoog}, which it cannot fill"),
            (valid.replacingOccurrences(of: "  titel: Cronbach's α\n", with: ""), "topic 'betrouwbaarheid' needs a 'titel' and a 'tekst'"),
            ("- een lijst\n", "not a mapping of topics"),
        ]
        for (yaml, message) in cases {
            XCTAssertThrowsError(try Explanations(yaml: yaml)) { XCTAssertEqual("\($0)", message) }
        }
        XCTAssertThrowsError(try Explanations(yaml: "scores:\n  titel: a\n  tekst: b\n")) {
            XCTAssertTrue("\($0)".hasSuffix("is missing"), "\($0)")
        }
    }
}
