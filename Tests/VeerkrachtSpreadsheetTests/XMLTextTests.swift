@testable import VeerkrachtSpreadsheet
import XCTest

final class XMLTextTests: XCTestCase {
    private func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        XMLText.append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func testPlainTextIsWrittenAsItIs() {
        XCTAssertEqual(escaped("WK077201 Stratum-Oost, 2025"), "WK077201 Stratum-Oost, 2025")
        XCTAssertEqual(escaped("Ñoño ü 🙂\ttab\nline"), "Ñoño ü 🙂\ttab\nline")
    }

    func testMarkupIsEscaped() {
        XCTAssertEqual(escaped(#"<b>"Café" & co</b>"#), "&lt;b&gt;&quot;Café&quot; &amp; co&lt;/b&gt;")
        XCTAssertEqual(escaped("=HYPERLINK(\"x\")"), "=HYPERLINK(&quot;x&quot;)")
    }

    func testCharactersXMLCannotHoldUseTheFormatsEscape() {
        XCTAssertEqual(escaped("a\u{1}b\u{1B}c\u{FFFE}"), "a_x0001_b_x001B_c_xFFFE_")
        XCTAssertEqual(escaped("id_x0041_ and snake_case"), "id_x005F_x0041_ and snake_case")
        XCTAssertEqual(escaped("_x12_"), "_x12_")
    }
}
