import VeerkrachtCore

/// Where reports get their figures: core values per area, never raw rows. The store provides
/// this (`extension Store: ReportSource {}` in `VeerkrachtApp`); tests may provide their own.
public protocol ReportSource {
    /// The instrument new responses answer (reports use its constructs and their order).
    func currentInstrument() throws -> Instrument
    func areaNames() throws -> [String: String]
    func scoreCells(level: AreaLevel, meting: String?, area: String?) throws -> [ScoreCell]
    func changeCells(level: AreaLevel, from: String, to: String, area: String?) throws -> [ChangeCell]
    func participation(level: AreaLevel, meting: String, area: String?) throws -> [String: Participation]
    func outputTotals(level: AreaLevel, from: String?, to: String?, area: String?) throws -> [String: OutputTotals]
    /// The configured activity themes, in order.
    func themes() throws -> [String]
    /// When the data last changed (ISO 8601), for provenance.
    func snapshot() throws -> String
}

/// A report that cannot be made, with the reason in words for the user.
public struct ReportError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
