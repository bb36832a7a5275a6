/// The logic model in one table: per hulpbron, how many activities were aimed at it next to how
/// residents score on it now and how that moved — side by side, without claiming cause and effect.
enum LogicModelTable {
    static func render(_ report: WijkReport) -> Markup {
        let activities = Dictionary(uniqueKeysWithValues: (report.output?.perHulpbron ?? []).map { ($0.id, $0.activities) })
        let rows = report.hulpbronnen.map { result in
            var cells = [el("th", ["scope": "row"], .text(result.name)),
                         el("td", ["class": "num"], .text(report.output == nil ? "–" : DutchNumber.grouped(activities[result.id] ?? 0))),
                         el("td", ["class": "num"], FigureMarkup.level(result.figures)),
                         el("td", ["class": "num"], result.comparison.map { .text(FigureText.level($0)) } ?? "–")]
            if let change = result.change { cells.append(el("td", ["class": "num"], FigureMarkup.change(change))) }
            return el("tr", [:], cells)
        }
        var head = [el("th", ["scope": "col"], "Hulpbron"),
                    el("th", ["scope": "col", "class": "num"], "Activiteiten"),
                    el("th", ["scope": "col", "class": "num"], "Score wijk nu"),
                    el("th", ["scope": "col", "class": "num"], "Gemeente")]
        if let previous = report.previous {
            head.append(el("th", ["scope": "col", "class": "num"], .text("Verandering sinds \(previous.label)")))
        }
        let table = el("table", ["class": "logic-model"], el("thead", [:], el("tr", [:], head)), el("tbody", [:], rows))
        let moved = report.previous == nil ? "" : " en hoe dat veranderde"
        return Layout.section("Van activiteit naar hulpbron", kicker: "logisch model",
                              lead: "Per hulpbron: hoeveel activiteiten erop gericht waren, naast hoe de bewoners er nu voor staan\(moved). "
                                  + "Dit zet wat we deden naast wat we zien; het bewijst niet dat het een het ander veroorzaakte.",
                              [.init(nil, table)])
    }
}
