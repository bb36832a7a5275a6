/// How far a wijk report's numbers can be trusted: respondents and Cronbach's α per construct,
/// which cells are indicatief or onderdrukt, and a short note on how to read the report.
enum DataQuality {
    static func render(_ report: WijkReport) -> Markup {
        let rows = report.constructs.map { result in
            el("tr", [:],
               el("th", ["scope": "row"], .text(result.name)),
               el("td", ["class": "num"], .text(DutchNumber.grouped(result.figures.n))),
               el("td", ["class": "num"], alpha(result)),
               el("td", [:], result.figures.status == .ok ? "voldoende" : FigureMarkup.statusTag(result.figures)))
        }
        let head = el("tr", [:],
                      el("th", ["scope": "col"], "Onderdeel"),
                      el("th", ["scope": "col", "class": "num"], "Respondenten (n)"),
                      el("th", ["scope": "col", "class": "num"], "Cronbach's α"),
                      el("th", ["scope": "col"], "Status"))
        let policy = report.provenance.policy
        var topics: [MethodsNote.Topic] = [.scores(report.provenance.bands), .interval, .disclosure(policy), .complementarySuppression(policy)]
        if report.previous != nil { topics += [.change, .reliableChange] }
        topics.append(.reliability)
        return Layout.section("Over de cijfers", kicker: "datakwaliteit", [
            .init("Respondenten en betrouwbaarheid per onderdeel", el("table", [:], el("thead", [:], head), el("tbody", [:], rows))),
            .init("Zo lees je dit rapport", MethodsNote.render(topics)),
        ])
    }

    private static func alpha(_ result: ConstructResult) -> Markup {
        if let reliability = result.reliability { return .text(FigureText.alpha(reliability)) }
        if result.figures.values == nil { return el("span", ["class": "small"], "onderdrukt") }
        return el("span", ["class": "small"], result.kind == .composite ? "n.v.t. (samengesteld)" : "niet te berekenen")
    }
}
