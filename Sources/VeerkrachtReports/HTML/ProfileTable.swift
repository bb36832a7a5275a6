import VeerkrachtCore
import VeerkrachtPresentation

/// The respondents of an area per group of one background question: the count, the share (of
/// fewer than 30 respondents the count, "3 van 12") with a bar beneath it. Counts are never withheld.
enum ProfileTable {
    static func render(_ result: BreakdownResult) -> HTML {
        let largest = max(result.respondents.max() ?? 0, 1)
        let body = result.respondents.indices.map { group in
            tag("tr", [:],
               tag("th", ["scope": "row"], .text(BreakdownText.group(result.breakdown, group))),
               tag("td", ["class": "num"], .text(DutchNumber.grouped(result.respondents[group]))),
               tag("td", ["class": "share"], .text(DutchNumber.share(result.percentages[group], of: result.total)),
                  tag("span", ["class": "count-bar", "style": "width: \(SVG.number(100 * Double(result.respondents[group]) / Double(largest)))%"])))
        }
        let head = tag("tr", [:],
                      tag("th", ["scope": "col"], .text(BreakdownText.heading(result.breakdown))),
                      tag("th", ["scope": "col", "class": "num"], "Aantal"),
                      tag("th", ["scope": "col"], "Aandeel"))
        let total = tag("tr", [:], tag("th", ["scope": "row"], "Totaal"),
                       tag("td", ["class": "num"], .text(DutchNumber.grouped(result.total))), tag("td", [:], ""))
        return tag("table", ["class": "profile"],
                  tag("caption", [:], .text("Respondenten naar \(BreakdownText.question(result.breakdown)).")),
                  tag("thead", [:], head), tag("tbody", [:], body), tag("tfoot", [:], total))
    }
}
