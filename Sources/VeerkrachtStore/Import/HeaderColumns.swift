import Foundation
import VeerkrachtCore

/// What the importers make of a header row's names: where each column stands, and one warning for
/// the columns they ignore. Names are quoted in messages cut short (`MessageText`), so that a
/// header of any size gives messages of a few lines.
enum HeaderColumns {
    /// How many ignored columns the warning names.
    static let named = 3

    /// Header names are matched without surrounding spaces and case-insensitively.
    static func normalisedName(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The position of each name (its first column), with an issue in `log` for every repeat.
    static func positions(_ names: [String], line: Int, log: inout IssueLog) -> [String: Int] {
        var position: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            if let first = position[name] {
                log.add(ImportIssue(line: line, column: index + 1, columnName: name,
                                    reason: "column \(MessageText.quoted(name)) appears twice (also column \(first + 1))"))
            } else {
                position[name] = index
            }
        }
        return position
    }

    /// One warning for the columns of `names` that are not `known`, naming the first few, or none:
    /// `column 7 'opmerking' is not part of X and is ignored`, or `99,992 columns are not part of X
    /// and are ignored: 5 'foo', 6 'bar', 7 'baz', … and 99,989 more`. `isNot` and `areNot` say
    /// what the columns are not, for one and for more.
    static func ignored(_ names: [String], known: Set<String>, isNot: String, areNot: String) -> [String] {
        let columns = names.indices.filter { !known.contains(names[$0]) }
        let shown = columns.prefix(named).map { "\($0 + 1) \(MessageText.quoted(names[$0]))" }
        switch columns.count {
        case 0: return []
        case 1: return ["column \(shown[0]) \(isNot) and is ignored"]
        default:
            let more = columns.count > named ? ", … and \(MessageText.count(columns.count - named)) more" : ""
            return ["\(MessageText.count(columns.count)) columns \(areNot) and are ignored: \(shown.joined(separator: ", "))\(more)"]
        }
    }
}
