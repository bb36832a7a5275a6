/// The logic model in one table: per hulpbron, how many activities were aimed at it next to how
/// residents score on it now and how that moved — side by side, without claiming cause and effect.
enum LogicModelTable {
    static func render(_ report: WijkReport) -> Markup {
        let activities = Dictionary(uniqueKeysWithValues: (report.output?.perHulpbron ?? []).map { ($0.id, $0.activities) })
        let changeHeading = report.previous.map { "Verandering sinds \($0.label)" } ?? "Verandering"
        let rows = report.hulpbronnen.map { result in
            el("tr", [:],
               el("th", ["scope": "row"], .text(result.name)),
               el("td", ["class": "num"], .text(report.output == nil ? "–" : DutchNumber.grouped(activities[result.id] ?? 0))),
               el("td", ["class": "num"], FigureMarkup.level(result.figures)),
               el("td", ["class": "num"], result.comparison.map { .text(FigureText.level($0)) } ?? "–"),
               el("td", ["class": "num"], FigureMarkup.change(result.change)))
        }
        return el("section", [:],
                  el("h2", [:], "Van activiteit naar hulpbron"),
                  el("p", ["class": "lead"], .text("Per hulpbron: hoeveel activiteiten erop gericht waren, naast hoe de bewoners er nu voor staan en hoe "
                                             + "dat veranderde. Dit toont wat we deden naast wat we zien; het bewijst niet dat het een het ander veroorzaakte.")),
                  el("table", ["class": "logic-model"],
                     el("thead", [:], el("tr", [:],
                                         el("th", ["scope": "col"], "Hulpbron"),
                                         el("th", ["scope": "col", "class": "num"], "Activiteiten"),
                                         el("th", ["scope": "col", "class": "num"], "Score wijk nu"),
                                         el("th", ["scope": "col", "class": "num"], "Gemeente"),
                                         el("th", ["scope": "col", "class": "num"], .text(changeHeading)))),
                     el("tbody", [:], rows)))
    }
}
