import VeerkrachtCore
import VeerkrachtPresentation

/// Output: what the organisation did in a period — totals as cards, and counts per thema and per
/// hulpbron as tables with bars. Output describes the organisation's work and is never suppressed.
enum OutputBlock {
    /// The section "Wat hebben we gedaan?" for an area (`place` as in "in de wijk"); the counts per
    /// thema are shown when given.
    static func section(_ output: OutputSection?, place: String, meting: MetingInfo, previous: MetingInfo?,
                        perThema: [(thema: String, activities: Int)]? = nil) -> HTML {
        let title = "Wat hebben we gedaan?"
        guard let output else {
            return ReportLayout.section(title, kicker: "output",
                                  lead: "In meting \(meting.label) vulde niemand \(place) de vragenlijst in, "
                                      + "dus er is geen periode om activiteiten over te tellen.", [])
        }
        let period = "van \(DutchDate.date(output.period.from)) tot en met \(DutchDate.date(output.period.to))"
        let since = previous?.participation != nil ? "sinds de vorige meting" : "in het jaar tot de laatste vragenlijst"
        let total = output.totals.activities
        var tables: [HTML] = []
        if let perThema {
            tables.append(counts(perThema.map { ($0.thema, $0.activities) }, heading: "Thema", total: total, caption: "Activiteiten per thema."))
        }
        tables.append(counts(output.perHulpbron.map { ($0.name, $0.activities) }, heading: "Gericht op hulpbron", total: total,
                             caption: "Activiteiten per hulpbron. Een activiteit kan aan meer hulpbronnen bijdragen; "
                                 + "daarom tellen de aantallen op tot meer dan het totaal."))
        return ReportLayout.section(title, kicker: "output", lead: "Activiteiten \(place) \(period): de periode \(since).",
                              [.init(nil, cards(output.totals), tables[0])] + tables.dropFirst().map { .init(nil, $0) })
    }

    /// Activities, participants, hours and volunteers as four cards.
    private static func cards(_ totals: OutputTotals) -> HTML {
        let cards: [(String, String)] = [
            ("Activiteiten", DutchNumber.grouped(totals.activities)),
            ("Deelnemers", DutchNumber.grouped(totals.participants)),
            ("Uren", DutchNumber.format(totals.hours)),
            ("Vrijwilligers", DutchNumber.grouped(totals.volunteers)),
        ]
        return tag("div", ["class": "cards"], cards.map { label, figure in
            tag("div", ["class": "card"], tag("div", ["class": "label"], .text(label)), tag("div", ["class": "figure"], .text(figure)))
        })
    }

    /// A table of counts with a bar per row, scaled to `total` (the number of activities).
    private static func counts(_ rows: [(name: String, activities: Int)], heading: String, total: Int, caption: String) -> HTML {
        let largest = max(total, rows.map(\.activities).max() ?? 0, 1)
        let body = rows.map { row in
            tag("tr", [:],
               tag("th", ["scope": "row"], .text(row.name)),
               tag("td", ["class": "num"], .text(DutchNumber.grouped(row.activities))),
               tag("td", ["style": "width: 45%"],
                  tag("span", ["class": "count-bar", "style": "width: \(SVG.number(100 * Double(row.activities) / Double(largest)))%"])))
        }
        let head = tag("tr", [:],
                      tag("th", ["scope": "col"], .text(heading)),
                      tag("th", ["scope": "col", "class": "num"], "Activiteiten"),
                      tag("th", ["scope": "col"], tag("span", ["class": "small"], .text("deel van alle \(DutchNumber.grouped(total)) activiteiten"))))
        return tag("table", [:], tag("caption", [:], .text(caption)), tag("thead", [:], head), tag("tbody", [:], body))
    }
}
