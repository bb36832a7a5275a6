import VeerkrachtCore

/// A header row read as a survey tool's export might write it: group prefixes (KoboToolbox
/// `groep/coh1`, `g1/sg1/coh1`; ODK `groep-coh1`) taken off where what remains is a known column
/// and no other column claims it, and the tool's system columns (`SurveyTool`) set apart.
struct ExportHeader {
    /// Each column's name to match by: its own, or the known name under its group prefix.
    let matched: [String]
    /// The names of the columns that are the tool's system columns.
    let systemNames: Set<String>
    /// One line naming the system columns, if there are any.
    let systemWarning: String?
    private let names: [String]

    /// Reads the normalised `names` of a header whose original texts are `fields`; `known` are
    /// the columns an import uses.
    init(names: [String], fields: [String], known: Set<String>) {
        self.names = names
        let tool = SurveyTool.detect(names)
        let system = names.indices.filter { !known.contains(names[$0]) && tool?.isSystemColumn(names[$0]) == true }
        systemNames = Set(system.map { names[$0] })
        var claims: [String: [Int]] = [:]
        for (index, name) in names.enumerated() where !known.contains(name) && !systemNames.contains(name) {
            if let last = Self.lastSegment(name), known.contains(last) { claims[last, default: []].append(index) }
        }
        var matched = names
        for (name, columns) in claims where columns.count == 1 && !names.contains(name) { matched[columns[0]] = name }
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

    /// Whether the header holds item texts where item ids belong, as an export with labels as
    /// headers does; the first such column.
    func labelColumn(_ instrument: Instrument) -> (index: Int, name: String)? {
        let texts = Set(instrument.items.map { HeaderColumns.normalisedName($0.text) })
        guard let index = names.firstIndex(where: { texts.contains($0) || Self.lastSegment($0).map(texts.contains) == true })
        else { return nil }
        return (index, names[index])
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
