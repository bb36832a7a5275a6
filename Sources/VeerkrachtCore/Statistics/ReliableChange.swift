import Foundation

/// Jacobson–Truax reliable change index for pre/post scores.
public enum ReliableChange {
    /// Standard error of a difference, S_diff = √2·sdPre·√(1 − α); nil unless finite and > 0.
    /// An α within 1e-9 of 1 (perfectly consistent items, up to rounding) leaves S_diff undefined.
    public static func standardErrorOfDifference(sdPre: Double, alpha: Double) -> Double? {
        guard 1 - alpha > 1e-9 else { return nil }
        let sDiff = 2.0.squareRoot() * sdPre * (1 - alpha).squareRoot()
        return sDiff.isFinite && sDiff > 0 ? sDiff : nil
    }

    /// RCI = (post − pre)/S_diff.
    public static func index(pre: Double, post: Double, sDiff: Double) -> Double {
        (post - pre) / sDiff
    }

    /// Whether a change is reliable, and which way.
    public enum Direction: Sendable {
        case improved, worsened, unchanged
    }

    /// Improved when RCI > criterion, worsened when RCI < −criterion, unchanged otherwise.
    public static func direction(ofIndex rci: Double, criterion: Double = 1.96) -> Direction {
        if rci > criterion { return .improved }
        if rci < -criterion { return .worsened }
        return .unchanged
    }

    /// Counts of reliable improvement and worsening over pre/post pairs, at the default criterion.
    public struct Tally: Sendable, Hashable {
        /// The standard error of a difference used for every pair; nil when reliable change is undefined.
        public let sDiff: Double?
        /// Pairs whose RCI exceeds the criterion.
        public private(set) var improved = 0
        /// Pairs whose RCI falls below −criterion.
        public private(set) var worsened = 0
        /// Moments of post − pre over all pairs.
        public private(set) var pairedDifference = Moments()

        /// An empty tally; `sDiff` must be finite and > 0. Without it, only paired differences are kept.
        public init(sDiff: Double?) {
            precondition(sDiff.map { $0.isFinite && $0 > 0 } ?? true, "sDiff must be finite and positive")
            self.sDiff = sDiff
        }

        /// Number of pairs added.
        public var pairs: Int { pairedDifference.count }

        /// Adds one respondent's pre and post score.
        public mutating func add(pre: Double, post: Double) {
            pairedDifference.add(post - pre)
            guard let sDiff else { return }
            switch ReliableChange.direction(ofIndex: ReliableChange.index(pre: pre, post: post, sDiff: sDiff)) {
            case .improved: improved += 1
            case .worsened: worsened += 1
            case .unchanged: break
            }
        }

        /// Adds the pairs of another tally with the same S_diff (e.g. a wijk's to its group's).
        public mutating func merge(_ other: Tally) {
            precondition(sDiff == other.sDiff, "tallies merge only under the same S_diff")
            improved += other.improved
            worsened += other.worsened
            pairedDifference.merge(other.pairedDifference)
        }

        /// 100·improved/pairs; nil without pairs or S_diff.
        public var percentImproved: Double? { percent(improved) }

        /// 100·worsened/pairs; nil without pairs or S_diff.
        public var percentWorsened: Double? { percent(worsened) }

        private func percent(_ part: Int) -> Double? {
            pairs > 0 && sDiff != nil ? 100 * Double(part) / Double(pairs) : nil
        }
    }
}
