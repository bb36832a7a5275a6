/// A mapping file's answer texts (`ResponseMapping.values`), per item: the item's own texts over
/// those for every item. Compared as `FieldParsing.comparable` gives them.
struct AnswerRecoding: Sendable {
    private let values: [[String: Int]]
    /// Bit d set when some item recodes the one-digit text "d".
    let digits: UInt16

    /// The recoding, or nil when the mapping gives no answer texts.
    init?(_ mapping: ResponseMapping, instrument: Instrument) {
        guard !mapping.values.isEmpty else { return nil }
        func keyed(_ texts: [String: Int]?) -> [String: Int] {
            Dictionary((texts ?? [:]).map { (FieldParsing.comparable($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        let every = keyed(mapping.values[ResponseMapping.everyItem])
        values = instrument.items.map { item in every.merging(keyed(mapping.values[item.id])) { _, own in own } }
        digits = values.joined().reduce(0) { mask, entry in
            guard entry.key.count == 1, let digit = entry.key.first?.wholeNumberValue, entry.key.first!.isASCII else { return mask }
            return mask | 1 << UInt16(digit)
        }
    }

    /// The value the text of an answer to the item at `index` maps to, if it is one of the texts.
    func value(_ text: UnsafeBufferPointer<UInt8>, item index: Int) -> Int? {
        guard !values[index].isEmpty else { return nil }
        return values[index][FieldParsing.comparable(String(decoding: text, as: UTF8.self))]
    }
}
