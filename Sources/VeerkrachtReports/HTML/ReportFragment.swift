import VeerkrachtPresentation

/// A report as part of a page: its title, its content and the stylesheet that content needs. The
/// standalone file (`HTMLReport.render`) and the web app each wrap it in a page of their own.
///
/// ```swift
/// let fragment = HTMLReport.fragment(report)
/// let page = PageShell.document(title: fragment.title, styles: [fragment.stylesheet], body: [fragment.main])
/// ```
public struct ReportFragment: Sendable {
    /// The page title, e.g. "Wijkrapport Centrum – meting 2026-voorjaar".
    public let title: String
    /// The report itself: a `<main>` element with its sections.
    public let main: HTML
    /// The reports' stylesheet, for the page's head.
    public let stylesheet: Stylesheet

    init(title: String, sections: [HTML]) {
        self.title = title
        main = tag("main", [:], sections)
        stylesheet = ReportStyle.sheet
    }
}
