import VeerkrachtPresentation

/// The logic model in one table: per hulpbron, how many activities were aimed at it next to how
/// residents score on it now and how that moved — side by side, without claiming cause and effect.
enum LogicModelTable {
    static func render(_ report: WijkReport) -> HTML {
        let activities = Dictionary(uniqueKeysWithValues: (report.output?.perHulpbron ?? []).map { ($0.id, $0.activities) })
        let rows = report.hulpbronnen.map { result in
            var cells = [tag("th", ["scope": "row"], .text(result.name)),
                         tag("td", ["class": "num"], .text(report.output == nil ? "–" : DutchNumber.grouped(activities[result.id] ?? 0))),
                         tag("td", ["class": "num"], FigureMarkup.level(result.figures)),
                         tag("td", ["class": "num"], result.comparison.map { .text(FigureText.level($0)) } ?? "–")]
            if let change = result.change { cells.append(tag("td", ["class": "num"], FigureMarkup.change(change))) }
            return tag("tr", [:], cells)
        }
        var head = [tag("th", ["scope": "col"], "Hulpbron"),
                    tag("th", ["scope": "col", "class": "num"], "Activiteiten"),
                    tag("th", ["scope": "col", "class": "num"], "Score wijk nu"),
                    tag("th", ["scope": "col", "class": "num"], "Gemeente")]
        if let previous = report.previous {
            head.append(tag("th", ["scope": "col", "class": "num"], .text("Verandering sinds \(previous.label)")))
        }
        let table = tag("table", ["class": "logic-model"], tag("thead", [:], tag("tr", [:], head)), tag("tbody", [:], rows))
        let moved = report.previous == nil ? "" : " en hoe dat veranderde"
        return ReportLayout.section("Van activiteit naar hulpbron", kicker: "logisch model",
                              lead: "Per hulpbron: hoeveel activiteiten erop gericht waren, naast hoe de bewoners er nu voor staan\(moved). "
                                  + "Dit zet wat we deden naast wat we zien; het bewijst niet dat het een het ander veroorzaakte.",
                              [.init(nil, table)])
    }
}
