import VeerkrachtCore

/// Every meting of an area up to the report's meting, per construct: the level at each meting,
/// whether it changed significantly between consecutive metingen, and the panel from the first
/// meting to the report's. Disclosure control per meting is that of the single-meting reports (a
/// wijk's point is withheld where that meting's gemeente summary withholds it), so combining the
/// trend with any other report reveals nothing more.
public struct Trend: Sendable, Hashable {
    /// The metingen on the axis, in the store's order, ending with the report's meting: those in
    /// which the gemeente has respondents (a wijk without respondents at one has a gap there).
    public let metingen: [String]
    /// Every construct in instrument order.
    public let series: [Series]

    /// One construct through the metingen.
    public struct Series: Sendable, Hashable {
        public let id: String
        public let name: String
        public let kind: ConstructKind
        /// The level at each meting of `Trend.metingen` (n 0 where the area had no respondents).
        public let points: [ScoreFigures]
        /// The change between consecutive metingen (`steps[i]` from `points[i]` to `points[i + 1]`):
        /// the difference of means with its Welch interval; onderdrukt when either point is. The
        /// panel is not part of it.
        public let steps: [ChangeFigures]
        /// The change from the first meting to the last, with its panel; nil with a single meting.
        public let firstToLast: ChangeFigures?
    }

    /// Whether the area has respondents at two metingen or more: only then is there a trend to show.
    public var hasTrend: Bool {
        metingen.indices.filter { index in series.contains { $0.points[index].n > 0 } }.count >= 2
    }

    /// The first and the last meting, when there are two or more.
    public var span: (from: String, to: String)? {
        guard let first = metingen.first, let last = metingen.last, metingen.count >= 2 else { return nil }
        return (first, last)
    }

    /// The trend of wijk `code` of gemeente `gemeente` up to `meting`.
    static func wijk(_ code: String, gemeente: String, meting: String, instrument: Instrument, source: ReportSource,
                     policy: DisclosurePolicy) throws -> Trend {
        let cells = try source.scoreCells(level: .wijk, meting: nil, area: gemeente)
        let metingen = try axis(cells: cells, meting: meting, source: source)
        let byMeting = Dictionary(grouping: cells, by: \.meting)
        // The rapportagegebieden as the single-meting reports pool them, so the trend withholds what they do.
        let groups = try source.rapportagegebieden(gemeente: gemeente)
        let protection = { (meting: String, changes: [ChangeCell]?) in
            Protection(WijkSuppression(cells: byMeting[meting] ?? [], changes: changes, groups: groups, policy: policy), of: code)
        }
        let withheld = metingen.map { protection($0, nil) }
        let own = cells.filter { $0.area == code }
        guard metingen.count >= 2 else {
            return Trend(metingen: metingen, instrument: instrument, cells: own, withheld: withheld, span: nil, policy: policy)
        }
        let changes = try source.changeCells(level: .wijk, from: metingen[0], to: meting, area: gemeente)
        return Trend(metingen: metingen, instrument: instrument, cells: own, withheld: withheld,
                     span: (changes.filter { $0.area == code }, protection(meting, changes)), policy: policy)
    }

    /// The trend of gemeente `code` as a whole up to `meting`.
    static func gemeente(_ code: String, meting: String, instrument: Instrument, source: ReportSource,
                         policy: DisclosurePolicy) throws -> Trend {
        let cells = try source.scoreCells(level: .gemeente, meting: nil, area: code)
        let metingen = try axis(cells: cells, meting: meting, source: source)
        let changes = metingen.count >= 2 ? try source.changeCells(level: .gemeente, from: metingen[0], to: meting, area: code) : nil
        return Trend(metingen: metingen, instrument: instrument, cells: cells, withheld: metingen.map { _ in Protection() },
                     span: changes.map { ($0, Protection()) }, policy: policy)
    }

    /// The metingen up to and including `meting`, in the store's order, that have cells (and `meting` itself).
    private static func axis(cells: [ScoreCell], meting: String, source: ReportSource) throws -> [String] {
        let present = Set(cells.map(\.meting))
        let labels = try source.metingList().map(\.label)
        guard let end = labels.firstIndex(of: meting) else { return [meting] }
        return labels[...end].filter { $0 == meting || present.contains($0) }
    }

    /// - Parameters:
    ///   - cells: the area's cells at any meting.
    ///   - withheld: per meting of `metingen`, what is withheld to protect another wijk or reported
    ///     within a rapportagegebied.
    ///   - span: the area's change cells from the first meting to the last, and what of them is withheld.
    private init(metingen: [String], instrument: Instrument, cells: [ScoreCell], withheld: [Protection],
                 span: (cells: [ChangeCell], withheld: Protection)?, policy: DisclosurePolicy) {
        self.metingen = metingen
        let cellBy = Dictionary(cells.map { (MetingConstruct(meting: $0.meting, construct: $0.construct), $0) }, uniquingKeysWith: { a, _ in a })
        let spanBy = Dictionary((span?.cells ?? []).map { ($0.construct, $0) }, uniquingKeysWith: { a, _ in a })
        let none = ScoreDistribution(), noPanel = PanelChange(ReliableChange.Tally(sDiff: nil))
        series = instrument.constructs.map { construct in
            let distributions = metingen.map { cellBy[MetingConstruct(meting: $0, construct: construct.id)]?.distribution ?? none }
            let points = zip(distributions, withheld).map { distribution, protection in
                let figures = ScoreFigures(distribution, policy: policy)
                if let pooling = protection.pooling[construct.id], pooling.parts.contains(.level) { return figures.pooled(in: pooling.group) }
                return protection.withheld[construct.id]?.contains(.level) == true ? figures.withheldComplementarily() : figures
            }
            let steps = points.indices.dropFirst().map { index in
                let change = ChangeFigures(from: distributions[index - 1], to: distributions[index], panel: noPanel, policy: policy)
                let reasons = [points[index - 1].reason, points[index].reason]
                for case let .pooled(group)? in reasons { return change.pooled(in: group) }
                return reasons.contains(.complementary) ? change.withheldComplementarily() : change
            }
            let firstToLast = span.map { span in
                let cell = spanBy[construct.id]
                let change = cell?.figures(policy) ?? ChangeFigures(from: none, to: none, panel: noPanel, policy: policy)
                if let pooling = span.withheld.pooling[construct.id] {
                    if pooling.parts.contains(.change) { return change.pooled(in: pooling.group) }
                    if pooling.parts.contains(.panel) { return change.panelPooled(in: pooling.group) }
                }
                let parts = span.withheld.withheld[construct.id] ?? []
                return parts.contains(.change) ? change.withheldComplementarily()
                    : parts.contains(.panel) ? change.panelWithheldComplementarily() : change
            }
            return Series(id: construct.id, name: construct.name, kind: construct.kind, points: points, steps: steps, firstToLast: firstToLast)
        }
    }
}

/// What the reports withhold of one wijk at one meting, by construct id: to protect another wijk,
/// and to report it within its rapportagegebied.
private struct Protection {
    var withheld: [String: WithheldParts] = [:]
    var pooling: [String: Pooling] = [:]

    init() {}

    init(_ suppression: WijkSuppression, of wijk: String) {
        withheld = suppression.withheld(of: wijk)
        pooling = suppression.pooling(of: wijk)
    }
}

/// A meting and construct: the key of an area's cell in a trend.
private struct MetingConstruct: Hashable {
    let meting: String
    let construct: String
}
