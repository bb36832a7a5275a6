import VeerkrachtCore

/// What demo data to make. `validate()` says whether the generator can make it; the ranges are
/// those of `veerkracht demo generate`, whose options its problems name.
public struct DemoConfiguration: Sendable {
    /// The same seed always gives the same data (any `UInt64`).
    public var seed: UInt64 = 2026
    /// Respondents per meting, from `wijken` to `maximumRespondents`; nil for the named demo set
    /// (six real gemeenten, ~3,400 respondents).
    public var respondents: Int?
    /// Number of wijken when `respondents` is set: from `gemeenten` (one each) to
    /// `gemeenten × wijkenPerGemeente`.
    public var wijken = 3000
    /// Number of gemeenten when `respondents` is set: `gemeenteNumbers`, coded GM0001, GM0002, ….
    public var gemeenten = 250
    /// Meting labels, 1 to `maximumMetingen`, different, each a valid meting label that can be part
    /// of a file name. When a label starts with a number, that number is its year (`years`) and
    /// sets the dates; otherwise the metingen are counted back from 2026.
    public var metingen = ["2025-voorjaar", "2026-voorjaar"]
    /// Share of a meting's respondents who answer the next meting again (the panel), 0–1.
    public var panelShare = 0.4
    /// Share of answers left empty or `NA`, 0–1.
    public var missingShare = 0.05

    public init() {}

    /// A gemeente code has four digits; 0000 is not used.
    public static let gemeenteNumbers = 1...9999
    /// A wijk code has two characters 0–9 or A–Z after the gemeente's digits (`WijkCode`): 36 × 36.
    public static let wijkenPerGemeente = 1296
    public static let maximumRespondents = 10_000_000
    public static let maximumMetingen = 100
    /// The years a meting can be in: its activities start a year earlier, and dates are 1900–2199;
    /// the last is 2026, so that every generated date (March to May of its year) lies in the past
    /// and is imported (a response may not be dated in the future).
    public static let years = 1901...2026

    /// Checks that the generator can make this data set.
    public func validate() throws(Problem) {
        guard Self.gemeenteNumbers.contains(gemeenten) else { throw .gemeenten(gemeenten) }
        guard wijken >= gemeenten && wijken <= gemeenten * Self.wijkenPerGemeente else { throw .wijken(wijken, gemeenten: gemeenten) }
        if let respondents, respondents < wijken || respondents > Self.maximumRespondents {
            throw .respondents(respondents, wijken: wijken)
        }
        for (option, share) in [("panel", panelShare), ("missing", missingShare)] where !(0...1).contains(share) {
            throw .share(option: option, share)
        }
        guard (1...Self.maximumMetingen).contains(metingen.count) else { throw .metingCount(metingen.count) }
        for (index, label) in metingen.enumerated() {
            guard case .success(label) = FieldParsing.label(label, maximum: ResponseValidator.maximumLabelLength),
                  !label.contains("/"), !label.contains("\\") else { throw .metingLabel(label) }
            if metingen[..<index].contains(label) { throw .repeatedMeting(label) }
            if let year = Self.year(of: label), !Self.years.contains(year) { throw .metingYear(label, year) }
        }
    }

    /// The year of meting number `index` (0-based): the number its label starts with, else counted
    /// back from the last year (the last meting in 2026, the one before in 2025, …).
    func year(ofMeting index: Int) -> Int { Self.year(of: metingen[index]) ?? Self.years.upperBound - (metingen.count - 1 - index) }

    /// The number a label starts with (`2025-voorjaar` → 2025), taken as its year.
    private static func year(of label: String) -> Int? { Int(label.prefix(4)) }

    /// Why a configuration cannot be generated, in words that name the `demo generate` option.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case respondents(Int, wijken: Int)
        case gemeenten(Int)
        case wijken(Int, gemeenten: Int)
        case share(option: String, Double)
        case metingCount(Int)
        case metingLabel(String)
        case repeatedMeting(String)
        case metingYear(String, Int)

        public var description: String {
            switch self {
            case let .respondents(n, wijken):
                "--respondents \(n): use \(wijken) (one per wijk) to \(maximumRespondents) respondents per meting"
            case .gemeenten(let n):
                "--gemeenten \(n): use 1 to 9999 gemeenten (a gemeente code has four digits)"
            case let .wijken(n, gemeenten):
                "--wijken \(n): with \(gemeenten) gemeenten use \(gemeenten) to \(gemeenten * wijkenPerGemeente) wijken "
                    + "(at least one per gemeente, at most \(wijkenPerGemeente): a wijk code has two characters 0–9 or A–Z after the gemeente's digits)"
            case let .share(option, value):
                "--\(option) \(value): use a share from 0 to 1"
            case .metingCount(let n):
                "--metingen: give 1 to \(maximumMetingen) meting labels, comma separated (got \(n))"
            case .metingLabel(let label):
                "--metingen: '\(label)' is not a meting label (1–\(ResponseValidator.maximumLabelLength) characters, "
                    + "no control characters, no / or \\)"
            case .repeatedMeting(let label):
                "--metingen: '\(label)' is given twice"
            case let .metingYear(label, year):
                "--metingen: '\(label)' would be in the year \(year); start a label with a year from "
                    + "\(years.lowerBound) to \(years.upperBound), or not with a number"
            }
        }
    }
}
