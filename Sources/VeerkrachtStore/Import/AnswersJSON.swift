import Foundation
import VeerkrachtCore

/// Raw answers as stored: a JSON object from item id to the given value or null,
/// e.g. `{"coh1":4,"coh2":null}`. Readable with SQLite's `json_extract`.
struct AnswersJSON: Sendable {
    /// `"coh1":` and so on, with the separating comma, as UTF-8, prepared once per import.
    private let keys: [[UInt8]]
    private let itemIDs: [String]

    init(instrument: Instrument) {
        itemIDs = instrument.items.map(\.id)
        keys = instrument.items.enumerated().map { index, item in Array(((index > 0 ? "," : "") + "\"\(item.id)\":").utf8) }
    }

    func encode(_ answers: [Int?]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(keys.count * 12 + 2)
        for (index, key) in keys.enumerated() {
            bytes += key
            if let value = answers[index] { bytes += String(value).utf8 } else { bytes += "null".utf8 }
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension AnswersJSON {
    /// The answers in item order; items absent from the text are missing.
    func decode(_ text: String) -> [Int?] {
        let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        return itemIDs.map { (object[$0] as? NSNumber)?.intValue }
    }
}
