import VeerkrachtCore
@testable import VeerkrachtReports

/// Background answers for `FakeReportSource`, split from the very scores its wijk cells hold, so
/// every wijk's groups add up to its own figure: geslacht answered (man, vrouw, none "anders",
/// some not), leeftijd answered by nobody.
///
/// | wijk | respondents | man | vrouw | anders | onbekend |
/// |---|---|---|---|---|---|
/// | WK077201 | 40 | 14 | 20 | 0 | 6 |
/// | WK077202 | 5 | 2 | 3 | 0 | 0 |
/// | WK077203 | 12 | 0 | 12 | 0 | 0 |
///
/// In WK077201, cohesie (7 scored, onderdrukt) splits 3 / 4 / 0 / 0 and binding (20 scored) 7 / 10 / 0 / 3.
extension FakeReportSource {
    /// The fake with background answers in every wijk.
    static var withBackground: FakeReportSource {
        var source = FakeReportSource()
        source.breakdownCells = ["WK077201", "WK077202", "WK077203"].flatMap { [geslacht($0), leeftijd($0)] }
        return source
    }

    /// The scores of `construct` in `wijk`, in the order the fake's cells add them.
    static func scores(_ wijk: String, _ construct: String) -> [Double] {
        switch (wijk, construct) {
        case ("WK077201", "cohesie"): suppressedScores
        case ("WK077201", "binding"): spread(0..<20)
        case ("WK077201", _): spread(0..<40)
        case ("WK077202", _): smallScores
        default: complementScores
        }
    }

    /// The fake's `distribution(count:base:)` with base 5: scores 5 … 8 in steps of 0.5.
    static func spread(_ range: Range<Int>) -> [Double] { range.map { 5.0 + Double($0 % 7) * 0.5 } }

    private static let constructs = ["cohesie", "binding", "sociaal_vertrouwen", "veranderingsbereidheid", "digitaal_contact",
                                     "zelfredzaamheid", "samenredzaamheid", "community_redzaamheid", "veerkracht"]

    /// Group sizes (man, vrouw, anders, onbekend) of the scores of `construct` in `wijk`.
    private static func geslachtSizes(_ wijk: String, _ construct: String) -> [Int] {
        switch (wijk, construct) {
        case ("WK077201", "cohesie"): [3, 4, 0, 0]
        case ("WK077201", "binding"): [7, 10, 0, 3]
        case ("WK077201", _): [14, 20, 0, 6]
        case ("WK077202", _): [2, 3, 0, 0]
        default: [0, 12, 0, 0]
        }
    }

    private static func geslacht(_ wijk: String) -> BreakdownCells {
        BreakdownCells(area: wijk, breakdown: .geslacht, respondents: geslachtSizes(wijk, "sociaal_vertrouwen"),
                       scores: Dictionary(uniqueKeysWithValues: constructs.map { construct in
                           var rest = scores(wijk, construct)[...]
                           return (construct, geslachtSizes(wijk, construct).map { size in
                               defer { rest = rest.dropFirst(size) }
                               return distribution(rest.prefix(size))
                           })
                       }))
    }

    private static func leeftijd(_ wijk: String) -> BreakdownCells {
        let respondents = geslachtSizes(wijk, "sociaal_vertrouwen").reduce(0, +)
        return BreakdownCells(area: wijk, breakdown: .leeftijd, respondents: [0, 0, 0, 0, 0, respondents],
                              scores: Dictionary(uniqueKeysWithValues: constructs.map { construct in
                                  (construct, [ScoreDistribution](repeating: ScoreDistribution(), count: 5) + [distribution(scores(wijk, construct)[...])])
                              }))
    }

    private static func distribution(_ scores: ArraySlice<Double>) -> ScoreDistribution {
        var distribution = ScoreDistribution()
        for score in scores { distribution.add(score, category: CategoryThresholds().category(of: score)) }
        return distribution
    }
}
