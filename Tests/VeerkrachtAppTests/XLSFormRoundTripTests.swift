import Foundation
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtCSV
import VeerkrachtStore
import XCTest

/// A KoboToolbox export of the XLSForm imports, with no options, to the same stored answers and
/// scores as the plain responses file of the same residents (Veerkrachtmeter v2: its background
/// questions too, leeftijd typed in as a number and "zeg ik liever niet" as geslacht's no-answer choice).
final class XLSFormRoundTripTests: XCTestCase {
    private let instrument = try! DefaultInstrument.load()

    /// 50 residents with answers from a fixed seed, about one answer in ten "weet niet" (nil).
    private lazy var residents: [(respondent: String, wijk: String, datum: String, answers: [Int?])] = {
        var state: UInt64 = 0xF0E
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (1...50).map { number in
            let answers: [Int?] = instrument.items.map { item in
                let scale = instrument.scale(of: item)
                return next(10) == 0 ? nil : scale.minimum + next(scale.maximum - scale.minimum + 1)
            }
            return ("r\(number)", ["WK077201", "WK077202", "WK077203"][number % 3], String(format: "2025-04-%02d", 1 + number % 28), answers)
        }
    }()

    private let meting = "2025-voorjaar"

    /// The plain file of README "Files": `,`, LF, an empty cell for "weet niet".
    private var plain: String {
        let header = ResponseField.allCases.map(\.column) + instrument.items.map(\.id)
        let rows = residents.map { [$0.respondent, $0.wijk, $0.datum, meting] + $0.answers.map { $0.map(String.init) ?? "" } }
        return ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// KoboToolbox's CSV export of submissions to `form` with "include groups in headers": `;`,
    /// every field quoted, CRLF, `start` and `end` first and the system columns last. Headers and
    /// values are the form's names ("XML values and headers", `group/name`), or with `labels` its
    /// Dutch texts (`group label/question label`, the answers' labels); "weet niet" is the choice
    /// whose label is the scale's or the instrument's missing label; a number typed in is written as it is.
    private func koboExport(of form: XLSForm, labels: Bool) -> String {
        let choices = Dictionary(grouping: form.choices.rows, by: { $0[0] })
        var header = ["start", "end"]
        var columns: [(name: String, list: String?)] = []
        var groups: [String] = []
        for row in form.survey.rows {
            let (type, name, label) = (row[0], row[1], row[2])
            switch type {
            case "begin group": groups.append(labels ? label : name)
            case "end group": groups.removeLast()
            default:
                header.append((groups + [labels ? label : name]).joined(separator: "/"))
                columns.append((name, type.hasPrefix("select_one ") ? String(type.dropFirst("select_one ".count)) : nil))
            }
        }
        header += ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"]
        let rows = residents.enumerated().map { index, resident in
            let fields = [ResponseField.respondent.column: resident.respondent, ResponseField.wijk.column: resident.wijk,
                          ResponseField.datum.column: resident.datum, ResponseField.meting.column: meting]
            let answers = Dictionary(uniqueKeysWithValues: zip(instrument.items.map(\.id), resident.answers))
            let cells = columns.map { column -> String in
                guard let list = column.list else { return fields[column.name] ?? answers[column.name]!.map(String.init) ?? "" }
                let missingLabel = instrument.scale(of: instrument.items[instrument.itemIndex(column.name)!]).missingLabel ?? instrument.missingLabel
                let choice = choices[list]!.first { choice in
                    answers[column.name]!.map { choice[1] == String($0) } ?? (choice[2] == missingLabel)
                }!
                return labels ? choice[2] : choice[1]
            }
            return ["\(resident.datum)T10:\(String(format: "%02d", index % 60)):30.000+02:00", "\(resident.datum)T10:59:02.000+02:00"]
                + cells
                + ["\(41_000_000 + index)", "b2c7e3f0-\(index)", "\(resident.datum)T09:01:02", "", "", "submitted_via_web", "",
                   "vGx8Ub7iTz", "", "\(index + 1)"]
        }
        return ([header] + rows).map { $0.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" }.joined(separator: ";") }
            .joined(separator: "\r\n") + "\r\n"
    }

    /// Every stored response of `text` imported into a new database, in file order, and the import's warnings.
    private func stored(_ text: String) throws -> (responses: [StoredResponse], warnings: [String]) {
        let store = try Store()
        try store.register(instrument, source: DefaultInstrument.source)
        let outcome = try store.importResponses(from: CSVReader(bytes: Array(text.utf8)), source: "export.csv")
        XCTAssertEqual(outcome.rows, residents.count)
        return (try (1...Int64(outcome.rows)).map { try XCTUnwrap(store.storedResponse(id: $0)) }, outcome.warnings)
    }

    func testAKoboExportWithNamesAndGroupsImportsAsThePlainFile() throws {
        let export = koboExport(of: XLSForm(instrument), labels: false)
        XCTAssertTrue(export.hasPrefix(#""start";"end";"respondent";"wijk";"datum";"meting";"cohesie/coh1";"#), export)
        XCTAssertTrue(export.contains(#";"98";"#), "some residents answer 'weet niet'")

        let plain = try stored(plain)
        let kobo = try stored(export)
        XCTAssertEqual(kobo.responses, plain.responses)
        XCTAssertEqual(kobo.warnings.first, "ignored 12 KoboToolbox system columns: start, end, _id, …")
        XCTAssertFalse(kobo.warnings.contains { $0.contains("not part of") }, "\(kobo.warnings)")
        XCTAssertTrue(plain.responses.contains { $0.response.answers.contains(nil) })
        XCTAssertTrue(plain.responses.allSatisfy { !$0.scores.isEmpty })
    }

    func testAKoboExportWithLabelsAndGroupsImportsAsThePlainFile() throws {
        let export = koboExport(of: XLSForm(instrument), labels: true)
        XCTAssertTrue(export.hasPrefix(#""start";"end";"Respondentcode";"Wijk";"Datum van invullen";"Meting";"#), export)
        XCTAssertTrue(export.contains(instrument.missingLabel), "some residents answer 'weet niet'")
        XCTAssertTrue(export.contains(#""zeg ik liever niet""#), "and some 'zeg ik liever niet' to geslacht")
        XCTAssertTrue(export.contains(#""Over uzelf/Wat is uw leeftijd?""#), export)

        let plain = try stored(plain)
        let kobo = try stored(export)
        XCTAssertEqual(kobo.responses, plain.responses)
        XCTAssertEqual(kobo.warnings.first, "ignored 12 KoboToolbox system columns: start, end, _id, …")
        XCTAssertFalse(kobo.warnings.contains { $0.contains("not part of") }, "\(kobo.warnings)")
    }
}
