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
        precondition(answers.count == itemRules.count, "one answer slot per item")
        var result = [Double?](repeating: nil, count: instrument.constructs.count)
        for (index, construct) in instrument.constructs.enumerated() {
            if case let .items(indices, minimumAnswered) = construct.scoring {
                result[index] = mean(of: indices.lazy.compactMap { i in answers[i].map { itemScore(i, answer: $0) } },
                                     minimumCount: minimumAnswered)
            }
        }
        // Composites combine item-measured constructs only, so one pass after those suffices.
        for (index, construct) in instrument.constructs.enumerated() {
            if case let .composite(indices, minimumPresent) = construct.scoring {
                result[index] = mean(of: indices.lazy.compactMap { result[$0] }, minimumCount: minimumPresent)
            }
        }
        return result
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

    private func mean(of values: some Sequence<Double>, minimumCount: Int) -> Double? {
        var sum = 0.0
        var count = 0
        for value in values {
            sum += value
            count += 1
        }
        return count >= minimumCount && count > 0 ? sum / Double(count) : nil
    }
}

private struct ItemRule: Sendable {
    let minimum: Double
    let maximum: Double
    let capsAtMaximum: Bool
    let isReversed: Bool
}
