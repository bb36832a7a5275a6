import VeerkrachtReports

/// A fragment of HTML that is safe to send: text becomes markup only through escaping, so a wijk
/// or activity called `<script>` shows as text and never runs.
///
/// String literals and interpolations are escaped; interpolated `HTML` is embedded as it is:
///
/// ```swift
/// let name = "<b>Oost</b>"
/// let heading = tag("h1", [:], "Wijk \(name)")   // <h1>Wijk &lt;b&gt;Oost&lt;/b&gt;</h1>
/// ```
struct HTML: Sendable, ExpressibleByStringInterpolation {
    /// The markup text.
    let rendered: String

    private init(rendered: String) { self.rendered = rendered }

    init(stringLiteral value: String) { rendered = Self.escape(value) }

    init(stringInterpolation: Interpolation) { rendered = stringInterpolation.rendered }

    /// Nothing.
    static let none = HTML(rendered: "")

    /// Text, escaped.
    static func text(_ text: String) -> HTML { HTML(rendered: escape(text)) }

    /// Markup written by this module itself (the stylesheet, a rendered report); never data.
    static func trusted(_ markup: String) -> HTML { HTML(rendered: markup) }

    /// Fragments one after the other.
    static func join(_ parts: [HTML]) -> HTML { HTML(rendered: parts.map(\.rendered).joined()) }

    /// `<name attributes>children</name>`. Names are written by this module; values are escaped.
    /// An attribute with a nil value is left out; a boolean attribute (`checked`, `selected`, `open`)
    /// is written by its name alone.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ children: [HTML]) -> HTML {
        HTML(rendered: openTag(name, attributes) + children.map(\.rendered).joined() + "</\(name)>")
    }

    /// A void element such as `<input>` or `<meta>`.
    static func void(_ name: String, _ attributes: KeyValuePairs<String, String?>) -> HTML {
        HTML(rendered: openTag(name, attributes))
    }

    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    private static let booleanAttributes: Set<String> = ["checked", "selected", "open", "disabled", "required", "hidden"]

    private static func openTag(_ name: String, _ attributes: KeyValuePairs<String, String?>) -> String {
        var text = "<" + name
        for (key, value) in attributes {
            guard let value else { continue }
            text += booleanAttributes.contains(key) ? " \(key)" : " \(key)=\"\(escape(value))\""
        }
        return text + ">"
    }

    /// Builds markup from a string with interpolations, escaping everything but `HTML`.
    struct Interpolation: StringInterpolationProtocol {
        fileprivate var rendered = ""

        init(literalCapacity: Int, interpolationCount: Int) { rendered.reserveCapacity(literalCapacity * 2) }

        mutating func appendLiteral(_ literal: String) { rendered += HTML.escape(literal) }
        mutating func appendInterpolation(_ text: String) { rendered += HTML.escape(text) }
        mutating func appendInterpolation(_ number: Int) { rendered += String(number) }
        mutating func appendInterpolation(_ markup: HTML) { rendered += markup.rendered }
    }
}

/// Shorthand for `HTML.element`: `tag("p", ["class": "note"], "Tekst")`.
func tag(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ children: HTML...) -> HTML {
    .element(name, attributes, children)
}

/// Shorthand for `HTML.element` with a list of children.
func tag(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ children: [HTML]) -> HTML {
    .element(name, attributes, children)
}

/// `value` when `condition` holds, else nil (the attribute is left out): `["checked": when(isChosen)]`.
func when(_ condition: Bool, _ value: String = "") -> String? { condition ? value : nil }
