import VeerkrachtPresentation
import XCTest

/// `HTML` escapes everything but `HTML`, and `PageShell` writes the document around a page.
final class HTMLTests: XCTestCase {
    func testEscapingCoversEveryMarkupCharacterAlsoBeforeACombiningMark() {
        XCTAssertEqual(HTMLEscaping.escape("Café \"De Bocht\" <Oost> & 't Hofke"),
                       "Café &quot;De Bocht&quot; &lt;Oost&gt; &amp; &#39;t Hofke")
        // A combining mark (U+0338) makes `"` and `>` part of larger characters; they must still be escaped.
        XCTAssertEqual(HTMLEscaping.escape("a\"\u{0338}b>\u{0338}"), "a&quot;\u{0338}b&gt;\u{0338}")
        XCTAssertEqual(HTMLEscaping.escape("Woensel-Noord ñ 😀"), "Woensel-Noord ñ 😀")
    }

    func testMarkupEscapesTextAndAttributes() {
        let name = "<b class=\"x\">Oost</b> & 'West'"
        let markup = tag("p", ["title": name], "Wijk \(name)")
        XCTAssertEqual(markup.rendered, "<p title=\"&lt;b class=&quot;x&quot;&gt;Oost&lt;/b&gt; &amp; &#39;West&#39;\">"
                       + "Wijk &lt;b class=&quot;x&quot;&gt;Oost&lt;/b&gt; &amp; &#39;West&#39;</p>")
    }

    func testInterpolatedHTMLAndNumbersAreKeptAsTheyAre() {
        let strong = tag("strong", [:], .text("<3"))
        let markup: HTML = "\(12) × \(strong) & \("<i>")"
        XCTAssertEqual(markup.rendered, "12 × <strong>&lt;3</strong> &amp; &lt;i&gt;")
        XCTAssertEqual(HTML.join([.text("a<"), .none, "b"]).rendered, "a&lt;b")
    }

    func testAttributesLeftOutOrWrittenByNameAlone() {
        let input = HTML.empty("input", ["type": "radio", "value": "1", "checked": when(true), "title": when(false, "x")])
        XCTAssertEqual(input.rendered, "<input type=\"radio\" value=\"1\" checked/>")
        XCTAssertEqual(HTML.empty("circle", ["r": "4"]).rendered, "<circle r=\"4\"/>")
        XCTAssertEqual(tag("option", ["value": "a\"b", "selected": when(false)], "A").rendered, "<option value=\"a&quot;b\">A</option>")
    }

    func testPageShellWritesTheHeadAndTheStylesheetsInOrder() {
        let first = Stylesheet("main { color: red; }"), second = Stylesheet("nav { display: none; }")
        let page = PageShell.document(title: "Wijk <Oost>", styles: [first, second], body: [tag("main", [:], "Tekst")])
        XCTAssertEqual(page, "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"/>"
                       + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                       + "<meta name=\"generator\" content=\"Veerkracht\"/><title>Wijk &lt;Oost&gt;</title>"
                       + "<style>main { color: red; }</style><style>nav { display: none; }</style></head>"
                       + "<body><main>Tekst</main></body></html>\n")
    }
}
