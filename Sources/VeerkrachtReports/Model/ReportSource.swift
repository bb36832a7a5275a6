import VeerkrachtCore

/// Where reports get their figures: core values per area, never raw rows. The store provides
/// this (`extension Store: ReportSource {}` in `VeerkrachtApp`); tests may provide their own.
public protocol ReportSource {
    /// The instrument new responses answer (reports use its constructs and their order).
    func currentInstrument() throws -> Instrument
    func areaNames() throws -> [String: String]
    /// Every meting with its period, in time order (`Meting.chronological`).
    func metingList() throws -> [Meting]
    func scoreCells(level: AreaLevel, meting: String?, area: String?) throws -> [ScoreCell]
    func changeCells(level: AreaLevel, from: String, to: String, area: String?) throws -> [ChangeCell]
    /// Respondents and scores per area at a meting, split by each background question.
    func breakdowns(level: AreaLevel, meting: String, area: String?) throws -> [BreakdownCells]
    func participation(level: AreaLevel, meting: String, area: String?) throws -> [String: Participation]
    func outputTotals(level: AreaLevel, from: String?, to: String?, area: String?) throws -> [String: OutputTotals]
    /// The rapportagegebieden (named groups of wijken), of one gemeente when `gemeente` is given.
    func rapportagegebieden(gemeente: String?) throws -> [Rapportagegebied]
    /// Score cells of every rapportagegebied of `gemeente` at `meting`, the group's name as `area`.
    func groupScoreCells(gemeente: String, meting: String) throws -> [ScoreCell]
    /// Change cells of every rapportagegebied of `gemeente`, the group's name as `area`.
    func groupChangeCells(gemeente: String, from: String, to: String) throws -> [ChangeCell]
    /// The configured activity themes, in order.
    func themes() throws -> [String]
    /// The approved stories of `wijken` dated from `from` through `through` (inclusive; nil: open),
    /// in date order. A report shows them only where the wijk's figures are not withheld.
    func approvedVerhalen(wijken: [WijkCode], from: String?, through: String?) throws -> [ApprovedVerhaal]
    /// When the data last changed (ISO 8601), for provenance.
    func snapshot() throws -> String
}

/// Why a report cannot be made: the fact, which each shell words for its users.
public enum ReportError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The code given is not a CBS code of the report's level.
    case notACode(String, level: AreaLevel)
    /// The database has no respondents in, nor a name for, this area.
    case noData(String, level: AreaLevel)

    public var description: String {
        switch self {
        case let .notACode(code, .wijk): "'\(code)' is not a CBS wijk code (e.g. WK077201)"
        case let .notACode(code, .gemeente): "'\(code)' is not a CBS gemeente code (e.g. GM0772)"
        case let .noData(code, level): "the database holds nothing about \(level.rawValue) \(code)"
        }
    }
}
