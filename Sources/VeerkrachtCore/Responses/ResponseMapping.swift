import Foundation
import Yams

/// How another source's responses file maps onto an instrument (`--kolommen FILE`): which of its
/// columns hold which item or fixed field, which texts stand for which answer values, and which
/// codes mean "weet niet / wil niet zeggen". Written in YAML by an analist:
///
/// ```yaml
/// kolommen:            # column in the file: item id or respondent, wijk, datum, meting
///   "Q1[SQ001]": coh1
///   token: respondent
/// waarden:             # answer texts and the value each stands for
///   alle:              # for every item
///     A1: 1
///   zr1:               # for one item (comes before `alle`)
///     ja: 5
/// ontbrekend: ["-oth-", N]   # extra codes for a missing answer
/// ```
public struct ResponseMapping: Sendable, Equatable {
    /// Column name in the file (as written in the mapping) → item id or fixed column.
    public let columns: [String: String]
    /// Per item id, or `alle` for every item: answer text → value.
    public let values: [String: [String: Int]]
    /// Codes that mean a missing answer, besides the instrument's own.
    public let missingCodes: [String]

    /// The key of `values` whose texts apply to every item.
    public static let everyItem = "alle"

    public init(columns: [String: String] = [:], values: [String: [String: Int]] = [:], missingCodes: [String] = []) {
        self.columns = columns
        self.values = values
        self.missingCodes = missingCodes
    }

    /// Parses a mapping file for `instrument`, checking every target, item and value against it.
    /// - Throws: `MappingErrors`, every problem with its line.
    public init(yaml: String, instrument: Instrument) throws(MappingErrors) {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else { throw MappingErrors([InstrumentError(line: nil, "the file is empty")]) }
            root = node
        } catch let error as MappingErrors {
            throw error
        } catch let error as YamlError {
            throw MappingErrors([InstrumentError(yaml: error, source: yaml).withinFile(yaml)])
        } catch {
            throw MappingErrors([InstrumentError(line: nil, "not valid YAML: \(error)")])
        }
        var parser = MappingParser(instrument: instrument)
        let mapping = parser.parse(root)
        guard parser.errors.isEmpty else { throw MappingErrors(parser.errors.map { $0.withinFile(yaml) }) }
        self = mapping
    }
}

/// Every problem found in a mapping file.
public struct MappingErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [InstrumentError]

    public init(_ errors: [InstrumentError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Walks a mapping file's YAML tree, collecting every problem.
private struct MappingParser {
    let instrument: Instrument
    var errors: [InstrumentError] = []

    mutating func parse(_ root: Node) -> ResponseMapping {
        guard let top = mapping(root, "the file") else { return ResponseMapping() }
        for key in top.keys where !["kolommen", "waarden", "ontbrekend"].contains(key.string ?? "") {
            fail(key, "unknown key '\(key.string ?? "")' (allowed: kolommen, waarden, ontbrekend)")
        }
        if top.isEmpty { fail(root, "the file maps nothing: give kolommen, waarden or ontbrekend") }
        let columns = top["kolommen"].map { parseColumns($0) } ?? [:]
        let values = top["waarden"].map { parseValues($0) } ?? [:]
        let missing = top["ontbrekend"].map { parseMissing($0) } ?? []
        return ResponseMapping(columns: columns, values: values, missingCodes: missing)
    }

    private mutating func parseColumns(_ node: Node) -> [String: String] {
        guard let map = mapping(node, "kolommen") else { return [:] }
        let targets = Set(ResponseField.allCases.map(\.column)).union(instrument.items.map(\.id))
        var columns: [String: String] = [:]
        var sourceOf: [String: String] = [:]
        for (key, value) in map {
            guard let source = text(key, "a column name"), let target = text(value, "the column '\(key.string ?? "")' maps to") else { continue }
            let id = target.lowercased()
            guard targets.contains(id) else {
                fail(value, "'\(target)' is not an item of \(instrument.reference) nor respondent, wijk, datum or meting")
                continue
            }
            if let other = sourceOf[id] {
                fail(key, "columns '\(other)' and '\(source)' both map to '\(id)'; a file has one column per item")
                continue
            }
            sourceOf[id] = source
            columns[source] = id
        }
        return columns
    }

    private mutating func parseValues(_ node: Node) -> [String: [String: Int]] {
        guard let map = mapping(node, "waarden") else { return [:] }
        var values: [String: [String: Int]] = [:]
        for (key, texts) in map {
            guard let name = text(key, "waarden") else { continue }
            let items: [Item]
            if name == ResponseMapping.everyItem {
                items = instrument.items
            } else if let index = instrument.itemIndex(name) {
                items = [instrument.items[index]]
            } else {
                fail(key, "waarden: '\(name)' is not an item of \(instrument.reference) (or 'alle' for every item)")
                continue
            }
            guard let textMap = mapping(texts, "waarden of \(name)") else { continue }
            var byText: [String: Int] = [:]
            for (textNode, valueNode) in textMap {
                guard let answer = text(textNode, "an answer text") else { continue }
                guard let value = valueNode.scalar?.string, case .success(let number) = FieldParsing.wholeNumber(value) else {
                    fail(valueNode, "waarden of \(name): '\(answer)' must map to a whole number (found '\(valueNode.string ?? "")')")
                    continue
                }
                // A value for every item need only fit some scales (answer codes A0…A10 across scales); an
                // answer that maps outside its own item's scale is an error of that row.
                if !items.contains(where: { instrument.scale(of: $0).accepts(number) }) {
                    let scale = instrument.scale(of: items[0])
                    let outside = items.count == 1 ? "scale \(scale.id) (\(scale.minimum)–\(scale.maximum)) of item \(items[0].id)" : "every item's scale"
                    fail(valueNode, "waarden of \(name): \(number) is outside \(outside)")
                    continue
                }
                byText[answer] = number
            }
            values[name] = byText
        }
        return values
    }

    private mutating func parseMissing(_ node: Node) -> [String] {
        guard case .sequence(let list) = node else {
            fail(node, "ontbrekend must be a list, such as [\"-oth-\", N]")
            return []
        }
        return list.compactMap { text($0, "a code in ontbrekend") }
    }

    private mutating func mapping(_ node: Node, _ name: String) -> Node.Mapping? {
        guard case .mapping(let map) = node else {
            fail(node, "\(name) must be a mapping of 'key: value' lines")
            return nil
        }
        return map
    }

    private mutating func text(_ node: Node, _ name: String) -> String? {
        guard case .scalar(let scalar) = node, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            fail(node, "\(name) must be a non-empty text")
            return nil
        }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }

    private mutating func fail(_ node: Node, _ message: String) {
        errors.append(InstrumentError(line: node.mark?.line, message))
    }
}
