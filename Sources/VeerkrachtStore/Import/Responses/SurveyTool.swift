/// The survey tools whose exports a responses file may come from, with the system columns each
/// adds to its export (submission times, ids, review states): columns that are not answers.
enum SurveyTool: CaseIterable {
    case koboToolbox, odkCentral, limeSurvey

    /// The tool's name in messages.
    var name: String {
        switch self {
        case .koboToolbox: "KoboToolbox"
        case .odkCentral: "ODK Central"
        case .limeSurvey: "LimeSurvey"
        }
    }

    /// Whether the column `name` (as `HeaderColumns.normalisedName` gives it) is one of the tool's
    /// system columns; in KoboToolbox also any name starting with `_`.
    func isSystemColumn(_ name: String) -> Bool {
        switch self {
        case .koboToolbox: name.hasPrefix("_") || Self.kobo.contains(name)
        case .odkCentral: Self.odk.contains(name)
        case .limeSurvey: Self.lime.contains(name)
        }
    }

    /// The tool of whose system columns `names` holds the most, at least two (so that one column
    /// such as `id` or `start` in a file of one's own is not taken for a tool's); nil if none.
    static func detect(_ names: [String]) -> SurveyTool? {
        let counts = allCases.map { tool in (tool, names.count { tool.isSystemColumn($0) }) }
        guard let best = counts.max(by: { $0.1 < $1.1 }), best.1 >= 2 else { return nil }
        return best.0
    }

    private static let kobo: Set = ["start", "end", "today", "deviceid", "username", "audit"]
    private static let odk: Set = [
        "submissiondate", "meta-instanceid", "key", "submitterid", "submittername", "attachmentspresent",
        "attachmentsexpected", "status", "reviewstate", "deviceid", "edits", "formversion", "start", "end", "today",
    ]
    private static let lime: Set = [
        "id", "submitdate", "lastpage", "startlanguage", "seed", "token", "startdate", "datestamp", "ipaddr", "refurl",
    ]
}
