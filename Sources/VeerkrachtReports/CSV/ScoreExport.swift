import VeerkrachtCSV
import VeerkrachtCore

/// The score export of SPEC §6: one row per meting × area × construct.
public enum ScoreExport {
    public static let header = ["meting", "gebied", "construct", "n", "gemiddelde", "sd", "ci_laag", "ci_hoog", "pct_laag", "pct_hoog", "status"]

    /// CSV text for `cells` (in the order given) under `policy`; withheld figures are empty, and
    /// text that a spreadsheet would run as a formula is neutralised (`CSVWriter`).
    public static func csv(_ cells: [ScoreCell], policy: DisclosurePolicy) -> String {
        table(cells, policy: policy).csv()
    }

    /// The rows for `cells` (in the order given) under `policy`; withheld figures are empty.
    public static func table(_ cells: [ScoreCell], policy: DisclosurePolicy) -> ExportTable {
        var table = ExportTable(header: header)
        for cell in cells {
            let figures = cell.figures(policy)
            let v = figures.values
            table.append([
                .text(cell.meting), .text(cell.area), .text(cell.construct), .count(figures.n),
                .number(v?.mean), .number(v?.standardDeviation), .number(v?.interval?.lower), .number(v?.interval?.upper),
                .number(v?.percentLaag), .number(v?.percentHoog), .text(figures.status.rawValue),
            ])
        }
        return table
    }
}
