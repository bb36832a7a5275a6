import VeerkrachtCSV
import VeerkrachtCore

/// The output export of SPEC §6: one row per area with the organisation's activities, participants,
/// hours, volunteers and, per hulpbron, the number of activities contributing to it. Output figures
/// describe the organisation's work, not residents, so nothing is suppressed.
///
/// ```swift
/// let text = OutputExport.csv(try store.outputTotals(level: .wijk), hulpbronnen: OutputExport.defaultHulpbronnen)
/// ```
public enum OutputExport {
    /// The hulpbron constructs of Veerkrachtmeter v1, in instrument order.
    public static let defaultHulpbronnen = ["cohesie", "binding", "sociaal_vertrouwen", "veranderingsbereidheid", "digitaal_contact"]

    /// The export's header for Veerkrachtmeter v1 (SPEC §6).
    public static let header = header(hulpbronnen: defaultHulpbronnen)

    /// The header with one count column per hulpbron id, in the order given.
    public static func header(hulpbronnen: [String]) -> [String] {
        ["gebied", "activiteiten", "deelnemers", "uren", "vrijwilligers"] + hulpbronnen
    }

    /// CSV text with one row per area, ordered by area code; `hulpbronnen` are the count columns
    /// (the instrument's hulpbron construct ids in instrument order). `uren` is written with `.` as
    /// decimal separator at full precision (empty when the sum outgrew every double). Text that a
    /// spreadsheet would run as a formula is neutralised (`CSVWriter`).
    public static func csv(_ totals: [String: OutputTotals], hulpbronnen: [String]) -> String {
        table(totals, hulpbronnen: hulpbronnen).csv()
    }

    /// The rows of `csv(_:hulpbronnen:)`, one per area ordered by area code.
    public static func table(_ totals: [String: OutputTotals], hulpbronnen: [String]) -> ExportTable {
        var table = ExportTable(header: header(hulpbronnen: hulpbronnen))
        for (area, figures) in totals.sorted(by: { $0.key < $1.key }) {
            table.append([.text(area), .count(figures.activities), .count(figures.participants), .number(figures.hours),
                           .count(figures.volunteers)] + hulpbronnen.map { .count(figures.count(hulpbron: $0)) })
        }
        return table
    }
}
