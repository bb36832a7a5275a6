import VeerkrachtCore

/// The wijk dashboard: what was done (output) next to how residents are doing and how that
/// changed (outcome), for a wijkteam and its opdrachtgever.
public struct WijkReport: Sendable, Hashable {
    public let wijk: AreaInfo
    public let gemeente: AreaInfo
    public let meting: MetingInfo
    public let previous: MetingInfo?
    public let provenance: Provenance
    /// Activities in the meting's period; nil when the meting has no responses in the wijk.
    public let output: OutputSection?
    /// Every construct in instrument order, with the gemeente as comparison. A figure the gemeente
    /// summary withholds to protect another wijk is withheld here too.
    public let constructs: [ConstructResult]
    /// The wijk's rapportagegebied when some constructs show the group's figures (those in
    /// `constructs` whose ids it lists), because a member has too few respondents on its own.
    public let rapportagegebied: GroupInfo?
    /// The respondents per age group and geslacht, and the figures per group.
    public let background: Background
    /// Every meting of the wijk up to this one, per construct.
    public let trend: Trend
    /// The approved stories of the meting's period, each beside a hulpbron whose figure is shown
    /// for the wijk itself (see `VerhaalSelection`).
    public let verhalen: [PlacedVerhaal]

    /// Builds the report for wijk `code` at `meting`, with change since `previous` when given.
    public init(wijk code: String, meting: String, previous: String?, source: ReportSource, policy: DisclosurePolicy) throws {
        guard let wijkCode = WijkCode(code) else { throw ReportError.notACode(code, level: .wijk) }
        let instrument = try source.currentInstrument()
        let names = try source.areaNames()
        let gemeenteCode = wijkCode.gemeente.rawValue
        let participation = try source.participation(level: .wijk, meting: meting, area: code)[code]
        guard participation != nil || names[code] != nil else {
            throw ReportError.noData(code, level: .wijk)
        }
        let previousParticipation = try previous.map { try source.participation(level: .wijk, meting: $0, area: code)[code] }
        wijk = AreaInfo(code: code, name: names[code] ?? code)
        gemeente = AreaInfo(code: gemeenteCode, name: names[gemeenteCode] ?? gemeenteCode)
        self.meting = MetingInfo(label: meting, participation: participation?.disclosed(below: policy.suppressBelow))
        self.previous = previous.map { MetingInfo(label: $0, participation: (previousParticipation ?? nil)?.disclosed(below: policy.suppressBelow)) }
        provenance = try Provenance(instrument: instrument, snapshot: source.snapshot(), policy: policy)
        output = try OutputPeriod(meting: self.meting.participation, previous: self.previous?.participation).map { period in
            OutputSection(period: period, totals: try source.outputTotals(level: .wijk, from: period.from, to: period.to, area: code)[code] ?? OutputTotals(),
                          hulpbronnen: instrument.constructs.filter { $0.kind == .hulpbron })
        }
        let gemeenteWijkCells = try source.scoreCells(level: .wijk, meting: meting, area: gemeenteCode)
        let gemeenteWijkChange = try previous.map { try source.changeCells(level: .wijk, from: $0, to: meting, area: gemeenteCode) }
        let grouping = try ReportGrouping(gemeente: gemeenteCode, meting: meting, previous: previous, source: source,
                                          wijkCells: gemeenteWijkCells, wijkChanges: gemeenteWijkChange, policy: policy)
        let comparison = try source.scoreCells(level: .gemeente, meting: meting, area: gemeenteCode)
        let own = grouping.results(of: code, instrument: instrument, cells: gemeenteWijkCells.filter { $0.area == code }, comparison: comparison,
                                   change: gemeenteWijkChange.map { $0.filter { $0.area == code } }, policy: policy)
        verhalen = VerhaalSelection.dashboard(try VerhaalSelection.approved(wijken: [code], meting: meting, source: source),
                                              wijk: wijk, own: own)
        (constructs, rapportagegebied) = grouping.dashboard(of: code, own: own, instrument: instrument, comparison: comparison,
                                                            names: names, policy: policy)
        background = Background(area: code, gemeente: gemeenteCode, wijken: try source.breakdowns(level: .wijk, meting: meting, area: gemeenteCode),
                                instrument: instrument, results: own, suppression: grouping.suppression, policy: policy)
        trend = try Trend.wijk(code, gemeente: gemeenteCode, meting: meting, instrument: instrument, source: source, policy: policy)
    }

    /// The five hulpbronnen (the radar's axes and the logic model's rows).
    public var hulpbronnen: [ConstructResult] { constructs.filter { $0.kind == .hulpbron } }
}

/// What the organisation did in a period: totals and, per hulpbron, the activities aimed at it.
public struct OutputSection: Sendable, Hashable {
    public let period: OutputPeriod
    public let totals: OutputTotals
    /// Hulpbronnen in instrument order, with how many activities contributed to each.
    public let perHulpbron: [(id: String, name: String, activities: Int)]

    init(period: OutputPeriod, totals: OutputTotals, hulpbronnen: [Construct]) {
        self.period = period
        self.totals = totals
        perHulpbron = hulpbronnen.map { ($0.id, $0.name, totals.perHulpbron[$0.id] ?? 0) }
    }

    public static func == (a: Self, b: Self) -> Bool { a.period == b.period && a.totals == b.totals }
    public func hash(into hasher: inout Hasher) { hasher.combine(period); hasher.combine(totals) }
}

extension Provenance {
    init(instrument: Instrument, snapshot: String, policy: DisclosurePolicy) {
        self.init(instrument: instrument.id, instrumentVersion: instrument.version, instrumentTitle: instrument.title,
                  snapshot: snapshot, policy: policy, thresholds: instrument.thresholds)
    }
}
