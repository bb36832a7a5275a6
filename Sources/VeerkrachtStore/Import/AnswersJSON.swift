import Foundation
import VeerkrachtCore

/// Raw answers as stored: a JSON object from item id to the given value or null,
/// e.g. `{"coh1":4,"coh2":null}`. Readable with SQLite's `json_extract`.
struct AnswersJSON: Sendable {
    /// `"coh1":` and so on, with the separating comma, as UTF-8, prepared once per import.
    private let keys: [[UInt8]]
    private let itemIDs: [String]

    /// The keys one after the other, and where each ends.
    private let keyBytes: [UInt8]
    private let keyEnds: [Int]

    init(instrument: Instrument) {
        itemIDs = instrument.items.map(\.id)
        keys = instrument.items.enumerated().map { index, item in Array(((index > 0 ? "," : "") + "\"\(item.id)\":").utf8) }
        keyBytes = keys.flatMap { $0 }
        var end = 0
        keyEnds = keys.map { key in
            end += key.count
            return end
        }
    }

    func encode(_ answers: [Int?]) -> String {
        var bytes: [UInt8] = []
        let count = encode(answers, into: &bytes)
        return String(decoding: bytes[..<count], as: UTF8.self)
    }

    /// Writes the JSON text as UTF-8 to the start of `bytes` (grown when needed, never shrunk) and
    /// returns its length: a reused buffer makes encoding allocation-free.
    func encode(_ answers: [Int?], into bytes: inout [UInt8]) -> Int {
        precondition(answers.count == keys.count, "one answer per item")
        let capacity = keyBytes.count + answers.count * 20 + 2
        if bytes.count < capacity { bytes = [UInt8](repeating: 0, count: capacity) }
        return bytes.withUnsafeMutableBufferPointer { out in
            keyBytes.withUnsafeBufferPointer { keyBytes in
                let base = out.baseAddress!
                var n = 0
                base[n] = UInt8(ascii: "{")
                n += 1
                for index in 0..<keyEnds.count {
                    let start = index == 0 ? 0 : keyEnds[index - 1]
                    let length = keyEnds[index] - start
                    (base + n).update(from: keyBytes.baseAddress! + start, count: length)
                    n += length
                    switch answers[index] {
                    case nil:
                        for byte in "null".utf8 {
                            base[n] = byte
                            n += 1
                        }
                    case let value? where value >= 0 && value < 10:
                        base[n] = UInt8(ascii: "0") + UInt8(value)
                        n += 1
                    case let value?:
                        for byte in String(value).utf8 {
                            base[n] = byte
                            n += 1
                        }
                    }
                }
                base[n] = UInt8(ascii: "}")
                return n + 1
            }
        }
    }
}

extension AnswersJSON {
    /// The answers in item order; items absent from the text are missing.
    func decode(_ text: String) -> [Int?] {
        let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        return itemIDs.map { (object[$0] as? NSNumber)?.intValue }
    }
}
