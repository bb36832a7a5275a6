import VeerkrachtCore
import VeerkrachtPresentation

/// The laag/midden/hoog bands of the report's instrument, used to tint a mean and to explain the tints.
struct ScoreBands {
    let thresholds: CategoryThresholds

    /// The band a mean falls in.
    func band(of mean: Double) -> Category { thresholds.category(of: mean) }

    /// What each band means, e.g. "laag: onder 4,0".
    func legend(_ band: Category) -> String {
        switch band {
        case .laag: "laag: onder \(DutchNumber.score(thresholds.low))"
        case .midden: "midden: \(DutchNumber.score(thresholds.low)) tot \(DutchNumber.score(thresholds.high))"
        case .hoog: "hoog: \(DutchNumber.score(thresholds.high)) of meer"
        }
    }
}

extension Provenance {
    var bands: ScoreBands { ScoreBands(thresholds: thresholds) }
}
