import VeerkrachtCore

/// The impact summary for a gemeente: aggregates only. Headline figures for the gemeente, every
/// wijk × construct with disclosure control (complementary suppression included, see
/// `WijkSuppression`), change since the previous meting, output totals and plain-Dutch sentences
/// on what changed significantly.
public struct GemeenteReport: Sendable, Hashable {
    public let gemeente: AreaInfo
    public let meting: MetingInfo
    public let previous: MetingInfo?
    public let provenance: Provenance
    /// The gemeente as a whole, every construct.
    public let headline: [ConstructResult]
    /// The respondents per age group and geslacht, and the figures per group.
    public let background: Background
    /// Every wijk with responses at the meting (or the previous one), by name.
    public let wijken: [WijkRow]
    /// Every rapportagegebied reported as one area for some construct, by name.
    public let rapportagegebieden: [GroupRow]
    /// The highlighted stories of the meting's period, of wijken whose figures are shown (see
    /// `VerhaalSelection`).
    public let verhalen: [ReportVerhaal]
    /// Every wijk in a rapportagegebied, pooled or not (a grouping suggestion leaves them out).
    let groupedWijken: Set<String>
    public let output: OutputSection?
    /// Output per theme, in the configured order (themes without activities included).
    public let perThema: [(thema: String, activities: Int)]
    /// What changed significantly, in plain Dutch.
    public let sentences: [String]
    /// Every meting of the gemeente up to this one, per construct.
    public let trend: Trend
    /// The wijken on a map, when the report was given one (`withKaart`).
    public internal(set) var kaart: GemeenteKaart?

    /// One wijk's row in the summary.
    public struct WijkRow: Sendable, Hashable {
        public let wijk: AreaInfo
        public let respondents: Int
        public let constructs: [ConstructResult]
    }

    public init(gemeente code: String, meting: String, previous: String?, source: ReportSource, policy: DisclosurePolicy) throws {
        guard GemeenteCode(code) != nil else { throw ReportError.notACode(code, level: .gemeente) }
        let instrument = try source.currentInstrument()
        let names = try source.areaNames()
        let participation = try source.participation(level: .gemeente, meting: meting, area: code)[code]
        guard participation != nil || names[code] != nil else {
            throw ReportError.noData(code, level: .gemeente)
        }
        let previousParticipation = try previous.map { try source.participation(level: .gemeente, meting: $0, area: code)[code] } ?? nil
        gemeente = AreaInfo(code: code, name: names[code] ?? code)
        self.meting = MetingInfo(label: meting, participation: participation?.disclosed(below: policy.suppressBelow))
        self.previous = previous.map { MetingInfo(label: $0, participation: previousParticipation?.disclosed(below: policy.suppressBelow)) }
        provenance = try Provenance(instrument: instrument, snapshot: source.snapshot(), policy: policy)

        let changeGemeente = try previous.map { try source.changeCells(level: .gemeente, from: $0, to: meting, area: code) }
        let headline = instrument.results(cells: try source.scoreCells(level: .gemeente, meting: meting, area: code),
                                          change: changeGemeente, policy: policy)
        self.headline = headline

        let allWijkCells = try source.scoreCells(level: .wijk, meting: meting, area: code)
        let allWijkChange = try previous.map { try source.changeCells(level: .wijk, from: $0, to: meting, area: code) }
        let grouping = try ReportGrouping(gemeente: code, meting: meting, previous: previous, source: source, wijkCells: allWijkCells,
                                          wijkChanges: allWijkChange, policy: policy)
        let wijkCells = Dictionary(grouping: allWijkCells, by: \.area)
        let wijkChange = allWijkChange.map { Dictionary(grouping: $0, by: \.area) }
        let respondents = try source.participation(level: .wijk, meting: meting, area: code)
        var codes = Set(wijkCells.keys)
        if let wijkChange { codes.formUnion(wijkChange.keys) }
        let wijken = codes.map { wijk in
            WijkRow(wijk: AreaInfo(code: wijk, name: names[wijk] ?? wijk), respondents: respondents[wijk]?.respondents ?? 0,
                    constructs: grouping.results(of: wijk, instrument: instrument, cells: wijkCells[wijk] ?? [],
                                                 change: wijkChange.map { $0[wijk] ?? [] }, policy: policy))
        }
        .sorted { ($0.wijk.name, $0.wijk.code) < ($1.wijk.name, $1.wijk.code) }
        self.wijken = wijken
        verhalen = VerhaalSelection.summary(try VerhaalSelection.approved(wijken: wijken.map(\.wijk.code), meting: meting, source: source),
                                            wijken: wijken)
        groupedWijken = grouping.groupedWijken
        rapportagegebieden = grouping.rows(instrument: instrument, names: names, respondents: respondents, policy: policy)
        background = Background(area: code, gemeente: code, wijken: try source.breakdowns(level: .wijk, meting: meting, area: code),
                                instrument: instrument, results: headline, suppression: grouping.suppression, policy: policy)

        let period = OutputPeriod(meting: self.meting.participation, previous: self.previous?.participation)
        let totals = try period.map { try source.outputTotals(level: .gemeente, from: $0.from, to: $0.to, area: code)[code] ?? OutputTotals() }
        output = zip(period, totals).map { OutputSection(period: $0, totals: $1, hulpbronnen: instrument.constructs.filter { $0.kind == .hulpbron }) }
        perThema = try source.themes().map { ($0, totals?.perThema[$0] ?? 0) }
        trend = try Trend.gemeente(code, meting: meting, instrument: instrument, source: source, policy: policy)
        sentences = previous.map { ChangeSentences.make(headline: headline, wijken: wijken, from: $0, to: meting) } ?? []
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.gemeente == b.gemeente && a.meting == b.meting && a.headline == b.headline && a.wijken == b.wijken && a.rapportagegebieden == b.rapportagegebieden && a.verhalen == b.verhalen
            && a.sentences == b.sentences
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(gemeente)
        hasher.combine(meting)
        hasher.combine(headline)
    }
}

private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
