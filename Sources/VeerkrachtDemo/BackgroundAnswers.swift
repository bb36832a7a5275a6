/// A demo resident's answers to the background questions (`leeftijd`, `geslacht`), drawn from
/// random streams of their own: adding them leaves every other answer of the demo as it was.
///
/// Age and geslacht belong to the person (the same in every meting, the age growing with the
/// years between metingen); whether a question is left unanswered is drawn per meting.
struct BackgroundAnswers {
    /// Age groups of residents aged 16 and over, with their shares (roughly the Dutch population).
    private static let ageGroups: [(range: ClosedRange<Int>, share: Double)] = [
        (16...24, 0.14), (25...44, 0.31), (45...64, 0.33), (65...74, 0.12), (75...95, 0.10),
    ]

    private let age: Int
    private let geslacht: Int
    private var now: RandomSource

    init(seed: UInt64, wijkIndex: Int, person: Int, meting: Int, yearsSinceFirst: Int) {
        var lasting = RandomSource(seed: seed, 5, wijkIndex, person)     // stable over metingen
        now = RandomSource(seed: seed, 6, wijkIndex, person, meting)      // this meting only
        var draw = lasting.unit()
        var range = Self.ageGroups[Self.ageGroups.count - 1].range
        for group in Self.ageGroups {
            if draw < group.share { range = group.range; break }
            draw -= group.share
        }
        let first = range.lowerBound + Int(lasting.next() % UInt64(range.count))
        age = min(first + max(yearsSinceFirst, 0), 110)
        let kind = lasting.unit()
        geslacht = kind < 0.48 ? 1 : (kind < 0.98 ? 2 : 3)
    }

    /// The answer to the background item `id` as a file holds it: empty when not given.
    mutating func answer(_ id: String) -> String {
        switch id {
        case "leeftijd": now.chance(0.05) ? "" : String(age)
        case "geslacht": now.chance(0.03) ? "" : String(geslacht)
        default: ""
        }
    }
}
