/// The structure of a report page: sections of blocks. A block (a subheading with its chart or
/// table) prints whole, and a section's heading stays on the page of its first block.
enum Layout {
    /// A subheading, an optional lead and the content they introduce.
    struct Block {
        let title: String?
        let lead: String?
        let content: [Markup]

        init(_ title: String? = nil, lead: String? = nil, _ content: Markup...) {
            self.title = title
            self.lead = lead
            self.content = content
        }
    }

    /// `<section>` with an h2 (and a small kicker naming what it is, such as "output") and its blocks.
    static func section(_ title: String, kicker: String? = nil, lead: String? = nil, _ blocks: [Block]) -> Markup {
        var heading: [Markup] = [el("h2", [:], .text(title), kicker.map { el("span", ["class": "kicker"], .text($0)) } ?? "")]
        if let lead { heading.append(el("p", ["class": "lead"], .text(lead))) }
        let kept = blocks.enumerated().map { index, block in
            el("div", ["class": "keep"], (index == 0 ? heading : []) + render(block))
        }
        return el("section", [:], blocks.isEmpty ? heading : kept)
    }

    private static func render(_ block: Block) -> [Markup] {
        var parts: [Markup] = []
        if let title = block.title { parts.append(el("h3", [:], .text(title))) }
        if let lead = block.lead { parts.append(el("p", ["class": "lead"], .text(lead))) }
        return parts + block.content
    }
}
