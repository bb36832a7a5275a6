import VeerkrachtCore

extension DemoGenerator {
    /// Header of the activities file (SPEC §6).
    public static let activitiesHeader = ["datum", "wijk", "activiteit", "thema", "deelnemers", "uren", "vrijwilligers", "hulpbronnen"]

    /// Emits the activities of the year before meting number `metingIndex` (0-based), wijk by wijk
    /// and by date. Larger wijken have more activities; each activity contributes to 0–3 hulpbronnen.
    ///
    /// The year runs from 1 March of the year before the meting's year (its label's first four
    /// characters) to the end of February, just before the meting's questionnaires are taken.
    public func activities(meting metingIndex: Int, emit: ([String]) -> Void) {
        let year = configuration.year(ofMeting: metingIndex)
        let start = CivilDate("\(year - 1)-03-01")!
        let days = CivilDate("\(year)-03-01")!.day - start.day
        let hulpbronnen = Set(instrument.constructs.filter { $0.kind == .hulpbron }.map(\.id))
        for (g, gemeente) in gemeenten.enumerated() {
            for (w, wijk) in gemeente.wijken.enumerated() {
                var random = RandomSource(seed: configuration.seed, 5, g * 10_000 + w, metingIndex)
                let count = max(2, min(60, wijk.respondents / 8)) + Int(random.next() % 4)
                let rows = (0..<count).map { _ in
                    let kind = DemoActivityKind.catalog[Int(random.next() % UInt64(DemoActivityKind.catalog.count))]
                    return kind.row(date: start.adding(days: Int(random.next() % UInt64(days))), wijk: wijk.code,
                                    hulpbronnen: hulpbronnen, random: &random)
                }
                rows.sorted { ($0.date, $0.fields[2]) < ($1.date, $1.fields[2]) }.forEach { emit($0.fields) }
            }
        }
    }
}

/// A kind of activity a welzijnsorganisatie runs, with typical figures.
struct DemoActivityKind {
    let name: String
    let thema: String
    let participants: ClosedRange<Int>
    /// Typical hours, in quarters of an hour.
    let quarters: ClosedRange<Int>
    let volunteers: ClosedRange<Int>
    /// Hulpbronnen the activity may contribute to, most likely first.
    let hulpbronnen: [String]

    static let armoede = "Armoede & Meedoen"
    static let opvoeding = "Opvoeding & Gezin"
    static let jeugd = "Talentontwikkeling & Jeugd"
    static let veilig = "Veilige omgeving & Tolerantie"

    static let catalog: [DemoActivityKind] = [
        DemoActivityKind(name: "Buurtkoffie", thema: armoede, participants: 6...25, quarters: 6...12, volunteers: 1...3,
                         hulpbronnen: ["cohesie", "binding", "sociaal_vertrouwen"]),
        DemoActivityKind(name: "Huiswerkbegeleiding", thema: jeugd, participants: 4...15, quarters: 6...10, volunteers: 1...4,
                         hulpbronnen: ["veranderingsbereidheid", "sociaal_vertrouwen"]),
        DemoActivityKind(name: "Repair Café", thema: armoede, participants: 8...30, quarters: 12...18, volunteers: 3...8,
                         hulpbronnen: ["cohesie", "binding"]),
        DemoActivityKind(name: "Taalcafé", thema: armoede, participants: 5...18, quarters: 6...8, volunteers: 1...4,
                         hulpbronnen: ["sociaal_vertrouwen", "veranderingsbereidheid", "cohesie"]),
        DemoActivityKind(name: "Moestuin", thema: veilig, participants: 4...14, quarters: 8...16, volunteers: 1...5,
                         hulpbronnen: ["cohesie", "binding"]),
        DemoActivityKind(name: "Buurtpreventie-app", thema: veilig, participants: 10...60, quarters: 2...6, volunteers: 1...3,
                         hulpbronnen: ["digitaal_contact", "sociaal_vertrouwen", "cohesie"]),
        DemoActivityKind(name: "Digicafé", thema: armoede, participants: 4...16, quarters: 6...10, volunteers: 1...4,
                         hulpbronnen: ["digitaal_contact", "veranderingsbereidheid"]),
        DemoActivityKind(name: "Opvoedspreekuur", thema: opvoeding, participants: 2...10, quarters: 4...8, volunteers: 0...1,
                         hulpbronnen: ["sociaal_vertrouwen", "veranderingsbereidheid"]),
        DemoActivityKind(name: "Peuter-ouderochtend", thema: opvoeding, participants: 6...20, quarters: 8...10, volunteers: 1...3,
                         hulpbronnen: ["cohesie", "binding"]),
        DemoActivityKind(name: "Voorleesochtend", thema: opvoeding, participants: 5...15, quarters: 4...6, volunteers: 1...2,
                         hulpbronnen: ["binding"]),
        DemoActivityKind(name: "Jongereninloop", thema: jeugd, participants: 8...35, quarters: 12...16, volunteers: 0...3,
                         hulpbronnen: ["binding", "sociaal_vertrouwen", "digitaal_contact"]),
        DemoActivityKind(name: "Buurtsport", thema: jeugd, participants: 10...40, quarters: 6...8, volunteers: 1...4,
                         hulpbronnen: ["cohesie", "binding"]),
        DemoActivityKind(name: "Formulierenhulp", thema: armoede, participants: 3...12, quarters: 8...12, volunteers: 1...3,
                         hulpbronnen: ["digitaal_contact", "sociaal_vertrouwen"]),
        DemoActivityKind(name: "Buurtmaaltijd", thema: armoede, participants: 12...45, quarters: 12...20, volunteers: 2...6,
                         hulpbronnen: ["cohesie", "sociaal_vertrouwen", "binding"]),
        DemoActivityKind(name: "Buurtbemiddeling", thema: veilig, participants: 2...6, quarters: 4...12, volunteers: 1...2,
                         hulpbronnen: ["sociaal_vertrouwen", "veranderingsbereidheid"]),
        DemoActivityKind(name: "Opschoondag", thema: veilig, participants: 8...40, quarters: 10...16, volunteers: 2...6,
                         hulpbronnen: ["cohesie", "binding"]),
        DemoActivityKind(name: "Dialoogavond", thema: veilig, participants: 10...35, quarters: 8...12, volunteers: 0...2,
                         hulpbronnen: ["sociaal_vertrouwen", "veranderingsbereidheid", "cohesie"]),
    ]

    /// One row of the activities file; hours are written with a Dutch decimal comma, as people type them.
    func row(date: CivilDate, wijk: WijkCode, hulpbronnen known: Set<String>,
             random: inout RandomSource) -> (date: CivilDate, fields: [String]) {
        let hours = Double(random.integer(in: quarters)) / 4
        let hoursText = hours == hours.rounded() ? String(Int(hours)) : String(hours).replacing(".", with: ",")
        let contributes = hulpbronnen.filter(known.contains)
        let take = min(contributes.count, Int(random.next() % 4))
        return (date, [date.description, wijk.rawValue, name, thema, String(random.integer(in: participants)),
                       hoursText, String(random.integer(in: volunteers)), contributes.prefix(take).joined(separator: "|")])
    }
}

private extension RandomSource {
    /// A whole number in `range`, the same for the same seed on every platform.
    mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}
