import VeerkrachtCore
import VeerkrachtPresentation

/// How figures read in the HTML reports, built on `DutchNumber`: intervals, Cronbach's α with two
/// decimals, n, and a withheld cell as "onderdrukt (n = 7)" (or "aanvullend onderdrukt (n = 120)"
/// when withheld to protect another cell), never its figures.
enum FigureText {
    /// A 95% interval, e.g. "5,9 – 6,4".
    static func interval(_ interval: ConfidenceInterval) -> String {
        "\(DutchNumber.format(interval.lower)) – \(DutchNumber.format(interval.upper))"
    }

    /// The 95% interval of a difference, e.g. "−0,5 tot 0,2" (a dash would read as a minus).
    static func differenceInterval(_ interval: ConfidenceInterval) -> String {
        "\(DutchNumber.signed(interval.lower)) tot \(DutchNumber.signed(interval.upper))"
    }

    /// Cronbach's α with two decimals, e.g. "0,84".
    static func alpha(_ value: Double) -> String { DutchNumber.format(value, decimals: 2) }

    /// A number of respondents, e.g. "n = 1.774", with no-break spaces so it never splits over two lines.
    static func n(_ count: Int) -> String { "n\u{A0}=\u{A0}\(DutchNumber.grouped(count))" }

    /// The text that stands in for a withheld cell: "onderdrukt (n = 7)", "aanvullend onderdrukt (n = 120)".
    static func withheld(n count: Int, reason: SuppressionReason?) -> String { "\(withheld(reason)) (\(n(count)))" }

    /// "onderdrukt", "aanvullend onderdrukt" for a cell withheld to protect another (complementary
    /// suppression), or "opgenomen in Buitengebied" for a wijk reported within its rapportagegebied.
    static func withheld(_ reason: SuppressionReason?) -> String {
        switch reason {
        case .complementary: "aanvullend onderdrukt"
        case .pooled(let group): "opgenomen in \(group)"
        case .tooFew, nil: "onderdrukt"
        }
    }

    /// The level of a cell: "6,4", or "onderdrukt (n = 7)", or "geen respondenten".
    static func level(_ figures: ScoreFigures) -> String {
        if let values = figures.values { return DutchNumber.score(values.mean) }
        return figures.n == 0 ? "geen respondenten" : withheld(n: figures.n, reason: figures.reason)
    }

    /// The level with its interval: "6,4 (5,9 – 6,8)", or the level alone when there is no interval.
    static func levelWithInterval(_ figures: ScoreFigures) -> String {
        guard let interval = figures.values?.interval else { return level(figures) }
        return "\(level(figures)) (\(self.interval(interval)))"
    }

    /// What the status of a cell means, in words.
    static func status(_ figures: ScoreFigures) -> String {
        switch figures.status {
        case .ok: "voldoende respondenten"
        case .indicatief: "indicatief"
        case .onderdrukt: figures.n == 0 ? "geen respondenten" : withheld(n: figures.n, reason: figures.reason)
        }
    }
}
