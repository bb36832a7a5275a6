import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Which cell styles of a workbook show a number as a date (`xl/styles.xml`): a cell's `s`
/// attribute indexes `cellXfs`, whose `numFmtId` is a built-in date or time format (14–22,
/// 45–47) or a custom `numFmt` whose code has a d, m, y or h outside quotes and brackets.
struct XLSXStyles {
    /// Per `cellXfs` index, whether the style is a date format.
    let dateStyles: [Bool]

    init(dateStyles: [Bool] = []) {
        self.dateStyles = dateStyles
    }

    /// Reads the styles part.
    init(xml: Data) throws {
        let reader = StylesReader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else { throw XMLScanError(reason: parser.parserError.map { "\($0)" } ?? "malformed XML") }
        dateStyles = reader.formats.map { id in Self.builtInDates.contains(id) || reader.customDates.contains(id) }
    }

    /// Whether the cell style `index` is a date format.
    func isDate(_ index: Int) -> Bool {
        index >= 0 && index < dateStyles.count && dateStyles[index]
    }

    private static let builtInDates: Set<Int> = Set(14...22).union(45...47)

    /// Whether a number format code shows a date or time: a d, m, y or h outside quoted text,
    /// `[…]` sections (colours, locales, elapsed time) and escaped or padding characters.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false
        var bracketed = false
        var skipNext = false
        for character in code.lowercased() {
            if skipNext {
                skipNext = false
                continue
            }
            switch character {
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            case "\\", "_", "*": if !quoted { skipNext = true }
            case "d", "m", "y", "h": if !quoted && !bracketed { return true }
            default: break
            }
        }
        return false
    }

    private final class StylesReader: NSObject, XMLParserDelegate {
        var formats: [Int] = []
        var customDates: Set<Int> = []
        private var inCellXfs = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch localName(name) {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], isDateFormat(code) {
                    customDates.insert(id)
                }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if localName(name) == "cellXfs" { inCellXfs = false }
        }
    }
}

/// The local part of an XML name: `x:sheet` → `sheet`.
func localName(_ name: String) -> Substring {
    name.split(separator: ":").last ?? Substring(name)
}
