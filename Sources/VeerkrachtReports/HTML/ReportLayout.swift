import VeerkrachtPresentation

/// The structure of a report page: sections of blocks. A block (a subheading with its chart or
/// table) prints whole, and a section's heading stays on the page of its first block.
enum ReportLayout {
    /// A subheading, an optional lead and the content they introduce.
    struct Block {
        let title: String?
        let lead: String?
        let content: [HTML]

        init(_ title: String? = nil, lead: String? = nil, _ content: HTML...) {
            self.title = title
            self.lead = lead
            self.content = content
        }
    }

    /// `<section>` with an h2 (and a small kicker naming what it is, such as "output") and its blocks.
    static func section(_ title: String, kicker: String? = nil, lead: String? = nil, _ blocks: [Block]) -> HTML {
        var heading: [HTML] = [tag("h2", [:], .text(title), kicker.map { tag("span", ["class": "kicker"], .text($0)) } ?? "")]
        if let lead { heading.append(tag("p", ["class": "lead"], .text(lead))) }
        let kept = blocks.enumerated().map { index, block in
            tag("div", ["class": "keep"], (index == 0 ? heading : []) + render(block))
        }
        return tag("section", [:], blocks.isEmpty ? heading : kept)
    }

    private static func render(_ block: Block) -> [HTML] {
        var parts: [HTML] = []
        if let title = block.title { parts.append(tag("h3", [:], .text(title))) }
        if let lead = block.lead { parts.append(tag("p", ["class": "lead"], .text(lead))) }
        return parts + block.content
    }
}
