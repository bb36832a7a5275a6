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
}
