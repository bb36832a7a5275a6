import VeerkrachtPresentation

/// The approved stories in a report, with what they are and are not (`Reports/uitleg.yaml`,
/// topic `verhalen`). Nothing when the report has none to show.
enum VerhalenSection {
    /// The wijk dashboard's stories, per hulpbron beside its figures: the wijk's score with its
    /// interval, the gemeente's, and the change when the report has one.
    static func render(_ report: WijkReport) -> [HTML] {
        guard !report.verhalen.isEmpty else { return [] }
        let blocks = report.hulpbronnen.compactMap { result -> ReportLayout.Block? in
            let placed = report.verhalen.filter { $0.hulpbron.id == result.id }
            guard !placed.isEmpty else { return nil }
            var figures: [HTML] = [tag("p", ["class": "label"], "Score wijk nu"), tag("p", ["class": "figure"], FigureMarkup.level(result.figures))]
            if let comparison = result.comparison {
                figures.append(tag("p", ["class": "detail"], .text("Gemeente \(report.gemeente.name): \(FigureText.level(comparison))")))
            }
            if let change = result.change, let previous = report.previous {
                figures.append(tag("p", ["class": "detail"], .text("Sinds \(previous.label): "), FigureMarkup.verdict(ChangeVerdict(change))))
            }
            let stories = placed.map { story in
                VerhaalBlock.render(story.verhaal, about: story.alsoAbout.isEmpty ? nil : "Ook over " + KeyMessages.list(story.alsoAbout.map { KeyMessages.inSentence($0.name) }))
            }
            return .init(result.name, tag("div", ["class": "verhalen-naast"], tag("div", ["class": "card verhaal-cijfer"], figures),
                                          tag("div", ["class": "verhalen"], stories)))
        }
        return [ReportLayout.section("Verhalen uit de wijk", kicker: "verhalen",
                                     lead: "Wat veldwerkers in \(report.wijk.name) zagen en hoorden, naast het cijfer van de hulpbron "
                                         + "waar het over gaat.", blocks + [.init(nil, note())])]
    }

    /// The gemeente summary's highlighted stories, each with its wijk and hulpbronnen.
    static func render(_ report: GemeenteReport) -> [HTML] {
        guard !report.verhalen.isEmpty else { return [] }
        let stories = report.verhalen.map { verhaal in
            VerhaalBlock.render(verhaal, wijk: verhaal.wijk.name, about: "Over " + KeyMessages.list(verhaal.hulpbronnen.map { KeyMessages.inSentence($0.name) }))
        }
        // Two by two, so that a page breaks between pairs and the heading stays with the first.
        let pairs = stride(from: 0, to: stories.count, by: 2).map { ReportLayout.Block(nil, tag("div", ["class": "verhalen raster"],
                                                                                          Array(stories[$0..<min($0 + 2, stories.count)]))) }
        return [ReportLayout.section("Verhalen uit de wijken", kicker: "verhalen",
                                     lead: "Uitgelichte verhalen van veldwerkers uit de wijken van \(report.gemeente.name).",
                                     pairs + [.init(nil, note())])]
    }

    private static func note() -> HTML {
        let explanation = Explanations.bundled.explanation("verhalen")
        return tag("p", ["class": "note verhalen-uitleg"], tag("strong", [:], .text(explanation.title + ". ")), .text(explanation.text))
    }
}
