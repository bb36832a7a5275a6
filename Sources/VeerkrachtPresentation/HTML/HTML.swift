/// A fragment of HTML (or inline SVG) that is safe to send: text becomes markup only through
/// escaping, so a wijk or activity called `<script>` shows as text and never runs.
///
/// String literals and interpolations are escaped; interpolated `HTML` is embedded as it is:
///
/// ```swift
/// let name = "<b>Oost</b>"
/// let heading = tag("h1", [:], "Wijk \(name)")   // <h1>Wijk &lt;b&gt;Oost&lt;/b&gt;</h1>
/// ```
///
/// Markup that was not built this way enters only through `unescaped(_:)`, which is internal to
/// this module: the page shell uses it for the stylesheets.
public struct HTML: Sendable, ExpressibleByStringInterpolation {
    /// The markup text.
    public let rendered: String

    private init(rendered: String) { self.rendered = rendered }

    public init(stringLiteral value: String) { rendered = HTMLEscaping.escape(value) }

    public init(stringInterpolation: Interpolation) { rendered = stringInterpolation.rendered }

    /// Nothing.
    public static let none = HTML(rendered: "")

    /// Text, escaped.
    public static func text(_ text: String) -> HTML { HTML(rendered: HTMLEscaping.escape(text)) }

    /// Fragments one after the other.
    public static func join(_ parts: [HTML]) -> HTML { HTML(rendered: parts.map(\.rendered).joined()) }

    /// `<name attributes>children</name>`. Names are written by the caller's code; values are
    /// escaped. An attribute with a nil value is left out; a boolean attribute (`checked`,
    /// `selected`, `open`, …) is written by its name alone.
    public static func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ children: [HTML] = []) -> HTML {
        HTML(rendered: openTag(name, attributes) + children.map(\.rendered).joined() + "</\(name)>")
    }

    /// An element without content, written `<name attributes/>`: an HTML void element such as
    /// `<input/>` or `<meta/>`, or an SVG shape such as `<circle/>`.
    public static func empty(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) -> HTML {
        HTML(rendered: String(openTag(name, attributes).dropLast()) + "/>")
    }

    /// The one door for markup that was not escaped here: text this module's own code wrote (the
    /// page shell's stylesheets). Never pass data through it.
    static func unescaped(_ markup: String) -> HTML { HTML(rendered: markup) }

    private static let booleanAttributes: Set<String> = ["checked", "selected", "open", "disabled", "required", "hidden"]

    private static func openTag(_ name: String, _ attributes: KeyValuePairs<String, String?>) -> String {
        var text = "<" + name
        for (key, value) in attributes {
            guard let value else { continue }
            text += booleanAttributes.contains(key) ? " \(key)" : " \(key)=\"\(HTMLEscaping.escape(value))\""
        }
        return text + ">"
    }

    /// Builds markup from a string with interpolations, escaping everything but `HTML`.
    public struct Interpolation: StringInterpolationProtocol {
        fileprivate var rendered = ""

        public init(literalCapacity: Int, interpolationCount: Int) { rendered.reserveCapacity(literalCapacity * 2) }

        public mutating func appendLiteral(_ literal: String) { rendered += HTMLEscaping.escape(literal) }
        public mutating func appendInterpolation(_ text: String) { rendered += HTMLEscaping.escape(text) }
        public mutating func appendInterpolation(_ number: Int) { rendered += String(number) }
        public mutating func appendInterpolation(_ markup: HTML) { rendered += markup.rendered }
    }
}

/// Shorthand for `HTML.element`: `tag("p", ["class": "note"], "Tekst")`.
public func tag(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ children: HTML...) -> HTML {
    .element(name, attributes, children)
}

/// Shorthand for `HTML.element` with a list of children.
public func tag(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ children: [HTML]) -> HTML {
    .element(name, attributes, children)
}

/// `value` when `condition` holds, else nil (the attribute is left out): `["checked": when(isChosen)]`.
public func when(_ condition: Bool, _ value: String = "") -> String? { condition ? value : nil }
