import VeerkrachtPresentation

/// The kernboodschappen right under a report's header: a short list in a highlighted box, with
/// how the sentences are made (`Reports/uitleg.yaml`, topic `kernboodschappen`). Nothing when
/// no rule has figures to speak of.
enum KeyMessagesBox {
    static func render(_ sentences: [String]) -> [HTML] {
        guard !sentences.isEmpty else { return [] }
        let explanation = Explanations.bundled.explanation("kernboodschappen")
        return [tag("section", ["class": "key-messages", "aria-labelledby": "kernboodschappen"],
                    tag("h2", ["id": "kernboodschappen"], .text("Kernboodschappen")),
                    tag("ul", [:], sentences.map { tag("li", [:], .text($0)) }),
                    tag("p", ["class": "note"], tag("strong", [:], .text(explanation.title + ". ")), .text(explanation.text)))]
    }
}
