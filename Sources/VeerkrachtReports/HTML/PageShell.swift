/// The HTML document around a report: one self-contained file with its stylesheet inline and no
/// scripts, fonts, images or links from elsewhere.
enum PageShell {
    static func document(title: String, _ content: [Markup]) -> String {
        let head = el("head", [:],
                      .empty("meta", ["charset": "utf-8"]),
                      .empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                      .empty("meta", ["name": "generator", "content": "Veerkracht"]),
                      el("title", [:], .text(title)),
                      el("style", [:], .trusted(Stylesheet.css)))
        return "<!DOCTYPE html>\n" + el("html", ["lang": "nl"], head, el("body", [:], el("main", [:], content))).html + "\n"
    }
}
