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
