/// A background question the reports split their figures by: the respondent's age group or
/// geslacht (the optional items `leeftijd` and `geslacht` of the Veerkrachtmeter v2). A respondent
/// who did not answer it, or answered with an instrument that does not ask it, is in the last
/// group, `onbekend`, so the groups of a breakdown always add up to the area's total.
public enum Breakdown: String, CaseIterable, Sendable, Hashable {
    case leeftijd
    case geslacht

    /// The group of respondents who gave no answer.
    public static let unknown = "onbekend"

    /// The id of the item that carries the answer.
    public var item: String { rawValue }

    /// The groups in display order, `onbekend` last.
    public var groups: [String] {
        switch self {
        case .leeftijd: ["16–24", "25–44", "45–64", "65–74", "75+", Self.unknown]
        case .geslacht: ["man", "vrouw", "anders", Self.unknown]
        }
    }

    /// The index in `groups` of an answer: the age group of a number of completed years, or the
    /// geslacht of its code (1 man, 2 vrouw, 3 anders); `onbekend` for no answer or any other value.
    public func groupIndex(of answer: Int?) -> Int {
        let unknown = groups.count - 1
        guard let answer else { return unknown }
        switch self {
        case .leeftijd:
            switch answer {
            case 16...24: return 0
            case 25...44: return 1
            case 45...64: return 2
            case 65...74: return 3
            case 75...: return 4
            default: return unknown
            }
        case .geslacht:
            return (1...3).contains(answer) ? answer - 1 : unknown
        }
    }
}

/// The respondents and scores of one area at one meting, split by one background question.
public struct BreakdownCells: Sendable, Hashable {
    /// CBS code of the wijk or gemeente.
    public let area: String
    public let breakdown: Breakdown
    /// Respondents per group, in `breakdown.groups` order, also those without any score.
    public let respondents: [Int]
    /// Per construct id, the score distribution of each group, in `breakdown.groups` order.
    public let scores: [String: [ScoreDistribution]]

    public init(area: String, breakdown: Breakdown, respondents: [Int], scores: [String: [ScoreDistribution]]) {
        precondition(respondents.count == breakdown.groups.count && scores.values.allSatisfy { $0.count == respondents.count })
        self.area = area
        self.breakdown = breakdown
        self.respondents = respondents
        self.scores = scores
    }
}
