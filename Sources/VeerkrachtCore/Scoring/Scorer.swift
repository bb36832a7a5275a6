/// Scores responses on an instrument's constructs (SPEC §3).
///
/// ```swift
/// let scorer = Scorer(instrument)
/// let scores = scorer.scores(answers)   // one optional score per construct, in instrument order
/// ```
public struct Scorer: Sendable {
    public let instrument: Instrument
    private let itemRules: [ItemRule]

    public init(_ instrument: Instrument) {
        self.instrument = instrument
        itemRules = instrument.items.map { item in
            let scale = instrument.scale(of: item)
            return ItemRule(minimum: Double(scale.minimum), maximum: Double(scale.maximum),
                            capsAtMaximum: scale.isOpen, isReversed: item.isReversed)
        }
    }

    /// The normalised 0–10 score of a valid answer to item `itemIndex`:
    /// cap open scales at their maximum, reverse (v' = min + max − v), then 10 · (v' − min) / (max − min).
    public func itemScore(_ itemIndex: Int, answer: Int) -> Double {
        let rule = itemRules[itemIndex]
        var v = Double(answer)
        if rule.capsAtMaximum { v = Swift.min(v, rule.maximum) }
        if rule.isReversed { v = rule.minimum + rule.maximum - v }
        return 10 * (v - rule.minimum) / (rule.maximum - rule.minimum)
    }

    /// Construct scores for one response's answers (indexed like `instrument.items`, nil = missing).
    ///
    /// A construct measured by items scores the mean of its normalised answered items when at least
    /// its minimum number is answered; a composite scores the mean of its present parts when enough
    /// are present. Otherwise the score is missing.
    public func scores(_ answers: [Int?]) -> [Double?] {
        var items = [Double](repeating: .nan, count: itemRules.count)
        itemScores(answers, into: &items)
        var result = [Double?](repeating: nil, count: instrument.constructs.count)
        scores(itemScores: items, into: &result)
        return result
    }

    /// The normalised score of every answered item into `result` (NaN where missing), without
    /// allocating: importers score many responses with the same buffers.
    public func itemScores(_ answers: [Int?], into result: inout [Double]) {
        precondition(answers.count == itemRules.count && result.count == itemRules.count, "one answer slot per item")
        for index in answers.indices {
            result[index] = answers[index].map { itemScore(index, answer: $0) } ?? .nan
        }
    }

    /// Construct scores from normalised item scores (NaN = missing) into `result`, in instrument order:
    /// the same rules as `scores(_:)`.
    public func scores(itemScores items: [Double], into result: inout [Double?]) {
        precondition(items.count == itemRules.count && result.count == instrument.constructs.count, "one slot per item and construct")
        for (index, construct) in instrument.constructs.enumerated() {
            if case let .items(indices, minimumAnswered) = construct.scoring {
                var sum = 0.0
                var count = 0
                for item in indices where !items[item].isNaN {
                    sum += items[item]
                    count += 1
                }
                result[index] = Self.mean(sum: sum, count: count, minimumCount: minimumAnswered)
            }
        }
        // Composites combine item-measured constructs only, so one pass after those suffices.
        for (index, construct) in instrument.constructs.enumerated() {
            if case let .composite(indices, minimumPresent) = construct.scoring {
                var sum = 0.0
                var count = 0
                for part in indices {
                    guard let score = result[part] else { continue }
                    sum += score
                    count += 1
                }
                result[index] = Self.mean(sum: sum, count: count, minimumCount: minimumPresent)
            }
        }
    }

    /// Normalised item scores of a construct's items, in item order, when every item is answered;
    /// nil otherwise. These rows feed Cronbach's α.
    public func completeItemScores(_ answers: [Int?], construct constructIndex: Int) -> [Double]? {
        guard case let .items(indices, _) = instrument.constructs[constructIndex].scoring else { return nil }
        var row: [Double] = []
        row.reserveCapacity(indices.count)
        for i in indices {
            guard let answer = answers[i] else { return nil }
            row.append(itemScore(i, answer: answer))
        }
        return row
    }

    /// The mean of `count` values summing to `sum`, when there are at least `minimumCount` (and any).
    private static func mean(sum: Double, count: Int, minimumCount: Int) -> Double? {
        count >= minimumCount && count > 0 ? sum / Double(count) : nil
    }
}

private struct ItemRule: Sendable {
    let minimum: Double
    let maximum: Double
    let capsAtMaximum: Bool
    let isReversed: Bool
}
