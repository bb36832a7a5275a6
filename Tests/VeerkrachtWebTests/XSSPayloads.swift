import Foundation
import VeerkrachtPresentation

/// Classic cross-site scripting payloads, and a check that none of them became markup in a page.
enum XSSPayloads {
    /// Each fits every text field (at most 58 characters, no control or invisible characters: a
    /// direction override such as U+202E is refused at input), so the tests can add a short marker
    /// of where it was put.
    static let all = [
        "<script>alert(1)</script>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "<scr<script>ipt>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'onmouseover='alert(1)'",
        "\" autofocus onfocus=\"alert(1)",
        "javascript:alert(1)",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "<iframe src=\"javascript:alert(1)\">",
        "</textarea><script>alert(1)</script>",
        "</title><svg onload=alert(1)>",
        "</style><script>alert(1)</script>",
        "<svg/onload=alert(1)>",
        "]]><script>alert(1)</script>",
        "<!--<script>alert(1)//-->",
        "<details open ontoggle=alert(1)>",
        "<img src=x onerror=&#97;lert(1)>",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "&lt;img src=x onerror=alert(1)&gt;",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "\u{FF1C}script\u{FF1E}alert(1)\u{FF1C}/script\u{FF1E}",
        "\u{05D0}\u{05D1}<script>alert(1)</script>",
    ]

    /// What in `html` is not markup of our own: one of `values` unescaped (when escaping changes it),
    /// an element that runs or loads something, an event handler attribute, or a script URL.
    static func problems(in html: String, values: [String]) -> [String] {
        var found: [String] = []
        for value in values where HTMLEscaping.escape(value) != value && html.holds(value) {
            found.append("unescaped: \(value)")
        }
        for (name, attributes) in startTags(html) {
            if dangerousElements.contains(name) { found.append("element <\(name)>") }
            for (attribute, value) in attributes {
                if attribute.hasPrefix("on") || attribute == "srcdoc" { found.append("attribute \(attribute) on <\(name)>") }
                let url = value.lowercased().filter { !$0.isWhitespace && !$0.isASCIIControl }
                if urlAttributes.contains(attribute) && ["javascript:", "vbscript:", "data:text/html"].contains(where: url.hasPrefix) {
                    found.append("script URL in \(attribute) on <\(name)>")
                }
            }
        }
        return found
    }

    private static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "ping"]

    private static let dangerousElements: Set<String> = [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "img", "image", "base", "link", "video", "audio",
        "source", "math", "template", "noscript", "xmp", "plaintext", "marquee",
    ]

    /// Every start tag's name and attributes (names lowercased), read as a browser would: `/`
    /// separates attributes too, and values may be unquoted.
    private static func startTags(_ html: String) -> [(String, [(String, String)])] {
        let tag = try! NSRegularExpression(pattern: #"<([A-Za-z][^\s/>]*)([^>]*)>"#)
        let attribute = try! NSRegularExpression(pattern: #"([^\s/>"'=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?"#)
        let text = html as NSString
        return tag.matches(in: html, range: NSRange(location: 0, length: text.length)).map { match in
            let rest = text.substring(with: match.range(at: 2))
            let restText = rest as NSString
            let attributes = attribute.matches(in: rest, range: NSRange(location: 0, length: restText.length)).map { found in
                let value = found.range(at: 2).location == NSNotFound ? "" : restText.substring(with: found.range(at: 2))
                return (restText.substring(with: found.range(at: 1)).lowercased(), value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")))
            }
            return (text.substring(with: match.range(at: 1)).lowercased(), attributes)
        }
    }
}

extension String {
    /// Whether `text` occurs in this string, byte for byte (much faster than `contains` on long pages).
    func holds(_ text: String) -> Bool {
        var page = self, text = text
        return page.withUTF8 { page in
            text.withUTF8 { text in
                guard let first = text.first, let base = page.baseAddress, let needle = text.baseAddress else { return false }
                var offset = 0
                while page.count - offset >= text.count, let found = memchr(base + offset, Int32(first), page.count - offset) {
                    let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    if page.count - at >= text.count && memcmp(base + at, needle, text.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }
}

private extension Character {
    var isASCIIControl: Bool { asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false }
}
