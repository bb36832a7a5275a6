import VeerkrachtCore
import VeerkrachtPresentation

/// How a single figure looks inside HTML text and tables: a change verdict with its marker, the
/// indicatief / onderdrukt tags, and a level with its interval.
enum FigureMarkup {
    /// "▲ significant gestegen" in the colour of its direction (the words carry the meaning).
    static func verdict(_ verdict: ChangeVerdict) -> HTML {
        let text = [verdict.marker, verdict.words].filter { !$0.isEmpty }.joined(separator: " ")
        return tag("span", ["class": "verdict-text \(verdict.cssClass)"], .text(text))
    }

    /// A tag for an indicatief or onderdrukt cell; nothing for a cell that is fine.
    static func statusTag(_ figures: ScoreFigures) -> HTML {
        switch figures.status {
        case .ok: ""
        case .indicatief: tag("span", ["class": "tag indicatief"], "indicatief")
        case .onderdrukt: tag("span", ["class": "tag onderdrukt"], .text(FigureText.status(figures)))
        }
    }

    /// The mean in bold with its interval below, or the onderdrukt tag.
    static func level(_ figures: ScoreFigures) -> HTML {
        guard let values = figures.values else { return statusTag(figures) }
        let interval = values.interval.map { tag("span", ["class": "small"], .text(FigureText.interval($0))) } ?? ""
        return "\(tag("strong", [:], .text(DutchNumber.score(values.mean))))\(interval)"
    }

    /// A change in a table cell: the difference with its interval, then the verdict.
    static func change(_ change: ChangeFigures) -> HTML {
        let verdict = ChangeVerdict(change)
        guard let difference = change.values?.difference else { return self.verdict(verdict) }
        let numbers = "\(DutchNumber.signed(difference.difference)) (\(FigureText.differenceInterval(difference.interval)))"
        return "\(tag("span", ["class": "num"], .text(numbers)))\(tag("span", ["class": "small"], self.verdict(verdict)))"
    }
}
