import VeerkrachtCore

/// Generates a realistic synthetic data set in the import formats (SPEC §6): gebieden with names,
/// and responses of residents whose scores vary by wijk and change between metingen.
///
/// ```swift
/// let demo = DemoGenerator(instrument: instrument, configuration: DemoConfiguration())
/// demo.responses(meting: 0) { fields in writer.append(fields) }
/// ```
public struct DemoGenerator: Sendable {
    public let instrument: Instrument
    public let configuration: DemoConfiguration
    public let gemeenten: [DemoGemeente]

    /// - Precondition: `configuration.validate()` does not throw.
    public init(instrument: Instrument, configuration: DemoConfiguration) {
        do {
            try configuration.validate()
        } catch {
            preconditionFailure("invalid demo configuration: \(error)")
        }
        self.instrument = instrument
        self.configuration = configuration
        let constructs = instrument.constructs.count
        if let respondents = configuration.respondents {
            gemeenten = DemoAreas.syntheticSet(seed: configuration.seed, respondents: respondents, wijken: configuration.wijken,
                                               gemeenten: configuration.gemeenten, constructs: constructs)
        } else {
            gemeenten = DemoAreas.namedSet(seed: configuration.seed, constructs: constructs)
        }
    }

    /// Header of the gebieden file: `code,naam`.
    public static let gebiedenHeader = ["code", "naam"]

    /// One row per gemeente and wijk: code and name.
    public var gebieden: [[String]] {
        gemeenten.flatMap { gemeente in
            [[gemeente.code.rawValue, gemeente.naam]] + gemeente.wijken.map { [$0.code.rawValue, $0.naam] }
        }
    }

    /// Header of a responses file: respondent, wijk, datum, meting and the item ids.
    public var responsesHeader: [String] { ["respondent", "wijk", "datum", "meting"] + instrument.items.map(\.id) }

    /// Emits the rows of meting number `metingIndex` (0-based), in wijk order.
    ///
    /// Respondent k of a wijk keeps the same pseudonymous id in every meting. At meting m the wijk's
    /// respondents are the panel (the first `panelShare` of the previous meting's) plus new ones.
    public func responses(meting metingIndex: Int, emit: ([String]) -> Void) {
        let label = configuration.metingen[metingIndex]
        let year = configuration.year(ofMeting: metingIndex)
        for (g, gemeente) in gemeenten.enumerated() {
            for (w, wijk) in gemeente.wijken.enumerated() {
                let wijkIndex = g * 10_000 + w
                for person in people(in: wijk, meting: metingIndex) {
                    emit(row(person: person, wijk: wijk, wijkIndex: wijkIndex, meting: metingIndex, label: label, year: year))
                }
            }
        }
    }

    /// Person numbers answering at a meting: the first ones are the panel of the meting before.
    private func people(in wijk: DemoWijk, meting: Int) -> [Int] {
        var start = 0
        for m in 0..<meting {
            let panel = Int((Double(wijk.respondents) * configuration.panelShare).rounded())
            start += m == meting - 1 ? wijk.respondents - panel : wijk.respondents
        }
        return Array(start..<(start + wijk.respondents))
    }

    private func row(person: Int, wijk: DemoWijk, wijkIndex: Int, meting: Int, label: String, year: Int) -> [String] {
        let seed = configuration.seed
        var trait = RandomSource(seed: seed, 2, wijkIndex, person)          // stable over metingen
        var now = RandomSource(seed: seed, 3, wijkIndex, person, meting)     // this meting only
        let general = trait.normal() * 1.3
        let latent = instrument.constructs.indices.map { c in
            5.6 + wijk.level + general + trait.normal() * 1.1 + wijk.trend[c] * Double(meting) + now.normal() * 0.6
        }
        let skipped = now.chance(0.02) ? now.next() % UInt64(instrument.constructs.count) : nil
        var background = BackgroundAnswers(seed: seed, wijkIndex: wijkIndex, person: person, meting: meting,
                                           yearsSinceFirst: year - configuration.year(ofMeting: 0))
        let answers = instrument.items.map { item -> String in
            guard let construct = item.constructIndex else { return background.answer(item.id) }
            if construct == skipped.map(Int.init) || now.chance(configuration.missingShare) {
                return now.chance(0.5) ? "" : "NA"
            }
            return String(answer(item, latent: latent[construct], random: &now))
        }
        let month = 3 + Int(now.next() % 3)
        let day = 1 + Int(now.next() % 28)
        let datum = "\(year)-0\(month)-\(day < 10 ? "0" : "")\(day)"
        return [respondentID(wijkIndex: wijkIndex, person: person), wijk.code.rawValue, datum, label] + answers
    }

    /// An answer near the latent level (0–10), on the item's scale and keying.
    private func answer(_ item: Item, latent: Double, random: inout RandomSource) -> Int {
        let scale = instrument.scale(of: item)
        let span = Double(scale.maximum - scale.minimum)
        let target = (latent + random.normal() * 1.6) / 10
        var value = Int((Double(scale.minimum) + target * span).rounded())
        value = min(max(value, scale.minimum), scale.maximum)
        if scale.isOpen && value == scale.maximum { value += Int(random.next() % 4) }
        return item.isReversed ? scale.minimum + scale.maximum - value : value
    }

    /// A pseudonymous id: derived from the seed, not from anything about a person.
    private func respondentID(wijkIndex: Int, person: Int) -> String {
        var random = RandomSource(seed: configuration.seed, 4, wijkIndex, person)
        let hex = String(random.next(), radix: 16)
        return "r" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
