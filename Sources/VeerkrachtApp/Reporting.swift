import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore

/// What both shells make of a store's figures: the wijk dashboard, the gemeente summary and the
/// exports (as CSV text, or as an `ExportTable` to write in any `ExportFormat`), under one
/// disclosure policy. The command line writes them to files and standard
/// output, the web app serves them; neither builds a report itself.
///
/// ```swift
/// let reporting = Reporting(store: store, policy: DisclosurePolicy())
/// let dashboard = try reporting.wijkReport("WK077201", meting: "2026-voorjaar", previous: "2025-voorjaar")
/// let scores = try reporting.scoresCSV(level: .wijk, meting: "2026-voorjaar")
/// ```
public struct Reporting {
    /// Where the figures come from.
    public let store: Store
    /// The disclosure thresholds every figure is shown under (SPEC §4).
    public let policy: DisclosurePolicy

    public init(store: Store, policy: DisclosurePolicy = DisclosurePolicy()) {
        self.store = store
        self.policy = policy
    }

    /// The dashboard of wijk `code` at `meting`, with change since `previous` if given.
    public func wijkReport(_ code: String, meting: String, previous: String?) throws -> WijkReport {
        try WijkReport(wijk: code, meting: meting, previous: previous, source: store, policy: policy)
    }

    /// The impact summary of gemeente `code` at `meting`, with change since `previous` if given,
    /// and a map of `kaartConstruct` (default sociale veerkracht) on `kaart` or the stored wijk map.
    public func gemeenteReport(_ code: String, meting: String, previous: String?, kaart: WijkMap? = nil,
                               kaartConstruct: String? = nil) throws -> GemeenteReport {
        try withKaart(GemeenteReport(gemeente: code, meting: meting, previous: previous, source: store, policy: policy),
                      map: kaart, construct: kaartConstruct)
    }

    /// Score levels per meting, area and construct (`meting` nil: every meting), as CSV.
    public func scoresCSV(level: AreaLevel, meting: String?) throws -> String {
        try scoresTable(level: level, meting: meting).csv()
    }

    /// Score levels per meting, area and construct (`meting` nil: every meting).
    public func scoresTable(level: AreaLevel, meting: String?) throws -> ExportTable {
        ScoreExport.table(try store.scoreCells(level: level, meting: meting), policy: policy)
    }

    /// Change from meting `from` to meting `to` per area and construct, as CSV.
    public func changeCSV(level: AreaLevel, from: String, to: String) throws -> String {
        try changeTable(level: level, from: from, to: to).csv()
    }

    /// Change from meting `from` to meting `to` per area and construct.
    public func changeTable(level: AreaLevel, from: String, to: String) throws -> ExportTable {
        ChangeExport.table(try store.changeCells(level: level, from: from, to: to), policy: policy)
    }

    /// Output per area between the dates `from` and `to` (inclusive; nil: open-ended), with a
    /// column per hulpbron of the current instrument, as CSV. Output is not suppressed.
    public func outputCSV(level: AreaLevel, from: String?, to: String?) throws -> String {
        try outputTable(level: level, from: from, to: to).csv()
    }

    /// The rows of `outputCSV(level:from:to:)`.
    public func outputTable(level: AreaLevel, from: String?, to: String?) throws -> ExportTable {
        let hulpbronnen = try store.instrument().instrument.constructs.filter { $0.kind == .hulpbron }.map(\.id)
        return OutputExport.table(try store.outputTotals(level: level, from: from, to: to), hulpbronnen: hulpbronnen)
    }
}
