import VeerkrachtCore
import VeerkrachtPresentation

/// The laag / midden / hoog bands above a 0–10 axis: a thin strip in the band colours with the
/// band names over it, so a reader sees at a glance which band a score falls in.
enum BandStrip {
    /// The strip from `top` (6 units high) with the names above it; `x` maps a score to a position.
    static func render(x: (Double) -> Double, top: Double, bands: ScoreBands) -> [HTML] {
        let (low, high) = (bands.thresholds.low, bands.thresholds.high)
        let edges: [(Category, Double, Double)] = [
            (.laag, 0, low),
            (.midden, low, high),
            (.hoog, high, 10),
        ]
        return edges.map { band, from, to in
            .join([SVG.rect(x: x(from), y: top, width: x(to) - x(from), height: 6, cssClass: "segment \(band.rawValue)"),
                   SVG.text(band.rawValue, x: (x(from) + x(to)) / 2, y: top - 5, anchor: "middle", cssClass: "band-name")])
        }
    }
}
