import VeerkrachtCore

/// The score export of SPEC §6: one row per meting × area × construct.
public enum ScoreExport {
    public static let header = ["meting", "gebied", "construct", "n", "gemiddelde", "sd", "ci_laag", "ci_hoog", "pct_laag", "pct_hoog", "status"]

    /// CSV text for `cells` (in the order given) under `policy`; withheld figures are empty.
    public static func csv(_ cells: [ScoreCell], policy: DisclosurePolicy) -> String {
        var writer = CSVWriter(header: header)
        for cell in cells {
            let figures = cell.figures(policy)
            let v = figures.values
            writer.append([
                cell.meting, cell.area, cell.construct, String(figures.n),
                ExportNumber.text(v?.mean), ExportNumber.text(v?.standardDeviation),
                ExportNumber.text(v?.interval?.lower), ExportNumber.text(v?.interval?.upper),
                ExportNumber.text(v?.percentLaag), ExportNumber.text(v?.percentHoog),
                figures.status.rawValue,
            ])
        }
        return writer.text
    }
}
