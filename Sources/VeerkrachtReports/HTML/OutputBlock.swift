import VeerkrachtCore

/// Output: what the organisation did in a period — totals as cards, and counts per hulpbron or
/// thema as a table with bars. Output describes the organisation's work and is never suppressed.
enum OutputBlock {
    /// The period in words, e.g. "van 28 mei 2025 tot en met 28 mei 2026".
    static func period(_ period: OutputPeriod) -> String {
        "van \(DutchText.date(period.from)) tot en met \(DutchText.date(period.to))"
    }

    /// Activities, participants, hours and volunteers as four cards.
    static func cards(_ totals: OutputTotals) -> Markup {
        let cards: [(String, String)] = [
            ("Activiteiten", DutchNumber.grouped(totals.activities)),
            ("Deelnemers", DutchNumber.grouped(totals.participants)),
            ("Uren", DutchNumber.format(totals.hours)),
            ("Vrijwilligers", DutchNumber.grouped(totals.volunteers)),
        ]
        return el("div", ["class": "cards"], cards.map { label, figure in
            el("div", ["class": "card"], el("div", ["class": "label"], .text(label)), el("div", ["class": "figure"], .text(figure)))
        })
    }

    /// A table of counts with a bar per row, scaled to `total` (the number of activities).
    static func counts(_ rows: [(name: String, activities: Int)], heading: String, total: Int, caption: String) -> Markup {
        let largest = max(total, rows.map(\.activities).max() ?? 0, 1)
        let body = rows.map { row in
            el("tr", [:],
               el("th", ["scope": "row"], .text(row.name)),
               el("td", ["class": "num"], .text(DutchNumber.grouped(row.activities))),
               el("td", ["style": "width: 45%"],
                  el("span", ["class": "count-bar", "style": "width: \(SVG.number(100 * Double(row.activities) / Double(largest)))%"])))
        }
        return el("table", [:],
                  el("caption", [:], .text(caption)),
                  el("thead", [:], el("tr", [:], el("th", ["scope": "col"], .text(heading)),
                                      el("th", ["scope": "col", "class": "num"], "Activiteiten"),
                                      el("th", ["scope": "col"], el("span", ["class": "small"], .text("deel van alle \(DutchNumber.grouped(total)) activiteiten"))))),
                  el("tbody", [:], body))
    }
}
