import VeerkrachtPresentation

/// One story as a quote, not a figure: "Verhaal uit de wijk", its title, its wijk and date, the
/// hulpbronnen it is about, and its text as paragraphs with their line breaks. Printed whole.
enum VerhaalBlock {
    /// - Parameters:
    ///   - wijk: the wijk's name, where the report is not of that wijk.
    ///   - about: the hulpbronnen it is about, as the line under the date says it ("Ook over …").
    static func render(_ verhaal: ReportVerhaal, wijk: String? = nil, about: String?) -> HTML {
        let meta = [wijk.map { "Wijk \($0)" }, DutchDate.date(verhaal.datum)].compactMap { $0 }.joined(separator: " · ")
        return tag("article", ["class": "verhaal"],
                   tag("p", ["class": "verhaal-soort"], "Verhaal uit de wijk"),
                   tag("h4", [:], .text(verhaal.titel)),
                   tag("p", ["class": "verhaal-meta"], .text(meta), about.map { tag("span", ["class": "verhaal-over"], .text($0)) } ?? .none),
                   tag("blockquote", [:], paragraphs(verhaal.tekst).map { lines in
                       tag("p", [:], .join(lines.enumerated().map { index, line in index == 0 ? .text(line) : "\(HTML.empty("br"))\(line)" }))
                   }))
    }

    /// The text's paragraphs (split at blank lines), each as its lines.
    private static func paragraphs(_ text: String) -> [[String]] {
        text.components(separatedBy: "\n\n").map { $0.components(separatedBy: "\n") }
    }
}
