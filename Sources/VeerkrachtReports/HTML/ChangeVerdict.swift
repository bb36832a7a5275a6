import VeerkrachtCore
import VeerkrachtPresentation

/// What a change between two metingen amounts to, in words and with a marker that is never the
/// only carrier of meaning.
enum ChangeVerdict: Equatable {
    case rose
    case fell
    case unchanged
    /// Too little spread or too few respondents to compute an interval.
    case untestable
    /// Either meting has too few respondents, or the change protects another cell: nothing but the
    /// two n's may be shown.
    case withheld(nFrom: Int, nTo: Int, reason: SuppressionReason?)

    init(_ change: ChangeFigures) {
        guard let values = change.values else {
            self = .withheld(nFrom: change.nFrom, nTo: change.nTo, reason: change.reason)
            return
        }
        guard let difference = values.difference else {
            self = .untestable
            return
        }
        self = !difference.isSignificant ? .unchanged : (difference.difference > 0 ? .rose : .fell)
    }

    /// "significant gestegen", "geen significante verandering", "onderdrukt (n = 6 → 7)",
    /// "aanvullend onderdrukt (n = 118 → 120)", …
    var words: String {
        switch self {
        case .rose: "significant gestegen"
        case .fell: "significant gedaald"
        case .unchanged: "geen significante verandering"
        case .untestable: "niet te toetsen"
        case .withheld(let nFrom, let nTo, let reason): "\(FigureText.withheld(reason)) (\(FigureText.n(nFrom)) → \(DutchNumber.grouped(nTo)))"
        }
    }

    /// ▲ or ▼ for a significant change, nothing otherwise.
    var marker: String {
        switch self {
        case .rose: "▲"
        case .fell: "▼"
        default: ""
        }
    }

    /// The CSS class that styles the verdict.
    var cssClass: String {
        switch self {
        case .rose: "rose"
        case .fell: "fell"
        case .withheld: "withheld"
        default: "steady"
        }
    }
}
