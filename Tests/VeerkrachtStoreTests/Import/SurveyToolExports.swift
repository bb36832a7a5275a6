import Foundation
import VeerkrachtCore
@testable import VeerkrachtStore

/// The answers of 50 residents written as a plain responses file and as the survey tools export
/// them (KoboToolbox, ODK Central, LimeSurvey), so that each export can be compared with the plain file.
struct SurveyToolExports {
    struct Resident {
        let respondent: String
        let wijk: String
        let datum: String
        /// One answer per item; nil: "weet niet" (written as each tool codes it).
        let answers: [Int?]
    }

    let residents: [Resident]
    private let items = Fixtures.instrument.items

    /// 50 residents with answers from a fixed seed, about one answer in twelve "weet niet".
    init(count: Int = 50) {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let instrument = Fixtures.instrument
        residents = (1...count).map { number in
            let answers: [Int?] = instrument.items.map { item in
                let scale = instrument.scale(of: item)
                return next(12) == 0 ? nil : scale.minimum + next(scale.maximum - scale.minimum + 1)
            }
            return Resident(respondent: "kobo-\(number)", wijk: ["WK077201", "WK077202", "WK077203"][number % 3],
                            datum: String(format: "2025-04-%02d", 1 + number % 28), answers: answers)
        }
    }

    /// The plain file of README "Files": `,`, LF, an empty cell for a missing answer.
    var plain: String {
        Fixtures.csv([Fixtures.header] + residents.map { resident in
            [resident.respondent, resident.wijk, resident.datum, "2025-voorjaar"] + resident.answers.map { $0.map(String.init) ?? "" }
        })
    }

    /// A KoboToolbox CSV export ("XML values and headers", "include groups in headers"): `;`, every
    /// field quoted, CRLF, system columns around the answers, "weet niet" as 98, 99 or `weet_niet`,
    /// the datum a date-time field in a group.
    var kobo: String {
        let header = ["start", "end", "gegevens/respondent", "gegevens/wijk", "gegevens/datum", "meting"]
            + items.map { "veerkracht/\(Fixtures.instrument.constructs[$0.constructIndex!].id)/\($0.id)" }
            + ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"]
        let rows = residents.enumerated().map { index, resident in
            let time = "\(resident.datum)T10:\(String(format: "%02d", index % 60)):30.000+02:00"
            return [time, "\(resident.datum)T10:59:02.000+02:00", resident.respondent, resident.wijk, time, "2025-voorjaar"]
                + resident.answers.enumerated().map { item, answer in answer.map(String.init) ?? ["98", "99", "weet_niet"][(index + item) % 3] }
                + ["\(41_000_000 + index)", "b2c7e3f0-\(index)", "\(resident.datum)T09:01:02", "", "", "submitted_via_web", "",
                   "vGx8Ub7iTz", "", "\(index + 1)"]
        }
        return ([header] + rows).map { $0.map { "\"\($0)\"" }.joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    /// An ODK Central CSV export: `-` between group and item, its submission columns, `,`.
    var odk: String {
        let header = ["SubmissionDate", "start", "end", "gegevens-respondent", "gegevens-wijk", "gegevens-datum", "meting"]
            + items.map { "veerkracht-\($0.id)" }
            + ["meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status",
               "ReviewState", "DeviceID", "Edits", "FormVersion"]
        let rows = residents.enumerated().map { index, resident in
            ["\(resident.datum)T12:00:00.000Z", "\(resident.datum)T10:00:00.000+02:00", "\(resident.datum)T10:30:00.000+02:00",
             resident.respondent, resident.wijk, resident.datum, "2025-voorjaar"]
                + resident.answers.map { $0.map(String.init) ?? "99" }
                + ["uuid:\(index)", "uuid:\(index)", "7", "Veldwerker, Anna", "0", "0", "", "approved", "collect:x\(index)", "0", "2025041501"]
        }
        return Fixtures.csv([header] + rows, newline: "\r\n")
    }

    /// A LimeSurvey CSV export ("question code" headers, answer codes): BOM, `;`, its response
    /// columns, the date question as a date-time, "weet niet" as an empty answer.
    var limeSurvey: String {
        let header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "respondent", "wijk", "datum", "meting"]
            + items.map(\.id)
        let rows = residents.enumerated().map { index, resident in
            ["\(index + 1)", "\(resident.datum) 10:17:30", "4", "nl", "\(123_456 + index)", "\(resident.datum) 10:01:00",
             "\(resident.datum) 10:17:30", resident.respondent, resident.wijk, "\(resident.datum) 00:00:00", "2025-voorjaar"]
                + resident.answers.map { $0.map(String.init) ?? "" }
        }
        return "\u{FEFF}" + Fixtures.csv([header] + rows, delimiter: ";", newline: "\r\n")
    }

    /// A KoboToolbox CSV export with labels as headers and values (its default): the question
    /// texts under their group labels, every answer as its choice text, or a scale label where the
    /// scale has one, "weet niet" as the instrument's missing label, in whatever case.
    var koboLabels: String {
        let instrument = Fixtures.instrument
        let fixed = [ResponseField.respondent, .wijk, .datum, .meting].map { "Over deze vragenlijst/\($0.label)" }
        let header = ["start", "end"] + fixed
            + items.map { "\(instrument.constructs[$0.constructIndex!].name)/\($0.text)" }
            + ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"]
        let rows = residents.enumerated().map { index, resident in
            let time = "\(resident.datum)T10:\(String(format: "%02d", index % 60)):30.000+02:00"
            let answers = zip(items, resident.answers).enumerated().map { position, pair -> String in
                let (item, answer) = pair
                let scale = instrument.scale(of: item)
                guard let answer else { return position % 2 == 0 ? instrument.missingLabel : instrument.missingLabel.uppercased() }
                let label = scale.labels.first { $0.value == answer }?.text
                return (position % 3 == 0 ? label : nil) ?? scale.choices.first { $0.value == answer }!.text
            }
            return [time, "\(resident.datum)T10:59:02.000+02:00", resident.respondent, resident.wijk, time, "2025-voorjaar"] + answers
                + ["\(41_000_000 + index)", "b2c7e3f0-\(index)", "\(resident.datum)T09:01:02", "", "", "submitted_via_web", "",
                   "vGx8Ub7iTz", "", "\(index + 1)"]
        }
        return ([header] + rows).map { $0.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" }.joined(separator: ";") }
            .joined(separator: "\r\n") + "\r\n"
    }

    /// The plain file as a Dutch Excel saves it ("CSV UTF-8"): `;`, CRLF, answers as numbers with
    /// a decimal comma (`4,0`), dates day first (`5-4-2025`).
    var excel: String {
        Fixtures.csv([Fixtures.header] + residents.map { resident in
            let parts = resident.datum.split(separator: "-").map { Int($0)! }
            return [resident.respondent, resident.wijk, "\(parts[2])-\(parts[1])-\(parts[0])", "2025-voorjaar"]
                + resident.answers.map { $0.map { "\($0),0" } ?? "" }
        }, delimiter: ";", newline: "\r\n")
    }

    /// A LimeSurvey export with its own question and answer codes (`Q1[SQ001]`, `A1`…), "weet niet"
    /// as `-oth-`, and the mapping file that maps it onto the instrument.
    var limeSurveyCodes: (csv: String, mapping: String) {
        let codes = items.indices.map { "Q\($0 / 5 + 1)[SQ\(String(format: "%03d", $0 % 5 + 1))]" }
        let header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "token", "wijkcode", "datum", "meting"] + codes
        let rows = residents.enumerated().map { index, resident in
            ["\(index + 1)", "\(resident.datum) 10:17:30", "4", "nl", "\(123_456 + index)", resident.respondent, resident.wijk,
             "\(resident.datum) 00:00:00", "2025-voorjaar"] + resident.answers.map { $0.map { "A\($0)" } ?? "-oth-" }
        }
        let values = (0...10).map { "A\($0): \($0)" }.joined(separator: ", ")
        let mapping = """
            # LimeSurvey export of the Veerkrachtmeter
            kolommen:
              token: respondent
              wijkcode: wijk
            \(zip(codes, items).map { "  \"\($0)\": \($1.id)" }.joined(separator: "\n"))
            waarden:
              alle: {\(values)}
            ontbrekend: ["-oth-"]
            """
        return ("\u{FEFF}" + Fixtures.csv([header] + rows, delimiter: ";", newline: "\r\n"), mapping)
    }
}
