import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The small parts that say where a workbook's sheets are: `xl/workbook.xml` (the sheets' names
/// in order, each with a relationship id, and the date system) and its relationships
/// (`xl/_rels/workbook.xml.rels`: id → part, and the shared strings and styles parts).
enum XLSXWorkbookParts {
    struct Sheet {
        let name: String
        let relationship: String
    }

    /// `xl/workbook.xml`.
    struct Workbook {
        let sheets: [Sheet]
        /// Whether dates count from 1904-01-01 (`<workbookPr date1904="1"/>`).
        let date1904: Bool

        init(xml: Data, part: String, path: String) throws {
            let reader = try parse(xml, with: WorkbookReader(), part: part, path: path)
            sheets = reader.sheets
            date1904 = reader.date1904
        }
    }

    /// A relationships part: id → target part (a path inside the archive) and type → target.
    struct Relationships {
        let targets: [String: String]
        let types: [String: String]

        init(targets: [String: String], types: [String: String]) {
            self.targets = targets
            self.types = types
        }

        /// Targets resolved against `folder`, the folder of the part the relationships belong to.
        init(xml: Data, folder: String, part: String, path: String) throws {
            let reader = try parse(xml, with: RelationshipsReader(), part: part, path: path)
            var targets: [String: String] = [:]
            var types: [String: String] = [:]
            for (id, type, target) in reader.relationships {
                let resolved = XLSXWorkbookParts.resolve(target, in: folder)
                targets[id] = resolved
                if let kind = type.split(separator: "/").last, types[String(kind)] == nil { types[String(kind)] = resolved }
            }
            self.targets = targets
            self.types = types
        }

        /// The part of the relationship type whose last path component is `kind` (`styles`).
        func part(ofType kind: String) -> String? { types[kind] }
    }

    /// `name` inside `folder` (the archive's root when empty).
    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder + "/" + name
    }

    /// A relationship's target as a path in the archive: `/xl/a.xml` is absolute, `worksheets/sheet1.xml`
    /// and `../a.xml` relative to `folder`.
    static func resolve(_ target: String, in folder: String) -> String {
        var components = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }

    private static func parse<Reader: NSObject & XMLParserDelegate>(_ xml: Data, with reader: Reader, part: String, path: String) throws -> Reader {
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else {
            throw SpreadsheetReadError.malformed(path: path, part: part, reason: parser.parserError.map { "\($0)" } ?? "malformed XML")
        }
        return reader
    }

    private final class WorkbookReader: NSObject, XMLParserDelegate {
        var sheets: [Sheet] = []
        var date1904 = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch localName(name) {
            case "sheet":
                let id = attributes.first { localName($0.key) == "id" }?.value ?? ""
                sheets.append(Sheet(name: attributes["name"] ?? "", relationship: id))
            case "workbookPr":
                date1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased())
            default: break
            }
        }
    }

    private final class RelationshipsReader: NSObject, XMLParserDelegate {
        var relationships: [(id: String, type: String, target: String)] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            guard localName(name) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
            relationships.append((id, attributes["Type"] ?? "", target))
        }
    }
}
