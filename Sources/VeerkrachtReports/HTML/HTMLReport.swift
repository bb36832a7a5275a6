import VeerkrachtPresentation

/// The reports as self-contained HTML pages for people: inline CSS and SVG, no scripts and nothing
/// loaded from elsewhere, Dutch text, and an A4 print layout. Every text that comes from data
/// (names, labels, sentences) is escaped, and withheld cells show only their n.
///
/// ```swift
/// let report = try WijkReport(wijk: "WK077201", meting: "2026-voorjaar", previous: "2025-voorjaar",
///                             source: store, policy: DisclosurePolicy())
/// try HTMLReport.render(report).write(toFile: "wijk.html", atomically: true, encoding: .utf8)
/// ```
public enum HTMLReport {
    /// The wijk dashboard: output next to outcome, change, the logic model and data quality.
    public static func render(_ report: WijkReport) -> String { standalone(fragment(report)) }

    /// The gemeente impact summary: headline figures, wijken compared, output and what changed.
    public static func render(_ report: GemeenteReport) -> String { standalone(fragment(report)) }

    /// The wijk dashboard as a fragment, for a page of another shell (the web app's).
    public static func fragment(_ report: WijkReport) -> ReportFragment { WijkPage.fragment(report) }

    /// The gemeente impact summary as a fragment, for a page of another shell (the web app's).
    public static func fragment(_ report: GemeenteReport) -> ReportFragment { GemeentePage.fragment(report) }

    /// The fragment as a file of its own: the page shell with the report's stylesheet around it.
    private static func standalone(_ fragment: ReportFragment) -> String {
        PageShell.document(title: fragment.title, styles: [fragment.stylesheet], body: [fragment.main])
    }
}
