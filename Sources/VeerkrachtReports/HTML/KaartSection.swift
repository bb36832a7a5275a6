import VeerkrachtPresentation

/// The gemeente summary's map section: the choropleth, its legend, the wijken per band in words,
/// and what the map shows (`Reports/uitleg.yaml`, topic `kaart`). Nothing when the report has no map.
enum KaartSection {
    static func render(_ report: GemeenteReport) -> [HTML] {
        guard let kaart = report.kaart else { return [] }
        let bands = report.provenance.bands
        let explanation = Explanations.bundled.explanation("kaart")
        var caption: [HTML] = [KaartChart.legend(bands), tag("p", ["class": "kaart-lijst"], .text(KaartChart.summary(kaart)))]
        if !kaart.missing.isEmpty {
            caption.append(tag("p", ["class": "note"], .text("Niet op de kaart (de kaart heeft deze wijk niet): "
                + kaart.missing.map { "\($0.name) (\($0.code))" }.joined(separator: ", ") + ".")))
        }
        caption.append(tag("p", ["class": "note"], tag("strong", [:], .text(explanation.title + ". ")), .text(explanation.text)))
        return [ReportLayout.section("\(kaart.construct.name) per wijk", kicker: "kaart",
                                     lead: "Elke wijk gekleurd naar het gemiddelde op \(kaart.construct.name.lowercased()) bij meting "
                                         + "\(report.meting.label): laag, midden of hoog.",
                                     [.init(nil, tag("figure", ["class": "kaart-figuur"], KaartChart.render(kaart, bands: bands),
                                                     tag("figcaption", [:], caption)))])]
    }
}
