import VeerkrachtCore

extension GemeenteReport {
    /// A wijk withheld although it has enough respondents, and the small wijken it protects.
    public struct Protection: Sendable, Hashable {
        public let withheld: WijkRow
        /// The wijken with too few respondents whose figures the withheld one keeps from being
        /// recomputed from the gemeente's.
        public let protects: [WijkRow]
    }

    /// Every wijk withheld for complementary suppression (any construct, level or change), with
    /// the small wijken beside it that it protects; for the analist, never for the report itself.
    public var protections: [Protection] {
        func any(_ row: WijkRow, _ reason: SuppressionReason) -> Bool {
            row.constructs.contains { $0.figures.reason == reason || $0.change?.reason == reason }
        }
        let small = wijken.filter { $0.respondents > 0 && any($0, .tooFew) }
        guard !small.isEmpty else { return [] }
        return wijken.filter { any($0, .complementary) }.map { Protection(withheld: $0, protects: small) }
    }
}

extension GemeenteReport {
    /// A rapportagegebied that would make complementary suppression unnecessary.
    public struct GroupingSuggestion: Sendable, Hashable {
        /// A name made of the members' names.
        public let name: String
        /// The small wijken to protect first, then the wijken added to reach the threshold.
        public let wijken: [WijkRow]
    }

    /// When wijken are withheld to protect small ones (`protections`), the group that would avoid
    /// it: the small wijken together, and when they stay under `policy`'s threshold, the fewest
    /// other wijken (the smallest first) that bring the group to it; wijken in a rapportagegebied
    /// already are left out. Nil when no wijk is withheld for another, when the small wijken are
    /// in a group already (which then needs more members), or no grouping reaches the threshold.
    public func groupingSuggestion(policy: DisclosurePolicy) -> GroupingSuggestion? {
        guard let small = protections.first?.protects, !small.contains(where: { groupedWijken.contains($0.wijk.code) }) else { return nil }
        var members = small
        var total = small.reduce(0) { $0 + $1.respondents }
        let others = wijken.filter { row in row.respondents > 0 && !groupedWijken.contains(row.wijk.code) && !small.contains { $0.wijk == row.wijk } }
            .sorted { ($0.respondents, $0.wijk.code) < ($1.respondents, $1.wijk.code) }
        for other in others where policy.suppresses(n: total) {
            members.append(other)
            total += other.respondents
        }
        guard members.count >= 2, !policy.suppresses(n: total) else { return nil }
        let names = members.map(\.wijk.name)
        let joined = names.dropLast().joined(separator: ", ") + " en " + names.last!
        let name = joined.count <= Rapportagegebied.maximumNameLength ? joined : names[0] + " e.o."
        return GroupingSuggestion(name: name, wijken: members)
    }
}
