import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore

/// The store as the reports' `ReportSource`. The command line declares `extension Store: ReportSource {}`
/// itself and links this module too, so a second conformance here would be redundant; this
/// adapter passes every call through instead.
struct ReportStore: ReportSource {
    let store: Store

    func currentInstrument() throws -> Instrument { try store.currentInstrument() }
    func areaNames() throws -> [String: String] { try store.areaNames() }
    func scoreCells(level: AreaLevel, meting: String?, area: String?) throws -> [ScoreCell] {
        try store.scoreCells(level: level, meting: meting, area: area)
    }
    func changeCells(level: AreaLevel, from: String, to: String, area: String?) throws -> [ChangeCell] {
        try store.changeCells(level: level, from: from, to: to, area: area)
    }
    func participation(level: AreaLevel, meting: String, area: String?) throws -> [String: Participation] {
        try store.participation(level: level, meting: meting, area: area)
    }
    func outputTotals(level: AreaLevel, from: String?, to: String?, area: String?) throws -> [String: OutputTotals] {
        try store.outputTotals(level: level, from: from, to: to, area: area)
    }
    func themes() throws -> [String] { try store.themes() }
    func snapshot() throws -> String { try store.snapshot() }
}
