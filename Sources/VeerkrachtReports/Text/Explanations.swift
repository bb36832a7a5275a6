import Foundation
import VeerkrachtReportTexts
import Yams

/// The explanations of `Reports/uitleg.yaml`: per topic a title and a text whose `{placeholders}`
/// the report fills with the thresholds it was made with.
struct Explanations: Sendable {
    /// One explanation as written in the file.
    struct Entry: Sendable, Equatable {
        let title: String
        let text: String
    }

    /// Why a file of explanations cannot be used; the message names the topic.
    struct Problem: Error, Equatable, CustomStringConvertible {
        let description: String
    }

    /// The placeholders each topic may use, by the key it has in the file.
    static let placeholders: [String: Set<String>] = [
        "scores": ["laag", "hoog"], "interval": [], "onderdrukking": ["indicatief", "onderdrukt"],
        "aanvullend": ["onderdrukt"], "rapportagegebied": ["onderdrukt"], "verandering": [], "rci": [], "betrouwbaarheid": [],
        "uitsplitsing": ["onderdrukt"], "trend": [], "kaart": [], "kernboodschappen": [], "verhalen": [],
    ]

    /// The explanations shipped with the toolkit.
    static let bundled: Explanations = {
        do { return try Explanations(yaml: ReportTexts.explanations) } catch {
            preconditionFailure("Reports/uitleg.yaml: \(error)")   // pinned by ExplanationsTests
        }
    }()

    let entries: [String: Entry]

    /// Reads and checks a file: every topic present with a title and a text, no unknown topic,
    /// and no placeholder the topic cannot fill (the first problem in alphabetical order of topics).
    init(yaml: String) throws {
        guard let root = try Yams.load(yaml: yaml) as? [String: Any] else { throw Problem(description: "not a mapping of topics") }
        if let unknown = Set(root.keys).subtracting(Self.placeholders.keys).sorted().first {
            throw Problem(description: "unknown topic '\(unknown)'")
        }
        var entries: [String: Entry] = [:]
        // In the order of the keys, so that of several mistakes the same one is named every time.
        for (key, allowed) in Self.placeholders.sorted(by: { $0.key < $1.key }) {
            guard let fields = root[key] as? [String: Any] else { throw Problem(description: "topic '\(key)' is missing") }
            guard let title = fields["titel"] as? String, let text = fields["tekst"] as? String else {
                throw Problem(description: "topic '\(key)' needs a 'titel' and a 'tekst'")
            }
            if let stray = Self.placeholderNames(in: title + text).subtracting(allowed).sorted().first {
                throw Problem(description: "topic '\(key)' uses {\(stray)}, which it cannot fill")
            }
            entries[key] = Entry(title: title, text: text)
        }
        self.entries = entries
    }

    /// The title and text of `key` with its placeholders filled.
    func explanation(_ key: String, _ values: [String: String] = [:]) -> (title: String, text: String) {
        let entry = entries[key]!   // init guarantees every key of `placeholders`
        var text = entry.text
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return (entry.title, text)
    }

    private static func placeholderNames(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
