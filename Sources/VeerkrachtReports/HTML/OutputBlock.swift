import VeerkrachtCore

/// Output: what the organisation did in a period — totals as cards, and counts per thema and per
/// hulpbron as tables with bars. Output describes the organisation's work and is never suppressed.
enum OutputBlock {
    /// The section "Wat hebben we gedaan?" for an area (`place` as in "in de wijk"); the counts per
    /// thema are shown when given.
    static func section(_ output: OutputSection?, place: String, meting: MetingInfo, previous: MetingInfo?,
                        perThema: [(thema: String, activities: Int)]? = nil) -> Markup {
        let title = "Wat hebben we gedaan?"
        guard let output else {
            return Layout.section(title, kicker: "output",
                                  lead: "In meting \(meting.label) vulde niemand \(place) de vragenlijst in, "
                                      + "dus er is geen periode om activiteiten over te tellen.", [])
        }
        let period = "van \(DutchText.date(output.period.from)) tot en met \(DutchText.date(output.period.to))"
        let since = previous?.participation != nil ? "sinds de vorige meting" : "in het jaar tot de laatste vragenlijst"
        let total = output.totals.activities
        var tables: [Markup] = []
        if let perThema {
            tables.append(counts(perThema.map { ($0.thema, $0.activities) }, heading: "Thema", total: total, caption: "Activiteiten per thema."))
        }
        tables.append(counts(output.perHulpbron.map { ($0.name, $0.activities) }, heading: "Gericht op hulpbron", total: total,
                             caption: "Activiteiten per hulpbron. Een activiteit kan aan meer hulpbronnen bijdragen; "
                                 + "daarom tellen de aantallen op tot meer dan het totaal."))
        return Layout.section(title, kicker: "output", lead: "Activiteiten \(place) \(period): de periode \(since).",
                              [.init(nil, cards(output.totals), tables[0])] + tables.dropFirst().map { .init(nil, $0) })
    }

    /// Activities, participants, hours and volunteers as four cards.
    private static func cards(_ totals: OutputTotals) -> Markup {
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
    private static func counts(_ rows: [(name: String, activities: Int)], heading: String, total: Int, caption: String) -> Markup {
        let largest = max(total, rows.map(\.activities).max() ?? 0, 1)
        let body = rows.map { row in
            el("tr", [:],
               el("th", ["scope": "row"], .text(row.name)),
               el("td", ["class": "num"], .text(DutchNumber.grouped(row.activities))),
               el("td", ["style": "width: 45%"],
                  el("span", ["class": "count-bar", "style": "width: \(SVG.number(100 * Double(row.activities) / Double(largest)))%"])))
        }
        let head = el("tr", [:],
                      el("th", ["scope": "col"], .text(heading)),
                      el("th", ["scope": "col", "class": "num"], "Activiteiten"),
                      el("th", ["scope": "col"], el("span", ["class": "small"], .text("deel van alle \(DutchNumber.grouped(total)) activiteiten"))))
        return el("table", [:], el("caption", [:], .text(caption)), el("thead", [:], head), el("tbody", [:], body))
    }
}
