/// A fragment of HTML (or inline SVG) that is safe to emit: every piece of text becomes markup
/// only through escaping, so a wijk called `<script>` shows as text and never runs.
///
/// String literals and interpolations are escaped; interpolated `Markup` is embedded as it is:
///
/// ```swift
/// let name = "<b>Oost</b>"
/// let heading: Markup = .element("h1", [:], ["Wijk \(name)"])   // <h1>Wijk &lt;b&gt;Oost&lt;/b&gt;</h1>
/// ```
struct Markup: Sendable, ExpressibleByStringInterpolation {
    /// The HTML text.
    let html: String

    private init(html: String) { self.html = html }

    init(stringLiteral value: String) { html = Self.escape(value) }

    init(stringInterpolation: Interpolation) { html = stringInterpolation.html }

    /// Text, escaped.
    static func text(_ text: String) -> Markup { Markup(html: escape(text)) }

    /// Markup written by this module itself (the stylesheet); never pass data through this.
    static func trusted(_ html: String) -> Markup { Markup(html: html) }

    /// Fragments one after the other.
    static func join(_ parts: [Markup]) -> Markup {
        Markup(html: parts.map(\.html).joined())
    }

    /// `<name attributes>children</name>`. Names are written by this module; values are escaped.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [Markup] = []) -> Markup {
        Markup(html: openTag(name, attributes) + children.map(\.html).joined() + "</\(name)>")
    }

    /// An element without content, written `<name attributes/>`: an HTML void element such as
    /// `<meta/>`, or an SVG shape such as `<circle/>`.
    static func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) -> Markup {
        Markup(html: String(openTag(name, attributes).dropLast()) + "/>")
    }

    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    private static func openTag(_ name: String, _ attributes: KeyValuePairs<String, String>) -> String {
        "<" + name + attributes.map { " \($0.key)=\"\(escape($0.value))\"" }.joined() + ">"
    }

    /// Builds markup from a string with interpolations, escaping everything but `Markup`.
    struct Interpolation: StringInterpolationProtocol {
        fileprivate var html = ""

        init(literalCapacity: Int, interpolationCount: Int) { html.reserveCapacity(literalCapacity * 2) }

        mutating func appendLiteral(_ literal: String) { html += Markup.escape(literal) }
        mutating func appendInterpolation(_ text: String) { html += Markup.escape(text) }
        mutating func appendInterpolation(_ markup: Markup) { html += markup.html }
    }
}

/// Shorthand for `Markup.element`: `el("p", ["class": "note"], "Tekst")`.
func el(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: Markup...) -> Markup {
    .element(name, attributes, children)
}

/// Shorthand for `Markup.element` with a list of children.
func el(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [Markup]) -> Markup {
    .element(name, attributes, children)
}
