import VeerkrachtCSV
import VeerkrachtCore

/// The change export of SPEC §6: one row per area × construct.
public enum ChangeExport {
    public static let header = ["gebied", "construct", "n_van", "n_naar", "gem_van", "gem_naar", "verschil", "ci_laag", "ci_hoog",
                                "significant", "n_gepaard", "pct_verbeterd", "pct_verslechterd", "status"]

    /// CSV text for `cells` (in the order given) under `policy`; withheld figures are empty, and
    /// text that a spreadsheet would run as a formula is neutralised (`CSVWriter`).
    public static func csv(_ cells: [ChangeCell], policy: DisclosurePolicy) -> String {
        table(cells, policy: policy).csv()
    }

    /// The rows for `cells` (in the order given) under `policy`; withheld figures are empty.
    public static func table(_ cells: [ChangeCell], policy: DisclosurePolicy) -> ExportTable {
        var table = ExportTable(header: header)
        for cell in cells {
            let figures = cell.figures(policy)
            let v = figures.values
            let difference = v?.difference
            table.append([
                .text(cell.area), .text(cell.construct), .count(figures.nFrom), .count(figures.nTo),
                .number(v?.meanFrom), .number(v?.meanTo), .number(difference.map { $0.difference } ?? v.map { $0.meanTo - $0.meanFrom }),
                .number(difference?.interval.lower), .number(difference?.interval.upper),
                .text(difference.map { $0.isSignificant ? "ja" : "nee" }), .count(v?.panel.pairs),
                .number(v?.panel.percentImproved), .number(v?.panel.percentWorsened), .text(figures.status.rawValue),
            ])
        }
        return table
    }
}
