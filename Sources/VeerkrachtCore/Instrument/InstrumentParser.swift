import Foundation
import Yams

extension Instrument {
    /// Column names of a responses file that can never be item ids.
    public static let reservedColumns = Set(ResponseField.allCases.map(\.column))

    /// Parses and validates an instrument file (format: `Surveys/README.md`).
    ///
    /// Throws every problem found as `InstrumentErrors`, each naming its line, e.g.
    /// `line 41: item 'coh1': unknown scale 'eens7' (known scales: eens5, kans5)`.
    public init(yaml: String) throws(InstrumentErrors) {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw InstrumentErrors([InstrumentError(line: nil, "the file is empty")])
            }
            root = node
        } catch let error as InstrumentErrors {
            throw error
        } catch let error as YamlError {
            throw InstrumentErrors([InstrumentError(yaml: error, source: yaml).withinFile(yaml)])
        } catch {
            throw InstrumentErrors([InstrumentError(line: nil, "not valid YAML: \(error)")])
        }
        var parser = InstrumentParser()
        let instrument = parser.parse(root)
        guard let instrument, parser.errors.isEmpty else { throw InstrumentErrors(parser.errors.map { $0.withinFile(yaml) }) }
        self = instrument
    }
}

/// All problems found in one instrument file.
public struct InstrumentErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [InstrumentError]

    public init(_ errors: [InstrumentError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Walks the YAML tree, collecting every problem rather than stopping at the first.
private struct InstrumentParser {
    var errors: [InstrumentError] = []

    mutating func parse(_ root: Node) -> Instrument? {
        guard let top = mapping(root, "the file", allowed: [
            "id", "version", "title", "description", "missing_label", "missing_codes", "thresholds", "scales", "constructs", "items",
        ]) else { return nil }
        let id = identifier(top["id"], "id", at: root)
        let version = integer(top["version"], "version", at: root)
        if let version, version < 1 { fail(top["version"], "version must be 1 or higher") }
        let title = text(top["title"], "title", at: root)
        let description = optionalText(top["description"], "description") ?? ""
        let missingLabel = optionalText(top["missing_label"], "missing_label") ?? "weet niet / wil niet zeggen"
        let thresholds = parseThresholds(top["thresholds"])
        let scales = parseScales(top["scales"], at: root)
        let constructs = parseConstructs(top["constructs"], at: root)
        let items = parseItems(top["items"], at: root, scales: scales, constructs: constructs)
        // A scale only background items use may offer a code as an answer (98 years on `jaren`).
        let scored = Set(items.filter { !$0.item.isBackground }.map(\.item.scaleIndex))
        let onlyBackground = Set(items.map(\.item.scaleIndex)).subtracting(scored)
        let missingCodes = parseMissingCodes(top["missing_codes"], scales: scales.indices.filter { !onlyBackground.contains($0) }.map { scales[$0] })
        let resolved = resolveScoring(constructs, items: items)
        guard let id, let version, let title, errors.isEmpty else { return nil }
        return Instrument(
            id: id, version: version, title: title, description: description, missingLabel: missingLabel,
            missingCodes: missingCodes, thresholds: thresholds, scales: scales, constructs: resolved, items: items.map(\.item))
    }

    // MARK: Sections

    private mutating func parseThresholds(_ node: Node?) -> CategoryThresholds {
        guard let node else { return CategoryThresholds() }
        guard let map = mapping(node, "thresholds", allowed: ["low", "high"]) else { return CategoryThresholds() }
        let low = number(map["low"], "thresholds.low", at: node) ?? 4.0
        let high = number(map["high"], "thresholds.high", at: node) ?? 7.0
        guard 0 <= low, low < high, high <= 10 else {
            fail(node, "thresholds must satisfy 0 ≤ low < high ≤ 10 (found low \(low), high \(high))")
            return CategoryThresholds()
        }
        return CategoryThresholds(low: low, high: high)
    }

    private mutating func parseScales(_ node: Node?, at parent: Node) -> [Scale] {
        guard let node = required(node, "scales", at: parent),
              let map = mapping(node, "scales", allowed: nil) else { return [] }
        var scales: [Scale] = []
        for (key, value) in entries(map, "scale") {
            let name = "scale '\(key)'"
            guard let fields = mapping(value, name, allowed: ["min", "max", "open", "labels", "missing_label"]) else { continue }
            guard let minimum = integer(fields["min"], "\(name): min", at: value),
                  let maximum = integer(fields["max"], "\(name): max", at: value) else { continue }
            if minimum >= maximum { fail(value, "\(name): min (\(minimum)) must be below max (\(maximum))"); continue }
            let isOpen = boolean(fields["open"], "\(name): open") ?? false
            var labels: [ScaleLabel] = []
            if let labelNode = fields["labels"], let labelMap = mapping(labelNode, "\(name): labels", allowed: nil) {
                for (valueNode, textNode) in labelMap {
                    guard let v = wholeNumber(valueNode) else { fail(valueNode, "\(name): label key '\(valueNode.string ?? "")' is not a whole number"); continue }
                    guard v >= minimum, isOpen || v <= maximum else {
                        fail(valueNode, "\(name): label for \(v) lies outside \(minimum)…\(maximum)"); continue
                    }
                    if labels.contains(where: { $0.value == v }) { fail(valueNode, "\(name): two labels for \(v)"); continue }
                    if let t = text(textNode, "\(name): label for \(v)", at: labelNode) { labels.append(ScaleLabel(value: v, text: t)) }
                }
            }
            let missingLabel = optionalText(fields["missing_label"], "\(name): missing_label")
            scales.append(Scale(id: key, minimum: minimum, maximum: maximum, isOpen: isOpen,
                                labels: labels.sorted { $0.value < $1.value }, missingLabel: missingLabel))
        }
        if scales.isEmpty && errors.isEmpty { fail(node, "scales: define at least one scale") }
        return scales
    }

    /// The `missing_codes` list: texts, each once; a number may not be an answer one of `scales`
    /// offers (within min…max or labelled), so that no real answer is stored as missing.
    private mutating func parseMissingCodes(_ node: Node?, scales: [Scale]) -> [String] {
        guard let node else { return ["NA"] }
        guard case .sequence(let seq) = node else { fail(node, "missing_codes must be a list of codes, e.g. [98, 99, weet_niet, NA]"); return [] }
        var codes: [String] = []
        for entry in seq {
            guard case .scalar(let scalar) = entry else { fail(entry, "missing_codes: each code must be a text or a number"); continue }
            let code = scalar.string.trimmingCharacters(in: .whitespaces)
            if codes.contains(where: { $0.lowercased() == code.lowercased() }) { fail(entry, "missing_codes: '\(code)' is listed twice"); continue }
            if case .success(let value) = FieldParsing.wholeNumber(code),
               let scale = scales.first(where: { $0.offers(value) }) {
                fail(entry, "missing_codes: \(value) is an answer on scale '\(scale.id)' (\(scale.minimum)…\(scale.maximum)); choose a code outside every scale, such as 98")
                continue
            }
            codes.append(code)
        }
        return codes
    }

    /// Constructs with their composite parts still as ids; items are attached in `resolveScoring`.
    private mutating func parseConstructs(_ node: Node?, at parent: Node) -> [PendingConstruct] {
        guard let node = required(node, "constructs", at: parent),
              let map = mapping(node, "constructs", allowed: nil) else { return [] }
        var constructs: [PendingConstruct] = []
        for (key, value) in entries(map, "construct") {
            let name = "construct '\(key)'"
            guard let fields = mapping(value, name, allowed: ["kind", "name", "description", "min_answered", "of", "min_present"]) else { continue }
            guard let kindText = text(fields["kind"], "\(name): kind", at: value) else { continue }
            guard let kind = ConstructKind(rawValue: kindText) else {
                fail(fields["kind"], "\(name): unknown kind '\(kindText)' (use one of: \(ConstructKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            let display = text(fields["name"], "\(name): name", at: value) ?? key
            let description = optionalText(fields["description"], "\(name): description") ?? ""
            var parts: [(String, Node)] = []
            if kind == .composite {
                if fields["min_answered"] != nil { fail(fields["min_answered"], "\(name): a composite takes min_present, not min_answered") }
                if let of = required(fields["of"], "\(name): of", at: value) {
                    guard case .sequence(let seq) = of else { fail(of, "\(name): 'of' must be a list of construct ids"); continue }
                    parts = seq.map { ($0.string ?? "", $0) }
                }
            } else {
                for key in ["of", "min_present"] where fields[key] != nil { fail(fields[key], "\(name): '\(key)' belongs to a composite construct only") }
            }
            let minimum = integer(fields[kind == .composite ? "min_present" : "min_answered"], "\(name): minimum", at: value, optional: true)
            constructs.append(PendingConstruct(id: key, kind: kind, name: display, description: description,
                                               node: value, parts: parts, minimum: minimum))
        }
        if constructs.isEmpty && errors.isEmpty { fail(node, "constructs: define at least one construct") }
        return constructs
    }

    private mutating func parseItems(_ node: Node?, at parent: Node, scales: [Scale], constructs: [PendingConstruct]) -> [PendingItem] {
        let constructIDs = constructs.map(\.id)
        guard let node = required(node, "items", at: parent) else { return [] }
        guard case .sequence(let seq) = node else { fail(node, "items must be a list (each entry starting with '- id:')"); return [] }
        var items: [PendingItem] = []
        var seen: [String: Int] = [:]
        for (position, value) in seq.enumerated() {
            let where_ = "item \(position + 1)"
            guard let fields = mapping(value, where_, allowed: ["id", "construct", "background", "scale", "reverse", "text", "source"]) else { continue }
            guard let id = identifier(fields["id"], "\(where_): id", at: value) else { continue }
            let name = "item '\(id)'"
            if let first = seen[id] { fail(fields["id"], "duplicate item id '\(id)' (first used on line \(first))"); continue }
            seen[id] = line(of: value) ?? 0
            if Instrument.reservedColumns.contains(id) { fail(fields["id"], "\(name): '\(id)' is a reserved column name"); continue }
            let background = boolean(fields["background"], "\(name): background")
            if fields["background"] != nil && background == nil { continue }
            let isBackground = background ?? false
            let scaleID = text(fields["scale"], "\(name): scale", at: value)
            let reverse = boolean(fields["reverse"], "\(name): reverse") ?? false
            let itemText = text(fields["text"], "\(name): text", at: value)
            let source = optionalText(fields["source"], "\(name): source") ?? ""
            if isBackground {
                if fields["construct"] != nil {
                    fail(fields["construct"], "\(name): a background item belongs to no construct; remove 'construct' or 'background: true'")
                }
                if fields["reverse"] != nil { fail(fields["reverse"], "\(name): a background item is never scored; remove 'reverse'") }
                guard let scaleID, let itemText, fields["construct"] == nil, fields["reverse"] == nil else { continue }
                guard let scaleIndex = scaleIndex(scaleID, of: name, node: fields["scale"], in: scales) else { continue }
                items.append(PendingItem(item: Item(id: id, constructIndex: nil, scaleIndex: scaleIndex,
                                                    isReversed: false, text: itemText, source: source), node: value))
                continue
            }
            let constructID = text(fields["construct"], "\(name): construct", at: value)
            guard let constructID, let scaleID, let itemText else { continue }
            guard let constructIndex = constructIDs.firstIndex(of: constructID) else {
                fail(fields["construct"], "\(name): unknown construct '\(constructID)' (known constructs: \(constructIDs.joined(separator: ", ")))"); continue
            }
            if constructs[constructIndex].kind == .composite {
                fail(fields["construct"], "\(name): '\(constructID)' is a composite; items belong to the constructs it combines"); continue
            }
            guard let scaleIndex = scaleIndex(scaleID, of: name, node: fields["scale"], in: scales) else { continue }
            items.append(PendingItem(item: Item(id: id, constructIndex: constructIndex, scaleIndex: scaleIndex,
                                                isReversed: reverse, text: itemText, source: source), node: value))
        }
        return items
    }

    /// The index of the scale an item names, or nil with the problem reported.
    private mutating func scaleIndex(_ scaleID: String, of name: String, node: Node?, in scales: [Scale]) -> Int? {
        guard let index = scales.firstIndex(where: { $0.id == scaleID }) else {
            fail(node, "\(name): unknown scale '\(scaleID)' (known scales: \(scales.map(\.id).joined(separator: ", ")))")
            return nil
        }
        return index
    }

    private mutating func resolveScoring(_ pending: [PendingConstruct], items: [PendingItem]) -> [Construct] {
        let ids = pending.map(\.id)
        return pending.enumerated().compactMap { index, construct in
            let name = "construct '\(construct.id)'"
            let scoring: ConstructScoring
            if construct.kind == .composite {
                var parts: [Int] = []
                for (partID, node) in construct.parts {
                    guard let part = ids.firstIndex(of: partID) else { fail(node, "\(name): unknown construct '\(partID)' in 'of'"); continue }
                    if pending[part].kind == .composite { fail(node, "\(name): '\(partID)' is itself a composite"); continue }
                    if parts.contains(part) { fail(node, "\(name): '\(partID)' is listed twice"); continue }
                    parts.append(part)
                }
                if parts.isEmpty { fail(construct.node, "\(name): a composite needs at least one construct in 'of'"); return nil }
                let minimum = construct.minimum ?? parts.count
                if !(1...parts.count).contains(minimum) { fail(construct.node, "\(name): min_present must lie between 1 and \(parts.count)"); return nil }
                scoring = .composite(indices: parts, minimumPresent: minimum)
            } else {
                let own = items.indices.filter { items[$0].item.constructIndex == index }
                if own.isEmpty { fail(construct.node, "\(name) has no items (add items with 'construct: \(construct.id)')"); return nil }
                let minimum = construct.minimum ?? defaultMinimumAnswered(itemCount: own.count)
                if !(1...own.count).contains(minimum) { fail(construct.node, "\(name): min_answered must lie between 1 and \(own.count)"); return nil }
                scoring = .items(indices: own, minimumAnswered: minimum)
            }
            return Construct(id: construct.id, kind: construct.kind, name: construct.name,
                             description: construct.description, scoring: scoring)
        }
    }

    // MARK: Node helpers

    private mutating func fail(_ node: Node?, _ message: String) {
        errors.append(InstrumentError(line: node.flatMap(line(of:)), message))
    }

    private func line(of node: Node) -> Int? { node.mark?.line }

    private mutating func required(_ node: Node?, _ name: String, at parent: Node) -> Node? {
        if node == nil { fail(parent, "\(name) is missing") }
        return node
    }

    private mutating func mapping(_ node: Node, _ name: String, allowed: Set<String>?) -> Node.Mapping? {
        guard case .mapping(let map) = node else { fail(node, "\(name) must be a mapping of 'key: value' lines"); return nil }
        var seen: Set<String> = []
        for key in map.keys {
            let k = key.string ?? ""
            if !seen.insert(k).inserted { fail(key, "\(name): '\(k)' appears twice") }
            if let allowed, !allowed.contains(k) {
                fail(key, "\(name): unknown key '\(k)' (allowed: \(allowed.sorted().joined(separator: ", ")))")
            }
        }
        return map
    }

    /// Mapping entries keyed by identifier, skipping (and reporting) malformed keys.
    private mutating func entries(_ map: Node.Mapping, _ what: String) -> [(String, Node)] {
        map.compactMap { key, value in
            guard let id = key.string, isIdentifier(id) else {
                fail(key, "\(what) id '\(key.string ?? "")' must be lowercase letters, digits and _ (starting with a letter)")
                return nil
            }
            return (id, value)
        }
    }

    private mutating func text(_ node: Node?, _ name: String, at parent: Node) -> String? {
        guard let node = required(node, name, at: parent) else { return nil }
        return optionalText(node, name)
    }

    private mutating func optionalText(_ node: Node?, _ name: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let s) = node, !s.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            fail(node, "\(name) must be a non-empty text"); return nil
        }
        return s.string.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private mutating func identifier(_ node: Node?, _ name: String, at parent: Node) -> String? {
        guard let value = text(node, name, at: parent) else { return nil }
        guard isIdentifier(value) else {
            fail(node, "\(name) '\(value)' must be lowercase letters, digits and _ (starting with a letter)"); return nil
        }
        return value
    }

    private mutating func integer(_ node: Node?, _ name: String, at parent: Node, optional: Bool = false) -> Int? {
        guard let node = optional ? node : required(node, name, at: parent) else { return nil }
        guard let value = wholeNumber(node) else { fail(node, "\(name) must be a whole number (found '\(node.string ?? "")')"); return nil }
        return value
    }

    /// The whole number a scalar holds. YAML 1.1 base-60 numbers (`1:30`) are not accepted: Yams
    /// computes them without overflow checks and traps on long ones (`1:2:3:4:5:6:7:8:9:10:11:12`).
    private func wholeNumber(_ node: Node) -> Int? {
        guard let text = node.scalar?.string, !text.contains(":") else { return nil }
        return node.int
    }

    private mutating func number(_ node: Node?, _ name: String, at parent: Node) -> Double? {
        guard let node else { return nil }
        guard let value = node.float, value.isFinite else { fail(node, "\(name) must be a number (found '\(node.string ?? "")')"); return nil }
        return value
    }

    private mutating func boolean(_ node: Node?, _ name: String) -> Bool? {
        guard let node else { return nil }
        guard let value = node.bool else { fail(node, "\(name) must be true or false (found '\(node.string ?? "")')"); return nil }
        return value
    }

    private func isIdentifier(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        let isLower = { (b: UInt8) in (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) }
        guard let first = bytes.first, isLower(first), bytes.count <= 64 else { return false }
        return bytes.allSatisfy { isLower($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_") }
    }
}

private struct PendingConstruct {
    let id: String
    let kind: ConstructKind
    let name: String
    let description: String
    let node: Node
    let parts: [(String, Node)]
    let minimum: Int?
}

private struct PendingItem {
    let item: Item
    let node: Node
}

extension InstrumentError {
    /// A YAML syntax error, located at its line.
    init(yaml error: YamlError, source: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            self.init(line: context?.mark.line ?? mark.line, "not valid YAML: \(context.map { $0.text + " " } ?? "")\(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.sorted()[0]
            self.init(line: Self.secondOccurrence(of: key, in: source, after: context.mark.line) ?? context.mark.line,
                      "'\(key)' appears twice in the same list of keys; every id must be unique")
        default:
            self.init(line: nil, "not valid YAML: \(error)")
        }
    }

    /// The error with its line kept within `source`: YAML places a problem at the very end of a file
    /// (an unclosed bracket, an empty document) on the line after the last line break.
    func withinFile(_ source: String) -> InstrumentError {
        guard let line else { return self }
        var breaks = 0
        var previous: Unicode.Scalar = "\0"
        for scalar in source.unicodeScalars {
            // Line breaks as YAML counts them: LF, CR, CRLF, NEL, LS, PS.
            if scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" || (scalar == "\n" && previous != "\r") {
                breaks += 1
            }
            previous = scalar
        }
        let endsWithBreak = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(previous)
        let last = max(1, endsWithBreak ? breaks : breaks + 1)
        return line > last ? InstrumentError(line: last, message) : self
    }

    /// The line of the second `key:` at the same indentation as the first, from line `start` on.
    private static func secondOccurrence(of key: String, in source: String, after start: Int) -> Int? {
        var firstIndent: Int?
        for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where offset + 1 >= start {
            let indent = line.prefix { $0 == " " }.count
            guard line.dropFirst(indent).hasPrefix(key + ":") else { continue }
            if firstIndent == indent { return offset + 1 }
            if firstIndent == nil { firstIndent = indent }
        }
        return nil
    }
}
