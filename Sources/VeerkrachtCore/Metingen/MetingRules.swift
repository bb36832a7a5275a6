/// What the meting and date of an incoming response must satisfy, given the metingen the database
/// knows and today's date. The import, the entry form and corrections all ask these rules.
///
/// ```swift
/// let rules = MetingRules(known: [Meting(label: "2026-voorjaar")], today: "2026-05-01")
/// rules.meting("2026-Voorjaar")   // .failure(.unknownMeting("2026-Voorjaar", like: ["2026-voorjaar"], …))
/// rules.meting("2026-najaar")     // .success(.new): a meting of its own
/// rules.datum("2026-06-01", meting: rules.known["2026-voorjaar"]) // .inFuture
/// ```
public struct MetingRules: Sendable {
    /// Every meting of the database, by label.
    public let known: [String: Meting]
    /// Today, `YYYY-MM-DD`: no response is dated later.
    public let today: String

    public init(known: [Meting], today: String) {
        self.known = Dictionary(known.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
        self.today = today
    }

    /// Labels of the open metingen, in order.
    public var open: [String] { known.values.filter { !$0.isClosed }.map(\.label).sorted() }

    /// How a valid label relates to the database.
    public enum Verdict: Sendable, Hashable {
        /// An open meting the database has.
        case known(Meting)
        /// A label the database does not have and that does not look like one it has.
        case new
    }

    /// The verdict on a valid meting label: known and open, or new; refused when closed, or when it
    /// is unknown but looks like a known one (other case, separators, word order or a small typo
    /// in its letters, with the same numbers), or cannot be a new label.
    public func meting(_ label: String) -> Result<Verdict, FieldProblem> {
        if let meting = known[label] { return meting.isClosed ? .failure(.closedMeting(label)) : .success(.known(meting)) }
        let like = known.keys.filter { Self.confusable(label, $0) }.sorted()
        guard like.isEmpty else { return .failure(.unknownMeting(label, like: like, known: known.keys.sorted())) }
        return Meting.label(label).map { _ in .new }
    }

    /// The problem of a valid date for a response of `meting` (nil for a new one), if any: after
    /// today, or outside the meting's period.
    public func datum(_ datum: String, meting: Meting?) -> FieldProblem? {
        if datum > today { return .inFuture(datum) }
        guard let meting, let period = meting.period else { return nil }
        if let from = meting.from, datum < from { return .outsidePeriod(datum, meting: meting.label, period: period) }
        if let to = meting.to, datum > to { return .outsidePeriod(datum, meting: meting.label, period: period) }
        return nil
    }

    /// Whether two different labels are easily taken for one another: the same numbers, and letters
    /// that differ by at most one edit (two when the longer has six or more letters), ignoring
    /// case, separators and the order of the words. "2026-Voorjaar", "voorjaar 2026" and
    /// "2026-voorjar" are all like "2026-voorjaar"; "2025-voorjaar" and "2026-najaar" are not.
    public static func confusable(_ a: String, _ b: String) -> Bool {
        guard a != b else { return false }
        let (lettersA, numbersA) = parts(a), (lettersB, numbersB) = parts(b)
        guard numbersA == numbersB else { return false }
        return editDistance(lettersA, lettersB) <= (max(lettersA.count, lettersB.count) >= 6 ? 2 : 1)
    }

    /// The lower-case letters of the words in sorted order, and the numbers in sorted order.
    private static func parts(_ label: String) -> (letters: [Character], numbers: [String]) {
        var words: [String] = [], numbers: [String] = [], current = "", currentIsNumber = false
        func flush() {
            guard !current.isEmpty else { return }
            if currentIsNumber { numbers.append(String(Int(current) ?? 0)) } else { words.append(current) }
            current = ""
        }
        for character in label.lowercased() {
            let isNumber = character.isASCII && character.isNumber
            guard isNumber || character.isLetter else { flush(); continue }
            if !current.isEmpty && isNumber != currentIsNumber { flush() }
            currentIsNumber = isNumber
            current.append(character)
        }
        flush()
        return (Array(words.sorted().joined()), numbers.sorted())
    }

    /// Levenshtein distance between two short sequences.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
