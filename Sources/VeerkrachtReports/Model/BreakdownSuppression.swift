import VeerkrachtCore

/// Which groups of a breakdown (one background question) the reports withhold beyond each cell's
/// own disclosure control, for every wijk of a gemeente and the gemeente itself, per construct.
///
/// The groups of an area add up to the area's figure, and a group of the gemeente is the sum of
/// that group in its wijken, so a breakdown is a table with both margins shown. Both directions are
/// protected, alternately, until nothing changes:
/// - along a row: the groups of one area, whose total is the area's own figure;
/// - along a column: one group in every wijk, whose total is the gemeente's figure of that group.
///
/// In each line whose total is shown, `ComplementarySuppression` protects the small cells, and a
/// line never withholds exactly one cell with respondents: that one would be its total minus the
/// others, and with it whatever it was withheld to protect in the other direction. A column whose
/// total (the gemeente's group) is withheld withholds at least one wijk's cell, or its shown cells
/// would add up to that total. Every group of
/// an area whose own figure is withheld (primary, or to protect another wijk, see `WijkSuppression`)
/// is withheld too: otherwise the groups would add up to it.
struct BreakdownSuppression {
    /// Withheld group indices per area code (the wijken and the gemeente), per construct id.
    private var withheld: [String: [String: Set<Int>]] = [:]

    /// - Parameters:
    ///   - gemeente: the gemeente's code.
    ///   - wijken: the cells of one breakdown in every wijk of the gemeente.
    ///   - suppression: what the reports withhold of each wijk's own figures (also those shown only
    ///     within the wijk's rapportagegebied).
    init(gemeente: String, wijken: [BreakdownCells], suppression: WijkSuppression, policy: DisclosurePolicy) {
        for construct in Set(wijken.flatMap(\.scores.keys)) {
            let counts = Dictionary(wijken.compactMap { cells in cells.scores[construct].map { (cells.area, $0.map(\.n)) } },
                                    uniquingKeysWith: { a, _ in a })
            let withheldAreas = Set(counts.keys.filter { wijk in
                suppression.withheld(of: wijk)[construct]?.contains(.level) == true
                    || suppression.pooling(of: wijk)[construct]?.parts.contains(.level) == true || policy.suppresses(n: counts[wijk]!.reduce(0, +))
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

    /// One construct: `counts` are the respondents per group of each wijk, `withheldAreas` the
    /// wijken whose own figure is withheld. Returns the withheld groups of every wijk and of the
    /// gemeente (the column totals).
    static func table(gemeente: String, counts: [String: [Int]], withheldAreas: Set<String>,
                      policy: DisclosurePolicy) -> [String: Set<Int>] {
        let width = counts.values.first?.count ?? 0
        let totals = (0..<width).map { group in counts.values.reduce(0) { $0 + $1[group] } }
        var cells: [String: Set<Int>] = [:]
        cells[gemeente] = policy.suppresses(n: totals.reduce(0, +)) ? Set(0..<width) : line(byGroup(totals), already: [], policy: policy)
        for wijk in counts.keys { cells[wijk] = withheldAreas.contains(wijk) ? Set(0..<width) : [] }
        let wijken = counts.keys.sorted()
        var changed = true
        while changed {
            changed = false
            for wijk in wijken where !withheldAreas.contains(wijk) {
                let next = line(byGroup(counts[wijk]!), already: cells[wijk]!, policy: policy)
                if next != cells[wijk] { cells[wijk] = next; changed = true }
            }
            for group in 0..<width {
                let column = Dictionary(uniqueKeysWithValues: wijken.map { ($0, counts[$0]![group]) })
                let already = Set(wijken.filter { cells[$0]!.contains(group) })
                let withheld = cells[gemeente]!.contains(group) ? beside(column, already: already) : line(column, already: already, policy: policy)
                for wijk in withheld where !cells[wijk]!.contains(group) {
                    cells[wijk]!.insert(group)
                    changed = true
                }
            }
        }
        return cells
    }

    /// The cells of one line (cells adding up to a shown total) to withhold: those `already`
    /// withheld, the small ones and their complements, and never exactly one cell with respondents.
    static func line<Key: Hashable & Comparable>(_ counts: [Key: Int], already: Set<Key>, policy: DisclosurePolicy) -> Set<Key> {
        var withheld = ComplementarySuppression.withheld(counts: counts, alreadyWithheld: already, policy: policy)
        if withheld.filter({ counts[$0, default: 0] > 0 }).count == 1,
           let next = counts.filter({ $0.value > 0 && !withheld.contains($0.key) }).min(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            withheld.insert(next.key)
        }
        return withheld
    }

    /// The cells of a line whose total is withheld: that total is unknown, but the shown cells
    /// would add up to it, so at least one cell with respondents is withheld beside it.
    static func beside<Key: Hashable & Comparable>(_ counts: [Key: Int], already: Set<Key>) -> Set<Key> {
        guard !already.contains(where: { counts[$0, default: 0] > 0 }),
              let next = counts.filter({ $0.value > 0 }).min(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { return already }
        return already.union([next.key])
    }

    private static func byGroup(_ counts: [Int]) -> [Int: Int] {
        Dictionary(uniqueKeysWithValues: counts.enumerated().map { ($0.offset, $0.element) })
    }
}
