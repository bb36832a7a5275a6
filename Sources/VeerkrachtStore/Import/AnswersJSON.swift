import Foundation
import VeerkrachtCore

/// Raw answers as stored: a JSON object from item id to the given value or null,
/// e.g. `{"coh1":4,"coh2":null}`. Readable with SQLite's `json_extract`.
struct AnswersJSON: Sendable {
    private let itemIDs: [String]

    init(instrument: Instrument) { itemIDs = instrument.items.map(\.id) }

    func encode(_ answers: [Int?]) -> String {
        var text = "{"
        for (index, id) in itemIDs.enumerated() {
            if index > 0 { text += "," }
            text += "\"\(id)\":"
            text += answers[index].map(String.init) ?? "null"
        }
        return text + "}"
    }

    /// The answers in item order; items absent from the text are missing.
    func decode(_ text: String) throws -> [Int?] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw StoreError.corruptAnswers(text)
        }
        return itemIDs.map { (object[$0] as? NSNumber)?.intValue }
    }
}
