import VeerkrachtCore
import VeerkrachtCSV
import VeerkrachtSPSS
import VeerkrachtStore

/// The columns of `export responses`: respondent, wijk, gemeente, meting and datum, then every
/// item of the instrument (the raw answer) and every construct (the score), named by their ids.
struct ResponseExportColumns {
    let instrument: Instrument

    /// The fixed columns, in order.
    static let fixed = ["respondent", "wijk", "gemeente", "meting", "datum"]

    var names: [String] { Self.fixed + instrument.items.map(\.id) + instrument.constructs.map(\.id) }

    /// A row as typed export fields in `fields` (reused from row to row): texts, answers as whole
    /// numbers, scores as numbers (empty when missing).
    func fields(_ row: ResponseRow, into fields: inout [CSVField]) {
        fields.removeAll(keepingCapacity: true)
        fields.append(contentsOf: [.text(row.respondent), .text(row.wijk), .text(row.gemeente), .text(row.meting), .text(row.datum)])
        for answer in row.answers { fields.append(.count(answer)) }
        for score in row.scores { fields.append(.number(score)) }
    }

    /// A row as SPSS values in `values` (reused from row to row): missing answers and scores are system-missing.
    func values(_ row: ResponseRow, into values: inout [SAVValue]) {
        values.removeAll(keepingCapacity: true)
        values.append(contentsOf: [.text(row.respondent), .text(row.wijk), .text(row.gemeente), .text(row.meting), .text(row.datum)])
        for answer in row.answers { values.append(.number(answer.map(Double.init))) }
        for score in row.scores { values.append(.number(score)) }
    }

    /// The SPSS variables: the fixed columns as text of the widths the scan measured, each item
    /// with its question as label, its scale's labels as value labels and the instrument's numeric
    /// "weet niet" codes outside the scale's range labelled (with the scale's own missing label,
    /// such as "zeg ik liever niet", where it has one) and declared missing (the
    /// import stores them as missing on every item, so they never hold an answer), each construct's score
    /// with its name as label and two decimals.
    func variables(respondentWidth: Int, metingWidth: Int) -> [SAVVariable] {
        let fixed = [
            SAVVariable(name: "respondent", label: ResponseField.respondent.label, kind: .text(width: respondentWidth), measure: .nominal,
                        displayWidth: max(10, respondentWidth)),
            SAVVariable(name: "wijk", label: ResponseField.wijk.label, kind: .text(width: 8), measure: .nominal, displayWidth: 10),
            SAVVariable(name: "gemeente", label: "Gemeente", kind: .text(width: 6), measure: .nominal, displayWidth: 10),
            SAVVariable(name: "meting", label: ResponseField.meting.label, kind: .text(width: metingWidth), measure: .nominal,
                        displayWidth: max(10, metingWidth)),
            SAVVariable(name: "datum", label: ResponseField.datum.label, kind: .text(width: 10), measure: .nominal, displayWidth: 10),
        ]
        let items = instrument.items.map { item in
            let scale = instrument.scale(of: item)
            let missing = missingCodes.filter { !(scale.minimum...scale.maximum).contains($0) }.prefix(3).map(Double.init)
            return SAVVariable(name: item.id, label: item.text, kind: .number(decimals: 0), measure: measure(item, scale: scale),
                               valueLabels: scale.labels.map { SAVValueLabel(value: Double($0.value), label: $0.text) }
                                   + missing.map { SAVValueLabel(value: $0, label: scale.missingLabel ?? instrument.missingLabel) },
                               missingValues: Array(missing))
        }
        let scores = instrument.constructs.map {
            SAVVariable(name: $0.id, label: $0.name, kind: .number(decimals: 2), measure: .scale)
        }
        return fixed + items + scores
    }

    /// How SPSS measures an item: a count or a number typed in (`aantal`, `leeftijd`) as a scale,
    /// a background question's choices (`geslacht`) as nominal, an answer scale as ordinal.
    private func measure(_ item: Item, scale: Scale) -> SAVVariable.Measure {
        if scale.isOpen || instrument.asksForNumber(item) { return .scale }
        return item.isBackground ? .nominal : .ordinal
    }

    /// The instrument's whole-number "weet niet" codes (`98`, `99`), in its order.
    private var missingCodes: [Int] {
        var seen = Set<Int>()
        return instrument.missingCodes.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { seen.insert($0).inserted }
    }
}
