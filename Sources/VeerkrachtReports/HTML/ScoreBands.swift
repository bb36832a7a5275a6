import VeerkrachtCore

/// The laag/midden/hoog bands of the report's instrument, used to tint a mean and to explain the tints.
struct ScoreBands {
    let thresholds: CategoryThresholds

    /// The band a mean falls in.
    func band(of mean: Double) -> Category { thresholds.category(of: mean) }

    /// What each band means, e.g. "laag: onder 4,0".
    func legend(_ band: Category) -> String {
        switch band {
        case .laag: "laag: onder \(FigureText.score(thresholds.low))"
        case .midden: "midden: \(FigureText.score(thresholds.low)) tot \(FigureText.score(thresholds.high))"
        case .hoog: "hoog: \(FigureText.score(thresholds.high)) of meer"
        }
    }
}

extension Provenance {
    var bands: ScoreBands { ScoreBands(thresholds: thresholds) }
}
