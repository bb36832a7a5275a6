import VeerkrachtCore

/// A header row read as a survey tool's export might write it: columns renamed by a mapping file
/// (`ResponseMapping.columns`); question texts (labels) where names belong, as KoboToolbox exports
/// with labels as headers; group prefixes (KoboToolbox `groep/coh1`, `g1/sg1/coh1`; ODK
/// `groep-coh1`), taken off where what remains is a known column or question text and no other
/// column claims it; and the tool's system columns (`SurveyTool`) set apart.
struct ExportHeader {
    /// Each column's name to match by: its own, or the known name it stands for.
    let matched: [String]
    /// The names of the columns that are the tool's system columns.
    let systemNames: Set<String>
    /// One line naming the system columns, if there are any.
    let systemWarning: String?
    private let names: [String]

    /// Reads the normalised `names` of a header whose original texts are `fields`; `known` are
    /// the columns an import uses, `labels` the question texts that stand for them
    /// (`Instrument.columnsByLabel`) and `renamed` the mapping file's columns (normalised names).
    init(names: [String], fields: [String], known: Set<String>, labels: [String: String] = [:], renamed: [String: String] = [:]) {
        self.names = names
        var matched = names.map { renamed[$0] ?? $0 }
        let tool = SurveyTool.detect(names)
        let system = names.indices.filter { !known.contains(matched[$0]) && tool?.isSystemColumn(names[$0]) == true }
        systemNames = Set(system.map { names[$0] })
        var claims: [String: [Int]] = [:]
        for (index, name) in matched.enumerated() where !known.contains(name) && !systemNames.contains(name) {
            if let column = Self.knownColumn(name, known: known, labels: labels) { claims[column, default: []].append(index) }
        }
        for (name, columns) in claims where columns.count == 1 && !matched.contains(name) { matched[columns[0]] = name }
        self.matched = matched
        if let tool, !system.isEmpty {
            let shown = system.prefix(HeaderColumns.named).map { FieldParsing.trimmed(fields[$0]) }
            let more = system.count > HeaderColumns.named ? ", …" : ""
            systemWarning = "ignored \(MessageText.count(system.count)) \(tool.name) system column\(system.count == 1 ? "" : "s"): "
                + shown.joined(separator: ", ") + more
        } else {
            systemWarning = nil
        }
    }

    /// The known column a header name stands for: a question text, or a known name or question
    /// text under a group prefix.
    private static func knownColumn(_ name: String, known: Set<String>, labels: [String: String]) -> String? {
        let text = FieldParsing.comparable(name)
        if let column = labels[text] { return column }
        if let last = lastSegment(name), known.contains(last) { return last }
        // A question text may itself hold a `/` or `-`: try every split after one.
        for separator in text.indices where text[separator] == "/" || text[separator] == "-" {
            let rest = FieldParsing.comparable(String(text[text.index(after: separator)...]))
            if let column = labels[rest] { return column }
        }
        return nil
    }

    /// What the header may hold instead of the missing column `name` (`what` names it in the
    /// message, such as `item coh1`), and how to fix it; nil when nothing looks like it.
    func hint(missing name: String, what: String) -> String? {
        let columns = names.indices.filter { names[$0] != name && Self.hasPrefix(names[$0], before: name) }
        let quoted = columns.map { "\($0 + 1) \(MessageText.quoted(names[$0]))" }
        switch columns.count {
        case 0: return nil
        case 1: return "column \(quoted[0]) looks like \(what) with a group prefix: name the column '\(name)'"
        default:
            return "columns \(quoted.prefix(HeaderColumns.named).joined(separator: ", ")) all look like \(what) with a group "
                + "prefix: keep one of them and name it '\(name)'"
        }
    }

    /// The part after the last `/` or `-`, if the name has one.
    private static func lastSegment(_ name: String) -> String? {
        guard let separator = name.lastIndex(where: { $0 == "/" || $0 == "-" }) else { return nil }
        return String(name[name.index(after: separator)...])
    }

    /// Whether `name` ends with `suffix` after something that cannot be part of an id.
    private static func hasPrefix(_ name: String, before suffix: String) -> Bool {
        guard name.count > suffix.count, name.hasSuffix(suffix) else { return false }
        let before = name[name.index(name.endIndex, offsetBy: -suffix.count - 1)]
        return !(before.isLetter || before.isNumber || before == "_")
    }
}
