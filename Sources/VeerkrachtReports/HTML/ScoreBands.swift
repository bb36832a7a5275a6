import VeerkrachtCore

/// The laag/midden/hoog bands used to tint a mean. The report model does not carry the
/// instrument's own thresholds, so the reports use the instrument default (SPEC §3.7).
enum ScoreBands {
    static let thresholds = CategoryThresholds()

    /// The band a mean falls in.
    static func band(of mean: Double) -> Category { thresholds.category(of: mean) }

    /// What each band means, e.g. "laag: onder 4,0".
    static func legend(_ band: Category) -> String {
        switch band {
        case .laag: "laag: onder \(FigureText.score(thresholds.low))"
        case .midden: "midden: \(FigureText.score(thresholds.low)) tot \(FigureText.score(thresholds.high))"
        case .hoog: "hoog: \(FigureText.score(thresholds.high)) of meer"
        }
    }
}
