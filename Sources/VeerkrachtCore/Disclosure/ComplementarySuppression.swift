/// Complementary suppression for one additive table: cells (the wijken of a gemeente) whose
/// figures add up to a total that is shown (the gemeente). Withholding a single small cell is not
/// enough there: its figures are the total minus the cells that are shown ("terugrekenen",
/// differencing). So whenever the withheld cells include one with too few respondents and
/// together hold fewer respondents than the threshold, the shown cell with the fewest respondents
/// (ties: the lowest key) is withheld too, and the next, until the withheld cells together reach the
/// threshold or nothing is left to withhold. The total then reveals only the figure of a group of
/// at least that many respondents, never one small cell's.
///
/// Cells without respondents count for nothing: they neither need protection nor give any.
/// When every cell is withheld and together they stay under the threshold, the total has too few
/// respondents itself and is onderdrukt by the ordinary rule.
///
/// ```swift
/// let withheld = ComplementarySuppression.withheld(
///     counts: ["WK077201": 40, "WK077202": 5, "WK077203": 12], policy: DisclosurePolicy())
/// // ["WK077202", "WK077203"]: 5 alone could be recomputed; 5 + 12 = 17 cannot be split
/// ```
public enum ComplementarySuppression {
    /// The keys of the cells to withhold: those with too few respondents (primary suppression),
    /// those in `alreadyWithheld`, and the complementary cells that protect them.
    /// - Parameters:
    ///   - counts: respondents per cell.
    ///   - alreadyWithheld: cells withheld for another reason, such as a decision in a table they
    ///     share figures with; they count towards the withheld group like any other.
    public static func withheld<Key: Hashable & Comparable>(counts: [Key: Int], alreadyWithheld: Set<Key> = [],
                                                             policy: DisclosurePolicy) -> Set<Key> {
        var withheld = alreadyWithheld.union(counts.filter { $0.value > 0 && policy.suppresses(n: $0.value) }.keys)
        var candidates = counts.filter { $0.value > 0 && !withheld.contains($0.key) }
            .sorted { ($0.value, $0.key) < ($1.value, $1.key) }[...]
        func exposed() -> Bool {
            let group = withheld.compactMap { counts[$0] }.filter { $0 > 0 }
            return group.contains { policy.suppresses(n: $0) } && policy.suppresses(n: group.reduce(0, +))
        }
        while exposed(), let next = candidates.popFirst() {
            withheld.insert(next.key)
        }
        return withheld
    }
}
