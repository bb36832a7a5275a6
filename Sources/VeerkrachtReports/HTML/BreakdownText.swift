import VeerkrachtCore

/// How the groups of a breakdown read in a report.
enum BreakdownText {
    /// "leeftijd", "geslacht".
    static func question(_ breakdown: Breakdown) -> String { breakdown.rawValue }

    /// "Leeftijd", "Geslacht": the heading of the groups' column.
    static func heading(_ breakdown: Breakdown) -> String { breakdown.rawValue.prefix(1).uppercased() + breakdown.rawValue.dropFirst() }

    /// A group's name: "16–24 jaar", "75 jaar en ouder", "vrouw", "niet ingevuld".
    static func group(_ breakdown: Breakdown, _ index: Int) -> String {
        let group = breakdown.groups[index]
        if group == Breakdown.unknown { return "niet ingevuld" }
        guard breakdown == .leeftijd else { return group }
        return group.hasSuffix("+") ? "\(group.dropLast()) jaar en ouder" : "\(group) jaar"
    }
}
