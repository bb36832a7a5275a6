/// A stylesheet for `PageShell`. Its text is a string literal in the code (a `StaticString`), so
/// no data can ever reach the `<style>` element.
///
/// ```swift
/// static let sheet = Stylesheet("""
///     body { margin: 0; }
///     """)
/// ```
public struct Stylesheet: Sendable {
    /// The CSS.
    public let css: String

    public init(_ css: StaticString) { self.css = css.description }
}
