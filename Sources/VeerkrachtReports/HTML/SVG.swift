import VeerkrachtPresentation

/// Building blocks shared by the inline SVG charts. Colours and fonts come from the page's
/// stylesheet through CSS classes, so the charts print and scale like the text around them.
enum SVG {
    /// The root of a chart: scales with the width of the page, described for screen readers.
    /// (Inline SVG in HTML needs no namespace attribute, so the page holds no URL at all.)
    static func chart(width: Double, height: Double, label: String, _ content: [HTML]) -> HTML {
        tag("svg", ["viewBox": "0 0 \(number(width)) \(number(height))",
                   "role": "img", "aria-label": label, "class": "chart"],
           [tag("title", [:], .text(label))] + content)
    }

    /// Text at (x, y); `anchor` is `start`, `middle` or `end`.
    static func text(_ text: String, x: Double, y: Double, anchor: String = "start", cssClass: String) -> HTML {
        tag("text", ["x": number(x), "y": number(y), "text-anchor": anchor, "class": cssClass], .text(text))
    }

    /// Text over several lines 15 units apart, the first baseline at y.
    static func lines(_ lines: [String], x: Double, y: Double, cssClass: String) -> HTML {
        .join(lines.enumerated().map { text($1, x: x, y: y + Double($0) * 15, cssClass: cssClass) })
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, cssClass: String) -> HTML {
        .empty("line", ["x1": number(x1), "y1": number(y1), "x2": number(x2), "y2": number(y2), "class": cssClass])
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, cssClass: String) -> HTML {
        .empty("rect", ["x": number(x), "y": number(y), "width": number(max(0, width)), "height": number(height), "class": cssClass])
    }

    /// An interval from x1 to x2 at height y: a horizontal line with a short cap at each end.
    static func whisker(x1: Double, x2: Double, y: Double) -> HTML {
        .join([line(x1: x1, y1: y, x2: x2, y2: y, cssClass: "whisker"),
               line(x1: x1, y1: y - 6, x2: x1, y2: y + 6, cssClass: "whisker"),
               line(x1: x2, y1: y - 6, x2: x2, y2: y + 6, cssClass: "whisker")])
    }

    static func circle(x: Double, y: Double, radius: Double, cssClass: String) -> HTML {
        .empty("circle", ["cx": number(x), "cy": number(y), "r": number(radius), "class": cssClass])
    }

    /// A closed shape through the points.
    static func polygon(_ points: [(x: Double, y: Double)], cssClass: String) -> HTML {
        .empty("polygon", ["points": points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " "), "class": cssClass])
    }

    /// A coordinate with at most one decimal and a decimal point, e.g. 12.5 or 40. Total: a value
    /// outside ±`coordinateLimit` is written as that limit and NaN as 0, so a chart never holds
    /// an unreadable or astronomically large coordinate (the charts clamp their values first).
    static func number(_ value: Double) -> String {
        let rounded = value.isNaN ? 0 : (clamped(value, -coordinateLimit...coordinateLimit) * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// The largest coordinate written; charts are at most a few thousand units in size.
    static let coordinateLimit = 100_000.0

    /// `value` within `range`; NaN becomes the range's lower bound.
    static func clamped(_ value: Double, _ range: ClosedRange<Double>) -> Double {
        value.isNaN ? range.lowerBound : min(range.upperBound, max(range.lowerBound, value))
    }

    /// Splits `text` into lines of at most `width` characters at spaces (a longer word keeps its own line).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines.isEmpty ? [""] : lines
    }
}
