import VeerkrachtPresentation

/// How far a wijk report's numbers can be trusted: respondents and Cronbach's α per construct,
/// which cells are indicatief or onderdrukt, and a short note on how to read the report.
enum DataQuality {
    static func render(_ report: WijkReport) -> HTML {
        let rows = report.constructs.map { result in
            tag("tr", [:],
               tag("th", ["scope": "row"], .text(result.name)),
               tag("td", ["class": "num"], .text(DutchNumber.grouped(result.figures.n))),
               tag("td", ["class": "num"], alpha(result)),
               tag("td", [:], result.figures.status == .ok ? "voldoende" : FigureMarkup.statusTag(result.figures)))
        }
        let head = tag("tr", [:],
                      tag("th", ["scope": "col"], "Onderdeel"),
                      tag("th", ["scope": "col", "class": "num"], "Respondenten (n)"),
                      tag("th", ["scope": "col", "class": "num"], "Cronbach's α"),
                      tag("th", ["scope": "col"], "Status"))
        let policy = report.provenance.policy
        var topics: [MethodsNote.Topic] = [.scores(report.provenance.bands), .interval, .disclosure(policy), .complementarySuppression(policy)]
        if report.rapportagegebied != nil { topics.append(.rapportagegebied(policy)) }
        if report.previous != nil { topics += [.change, .reliableChange] }
        topics.append(.reliability)
        return ReportLayout.section("Over de cijfers", kicker: "datakwaliteit", [
            .init("Respondenten en betrouwbaarheid per onderdeel", tag("table", [:], tag("thead", [:], head), tag("tbody", [:], rows))),
            .init("Zo lees je dit rapport", MethodsNote.render(topics)),
        ])
    }

    private static func alpha(_ result: ConstructResult) -> HTML {
        if let reliability = result.reliability { return .text(FigureText.alpha(reliability)) }
        if result.figures.values == nil { return tag("span", ["class": "small"], "onderdrukt") }
        return tag("span", ["class": "small"], result.kind == .composite ? "n.v.t. (samengesteld)" : "niet te berekenen")
    }
}
