import VeerkrachtCore
import VeerkrachtPresentation

/// A plain-text overview per area for the terminal, in Dutch: respondents, and per construct the
/// mean with its 95% interval, marking indicatief and onderdrukt cells.
public enum OverviewText {
    /// - Parameters:
    ///   - cells: score cells of one meting at one level.
    ///   - names: display names by area code.
    public static func render(_ cells: [ScoreCell], instrument: Instrument, names: [String: String],
                              respondents: [String: Int], policy: DisclosurePolicy) -> String {
        let byArea = Dictionary(grouping: cells, by: \.area)
        let width = instrument.constructs.map(\.name.count).max() ?? 20
        var lines: [String] = []
        for area in byArea.keys.sorted(by: { (names[$0] ?? $0, $0) < (names[$1] ?? $1, $1) }) {
            let heading = AreaLabel.text(area, name: names[area])
            let meting = byArea[area]!.first!.meting
            lines.append("\(heading) — meting \(meting): \(DutchNumber.grouped(respondents[area] ?? 0)) respondenten")
            let cellsByConstruct = Dictionary(uniqueKeysWithValues: byArea[area]!.map { ($0.construct, $0) })
            for construct in instrument.constructs {
                guard let cell = cellsByConstruct[construct.id] else { continue }
                let label = construct.name.padding(toLength: width)
                lines.append("  \(label)  \(figureText(cell.figures(policy)))")
            }
            lines.append("")
        }
        lines.append("Gemiddelde op 0–10 met 95%-betrouwbaarheidsinterval. indicatief: minder dan \(policy.indicativeBelow) respondenten;")
        lines.append("onderdrukt: minder dan \(policy.suppressBelow) respondenten, cijfers niet getoond.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func figureText(_ figures: ScoreFigures) -> String {
        guard let values = figures.values else { return "onderdrukt (n = \(figures.n))" }
        var text = DutchNumber.format(values.mean).leftPadded(to: 4)
        if let interval = values.interval {
            text += "  [\(DutchNumber.format(interval.lower)) – \(DutchNumber.format(interval.upper))]"
        }
        text += "  n = \(DutchNumber.grouped(figures.n))"
        if figures.status == .indicatief { text += "  indicatief" }
        return text
    }
}

private extension String {
    func padding(toLength length: Int) -> String { self + String(repeating: " ", count: max(0, length - count)) }
    func leftPadded(to length: Int) -> String { String(repeating: " ", count: max(0, length - count)) + self }
}
