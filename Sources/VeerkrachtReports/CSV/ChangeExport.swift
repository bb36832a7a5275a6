import VeerkrachtCore

/// The change export of SPEC §6: one row per area × construct.
public enum ChangeExport {
    public static let header = ["gebied", "construct", "n_van", "n_naar", "gem_van", "gem_naar", "verschil", "ci_laag", "ci_hoog",
                                "significant", "n_gepaard", "pct_verbeterd", "pct_verslechterd", "status"]

    /// CSV text for `cells` (in the order given) under `policy`; withheld figures are empty.
    public static func csv(_ cells: [ChangeCell], policy: DisclosurePolicy) -> String {
        var writer = CSVWriter(header: header)
        for cell in cells {
            let figures = cell.figures(policy)
            let v = figures.values
            let difference = v?.difference
            writer.append([
                cell.area, cell.construct, String(figures.nFrom), String(figures.nTo),
                ExportNumber.text(v?.meanFrom), ExportNumber.text(v?.meanTo),
                ExportNumber.text(difference.map { $0.difference } ?? v.map { $0.meanTo - $0.meanFrom }),
                ExportNumber.text(difference?.interval.lower), ExportNumber.text(difference?.interval.upper),
                difference.map { $0.isSignificant ? "ja" : "nee" },
                v.map { String($0.panel.pairs) },
                ExportNumber.text(v?.panel.percentImproved), ExportNumber.text(v?.panel.percentWorsened),
                figures.status.rawValue,
            ])
        }
        return writer.text
    }
}
