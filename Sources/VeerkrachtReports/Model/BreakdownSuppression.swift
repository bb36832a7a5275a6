import VeerkrachtCore

/// Which groups of a breakdown (one background question) the reports withhold beyond each cell's
/// own disclosure control, for every wijk of a gemeente and the gemeente itself, per construct.
///
/// The groups of an area add up to the area's figure, and a group of the gemeente is the sum of
/// that group in its wijken, so a breakdown is a table with both margins shown. Both directions are
/// protected with `ComplementarySuppression`, alternately, until nothing changes:
/// - along a row: the groups of one area, whose total is the area's own figure;
/// - along a column: one group in every wijk, whose total is the gemeente's figure of that group.
/// Every group of an area whose own figure is withheld (primary, or to protect another wijk, see
/// `WijkSuppression`) is withheld too: otherwise the groups would add up to it.
struct BreakdownSuppression {
    /// Withheld group indices per area code (the wijken and the gemeente), per construct id.
    private var withheld: [String: [String: Set<Int>]] = [:]

    /// - Parameters:
    ///   - gemeente: the gemeente's code.
    ///   - wijken: the breakdown's cells of every wijk of the gemeente, one breakdown.
    ///   - suppression: what the reports withhold of each wijk's own figures.
    init(gemeente: String, wijken: [BreakdownCells], suppression: WijkSuppression, policy: DisclosurePolicy) {
        let constructs = Set(wijken.flatMap(\.scores.keys))
        for construct in constructs {
            let counts = Dictionary(wijken.map { ($0.area, $0.scores[construct]?.map(\.n) ?? []) }, uniquingKeysWith: { a, _ in a })
                .filter { !$0.value.isEmpty }
            let withheldAreas = Set(counts.keys.filter { wijk in
                suppression.withheld(of: wijk)[construct]?.contains(.level) == true || policy.suppresses(n: counts[wijk]!.reduce(0, +))
            })
            for (area, groups) in Self.table(gemeente: gemeente, counts: counts, withheldAreas: withheldAreas, policy: policy) {
                withheld[area, default: [:]][construct] = groups
            }
        }
    }

    /// The group indices withheld of `area` (a wijk or the gemeente) for `construct`, besides
    /// those with too few respondents of their own.
    func withheld(of area: String, construct: String) -> Set<Int> {
        withheld[area]?[construct] ?? []
    }

    /// One construct: `counts` are the respondents per group of each wijk; `withheldAreas` the
    /// wijken whose own figure is withheld.
    static func table(gemeente: String, counts: [String: [Int]], withheldAreas: Set<String>,
                      policy: DisclosurePolicy) -> [String: Set<Int>] {
        let width = counts.values.first?.count ?? 0
        let totals = (0..<width).map { group in counts.values.reduce(0) { $0 + $1[group] } }
        var cells: [String: Set<Int>] = [:]
        cells[gemeente] = policy.suppresses(n: totals.reduce(0, +)) ? Set(0..<width) : row(totals, already: [], policy: policy)
        for wijk in counts.keys { cells[wijk] = withheldAreas.contains(wijk) ? Set(0..<width) : [] }
        let wijken = counts.keys.sorted()
        var changed = true
        while changed {
            changed = false
            for wijk in wijken where !withheldAreas.contains(wijk) {
                let next = row(counts[wijk]!, already: cells[wijk]!, policy: policy)
                if next != cells[wijk] { cells[wijk] = next; changed = true }
            }
            for group in 0..<width where !cells[gemeente]!.contains(group) {
                let column = Dictionary(uniqueKeysWithValues: wijken.map { ($0, counts[$0]![group]) })
                let already = Set(wijken.filter { cells[$0]!.contains(group) })
                for wijk in ComplementarySuppression.withheld(counts: column, alreadyWithheld: already, policy: policy)
                    where !cells[wijk]!.contains(group) {
                    cells[wijk]!.insert(group)
                    changed = true
                }
            }
        }
        return cells
    }

    private static func row(_ counts: [Int], already: Set<Int>, policy: DisclosurePolicy) -> Set<Int> {
        ComplementarySuppression.withheld(counts: Dictionary(uniqueKeysWithValues: counts.enumerated().map { ($0.offset, $0.element) }),
                                          alreadyWithheld: already, policy: policy)
    }
}
