/// What the organisation did in an area: the output figures of its activities (SPEC §1, §6).
///
/// Output counts describe the organisation's work, not residents, so they are never suppressed.
///
/// ```swift
/// var totals = OutputTotals()
/// activities.forEach { totals.add($0) }
/// totals.perHulpbron["cohesie"]    // activities contributing to cohesie
/// ```
public struct OutputTotals: Sendable, Hashable {
    /// Number of activities.
    public var activities: Int
    /// Participants summed over the activities.
    public var participants: Int
    /// Hours summed over the activities.
    public var hours: Double
    /// Volunteers summed over the activities.
    public var volunteers: Int
    /// Number of activities contributing to each hulpbron, by construct id (absent = 0).
    public var perHulpbron: [String: Int]
    /// Number of activities per thema (absent = 0).
    public var perThema: [String: Int]

    /// No activities.
    public init() {
        activities = 0
        participants = 0
        hours = 0
        volunteers = 0
        perHulpbron = [:]
        perThema = [:]
    }

    /// Counts one more activity.
    public mutating func add(_ activity: Activity) {
        activities += 1
        participants = Self.sum(participants, activity.participants)
        hours += activity.hours
        volunteers = Self.sum(volunteers, activity.volunteers)
        for hulpbron in Set(activity.hulpbronnen) { perHulpbron[hulpbron, default: 0] += 1 }
        perThema[activity.thema, default: 0] += 1
    }

    /// Adds the totals of other activities (e.g. another wijk of the same gemeente).
    public mutating func merge(_ other: OutputTotals) {
        activities += other.activities
        participants = Self.sum(participants, other.participants)
        hours += other.hours
        volunteers = Self.sum(volunteers, other.volunteers)
        perHulpbron.merge(other.perHulpbron, uniquingKeysWith: +)
        perThema.merge(other.perThema, uniquingKeysWith: +)
    }

    /// `a + b`, staying at the largest Int instead of trapping. Accepted values (`Limits`) never come
    /// near it; a database written before those limits may.
    public static func sum(_ a: Int, _ b: Int) -> Int {
        let (result, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? .max : .min) : result
    }

    /// A count summed as a double (SQLite's `total`, which cannot overflow) as an Int, staying at
    /// the largest Int beyond it.
    public static func count(_ total: Double) -> Int {
        guard total.isFinite else { return total > 0 ? .max : 0 }
        return Int(exactly: total.rounded()) ?? (total > 0 ? .max : .min)
    }

    /// Number of activities contributing to `hulpbron` (0 when none).
    public func count(hulpbron: String) -> Int { perHulpbron[hulpbron] ?? 0 }
}
