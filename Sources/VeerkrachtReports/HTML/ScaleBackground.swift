import VeerkrachtCore

/// The laag / midden / hoog bands behind a 0–10 axis, tinted and named, so a reader sees at a
/// glance which band a score falls in.
enum ScaleBackground {
    /// Band rectangles from `top` to `bottom` with the band names at `labelY`; `x` maps a score to a position.
    static func bands(x: (Double) -> Double, top: Double, bottom: Double, labelY: Double) -> [Markup] {
        let edges: [(Category, Double, Double)] = [
            (.laag, 0, ScoreBands.thresholds.low),
            (.midden, ScoreBands.thresholds.low, ScoreBands.thresholds.high),
            (.hoog, ScoreBands.thresholds.high, 10),
        ]
        return edges.map { band, from, to in
            .join([SVG.rect(x: x(from), y: top, width: x(to) - x(from), height: bottom - top, cssClass: "band-bg \(band.rawValue)"),
                   SVG.text(band.rawValue, x: (x(from) + x(to)) / 2, y: labelY, anchor: "middle", cssClass: "band-name")])
        }
    }
}
