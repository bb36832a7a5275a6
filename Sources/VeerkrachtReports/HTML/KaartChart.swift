import VeerkrachtCore
import VeerkrachtPresentation

/// The gemeente's wijken as an inline SVG choropleth: each wijk filled by the band of the chosen
/// construct's mean (tints that stay apart in black and white), a withheld wijk hatched and
/// labelled "onderdrukt" without any figure, a wijk without respondents white and labelled
/// "geen gegevens"; wijk names where they fit, north up, a scale bar, and the legend beside it.
enum KaartChart {
    static let width = 720.0
    static let maxHeight = 640.0
    static let margin = 16.0

    static func render(_ kaart: GemeenteKaart, bands: ScoreBands) -> HTML {
        // The wijken to the left of a strip for the north arrow, so that the arrow never covers one.
        let geometry = KaartGeometry(kaart.map, width: width - 40, maxHeight: maxHeight, margin: margin)
        let title = "Kaart van \(kaart.construct.name.lowercased()) per wijk"
        let wijken = zip(kaart.areas, geometry.shapes).map { area, shape in
            tag("path", ["d": KaartGeometry.path(shape), "class": "wijk \(cssClass(area.state))", "fill-rule": "evenodd"],
                tag("title", [:], .text(describe(area))))
        }
        let hatching = zip(kaart.areas, geometry.shapes).compactMap { area, shape -> HTML? in
            guard case .withheld = area.state else { return nil }
            return .empty("path", ["d": KaartGeometry.hatch(shape, spacing: 5), "class": "arcering"])
        }
        let labels = zip(kaart.areas, geometry.shapes).compactMap { label(for: $0, shape: $1) }
        return tag("svg", ["viewBox": "0 0 \(SVG.number(width)) \(SVG.number(geometry.height))", "role": "img",
                           "aria-label": title, "class": "chart kaart"],
                   [tag("title", [:], .text(title)), tag("desc", [:], .text(summary(kaart)))]
                   + wijken + hatching + labels + [north(), scaleBar(geometry)])
    }

    /// The legend: the three bands, withheld (hatched) and no data, each with a swatch as the map draws it.
    static func legend(_ bands: ScoreBands) -> HTML {
        let swatch: [KaartGeometry.Point] = [(1, 1), (17, 1), (17, 13), (1, 13), (1, 1)]
        let entries = Category.allCases.map { ("kaart-\($0.rawValue)", bands.legend($0)) }
            + [("kaart-onderdrukt", "onderdrukt: te weinig respondenten, of ter bescherming van een andere wijk"),
               ("kaart-geen", "geen gegevens: geen respondenten")]
        return tag("ul", ["class": "legend"], entries.map { cssClass, text in
            let hatch: HTML = cssClass == "kaart-onderdrukt" ? .empty("path", ["d": KaartGeometry.hatch([[swatch]], spacing: 3), "class": "arcering"]) : ""
            return tag("li", [:], tag("svg", ["viewBox": "0 0 18 14", "class": "swatch", "aria-hidden": "true"],
                                      SVG.rect(x: 1, y: 1, width: 16, height: 12, cssClass: cssClass), hatch), .text(text))
        })
    }

    /// The map in words: which wijken lie in which band.
    static func summary(_ kaart: GemeenteKaart) -> String {
        let groups: [(String, (GemeenteKaart.State) -> Bool)] = [
            ("Hoog", { if case .band(.hoog, _, _) = $0 { true } else { false } }),
            ("Midden", { if case .band(.midden, _, _) = $0 { true } else { false } }),
            ("Laag", { if case .band(.laag, _, _) = $0 { true } else { false } }),
            ("Onderdrukt", { if case .withheld = $0 { true } else { false } }),
            ("Geen gegevens", { $0 == .noData }),
        ]
        let parts = groups.compactMap { name, test -> String? in
            let names = kaart.areas.filter { test($0.state) }.map { area in
                if case .band(_, _, let group?) = area.state { "\(area.name) (deel van \(group))" } else { area.name }
            }
            return names.isEmpty ? nil : "\(name): " + names.joined(separator: ", ") + "."
        }
        return parts.joined(separator: " ")
    }

    private static func cssClass(_ state: GemeenteKaart.State) -> String {
        switch state {
        case .band(let band, _, _): "kaart-\(band.rawValue)"
        case .withheld: "kaart-onderdrukt"
        case .noData: "kaart-geen"
        }
    }

    /// A wijk's tooltip: its name and band with the mean, or why it has no figure.
    private static func describe(_ area: GemeenteKaart.Area) -> String {
        switch area.state {
        case .band(let band, let mean, nil): "\(area.name): \(band.rawValue) (gemiddeld \(DutchNumber.score(mean)))"
        case .band(let band, let mean, let group?): "\(area.name), als deel van \(group): \(band.rawValue) (gemiddeld \(DutchNumber.score(mean)))"
        case .withheld(.tooFew): "\(area.name): onderdrukt (te weinig respondenten)"
        case .withheld(.complementary): "\(area.name): onderdrukt (ter bescherming van een andere wijk)"
        case .withheld(.pooled(let group)): "\(area.name): opgenomen in \(group)"
        case .noData: "\(area.name): geen gegevens"
        }
    }

    /// The name where it fits inside the wijk, with "onderdrukt" or "geen gegevens" beneath it.
    private static func label(for area: GemeenteKaart.Area, shape: [[[KaartGeometry.Point]]]) -> HTML? {
        guard let place = KaartGeometry.labelPlace(shape) else { return nil }
        let note: String? = switch area.state {
        case .band: nil
        case .withheld: "onderdrukt"
        case .noData: "geen gegevens"
        }
        let characters = Double(max(area.name.count, note?.count ?? 0))
        guard characters * 7 + 6 <= place.room, place.height >= (note == nil ? 20 : 36) else { return nil }
        let y = place.point.y + (note == nil ? 4 : -2)
        return .join([SVG.text(area.name, x: place.point.x, y: y, anchor: "middle", cssClass: "wijk-naam"),
                      note.map { SVG.text($0, x: place.point.x, y: y + 14, anchor: "middle", cssClass: "wijk-noot") } ?? ""])
    }

    /// An arrow pointing north in the top right corner.
    private static func north() -> HTML {
        let (x, y) = (width - 22, 10.0)
        return .join([SVG.polygon([(x, y), (x + 7, y + 20), (x, y + 15), (x - 7, y + 20)], cssClass: "noordpijl"),
                      SVG.text("N", x: x, y: y + 34, anchor: "middle", cssClass: "noord")])
    }

    /// A bar of a round length (1, 2 or 5 times a power of ten metres) about a sixth of the width.
    private static func scaleBar(_ geometry: KaartGeometry) -> HTML {
        let target = geometry.width / 6 * geometry.metresPerUnit
        var power = 1.0
        while power * 10 <= target { power *= 10 }
        let metres = [5, 2, 1].map { Double($0) * power }.first { $0 <= target } ?? power
        let length = metres / geometry.metresPerUnit
        let (x, y) = (margin, geometry.height - 8)
        let text = metres >= 1_000 ? "\(Int(metres / 1_000)) km" : "\(Int(metres)) m"
        return .join([SVG.line(x1: x, y1: y, x2: x + length, y2: y, cssClass: "schaal"),
                      SVG.line(x1: x, y1: y - 5, x2: x, y2: y, cssClass: "schaal"),
                      SVG.line(x1: x + length, y1: y - 5, x2: x + length, y2: y, cssClass: "schaal"),
                      SVG.text(text, x: x + length + 6, y: y + 1, cssClass: "schaal-tekst")])
    }
}
