/// The words an answer may be written in instead of its number, per item: the choices a form
/// offers (`Scale.choices`, as survey tools export them when they export labels), the scale's own
/// labels, and the instrument's missing label ("weet niet / wil niet zeggen", a missing answer) and
/// the scale's own ("zeg ik liever niet").
/// Texts are compared as `FieldParsing.comparable` gives them: trimmed, in any case, runs of spaces as one.
struct AnswerTexts: Sendable {
    /// Per item: the value each known text stands for; nil for a missing answer.
    private let values: [[String: Int?]]

    init(_ instrument: Instrument) {
        let missing = FieldParsing.comparable(instrument.missingLabel)
        let byScale = instrument.scales.map { scale in
            var texts: [String: Int?] = [missing: nil]
            if let own = scale.missingLabel { texts[FieldParsing.comparable(own)] = .some(nil) }
            for label in scale.labels + Self.wordChoices(scale) { texts[FieldParsing.comparable(label.text)] = label.value }
            return texts
        }
        values = instrument.items.map { byScale[$0.scaleIndex] }
    }

    /// The choices of `scale` that are not plain numbers (those are read as numbers): every choice
    /// of a fully labelled scale, else an open scale's "5+". Never the whole range, which an
    /// unlabelled scale such as 16–110, or a mistaken one of a billion values, would make long.
    private static func wordChoices(_ scale: Scale) -> [ScaleLabel] {
        if scale.isFullyLabelled { return scale.choices }
        return scale.isOpen ? [ScaleLabel(value: scale.maximum, text: "\(scale.maximum)+")] : []
    }

    /// What the text of an answer to the item at `index` stands for: `.some(value)` (nil for
    /// missing) when it is one of the item's texts, nil otherwise.
    func value(_ text: UnsafeBufferPointer<UInt8>, item index: Int) -> Int?? {
        values[index][FieldParsing.comparable(String(decoding: text, as: UTF8.self))]
    }
}
