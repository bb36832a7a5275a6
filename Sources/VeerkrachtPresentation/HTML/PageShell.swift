/// The HTML document around every page, a report file and a web page alike: Dutch, UTF-8, sized
/// for phones, with its stylesheets inline and nothing loaded from elsewhere.
///
/// ```swift
/// let page = PageShell.document(title: "Rapporten", styles: [AppStyle.sheet], body: [tag("main", [:], "…")])
/// ```
public enum PageShell {
    /// `<!DOCTYPE html>` and the `<html>` element: a head with `title` and `styles` (in this order),
    /// then `body` as the content of `<body>`.
    public static func document(title: String, styles: [Stylesheet], body: [HTML]) -> String {
        let head = tag("head", [:],
                       [.empty("meta", ["charset": "utf-8"]),
                        .empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                        .empty("meta", ["name": "generator", "content": "Veerkracht"]),
                        tag("title", [:], .text(title))]
                           + styles.map { tag("style", [:], .unescaped($0.css)) })
        return "<!DOCTYPE html>\n" + tag("html", ["lang": "nl"], head, tag("body", [:], body)).rendered + "\n"
    }
}
