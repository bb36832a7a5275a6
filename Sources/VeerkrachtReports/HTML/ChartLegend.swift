import VeerkrachtPresentation

/// A chart's legend in HTML: a small drawn swatch beside every entry's words, so colour is never
/// the only thing that tells the series apart.
enum ChartLegend {
    /// What a legend entry shows before its text.
    enum Swatch {
        /// A filled dot (a mean).
        case dot(String)
        /// An open diamond (the comparison area's mean).
        case diamond
        /// A solid or dashed line with a dot (a radar series).
        case line(String)
        /// A filled block (a band or category).
        case block(String)
        /// A marker that is text itself, such as ▲.
        case text(String)
    }

    static func render(_ entries: [(swatch: Swatch, text: String)]) -> HTML {
        tag("ul", ["class": "legend"], entries.map { tag("li", [:], swatch($0.swatch), .text($0.text)) })
    }

    private static func swatch(_ swatch: Swatch) -> HTML {
        if case .text(let marker) = swatch { return tag("span", ["class": "marker", "aria-hidden": "true"], .text(marker)) }
        let shape: HTML
        switch swatch {
        case .dot(let cssClass): shape = SVG.circle(x: 9, y: 7, radius: 5, cssClass: "dot \(cssClass)")
        case .diamond: shape = SVG.polygon(IntervalChart.diamond(x: 9, y: 7, size: 5.5), cssClass: "comparison-mark")
        case .line(let cssClass):
            shape = .join([SVG.line(x1: 1, y1: 7, x2: 17, y2: 7, cssClass: "series-line \(cssClass)"),
                           SVG.circle(x: 9, y: 7, radius: 3, cssClass: "series-dot \(cssClass)")])
        case .block(let cssClass): shape = SVG.rect(x: 1, y: 1, width: 16, height: 12, cssClass: cssClass)
        case .text: shape = ""
        }
        return tag("svg", ["viewBox": "0 0 18 14", "class": "swatch", "aria-hidden": "true"], shape)
    }
}
