import VeerkrachtCore

/// An approved story as a report shows it: what a veldwerker heard in a wijk, beside the figures.
/// It illustrates a figure and proves nothing.
public struct ReportVerhaal: Sendable, Hashable {
    /// The stored story's id.
    public let id: Int64
    public let titel: String
    /// `YYYY-MM-DD`.
    public let datum: String
    public let wijk: AreaInfo
    /// Paragraphs separated by a blank line, lines by `\n`.
    public let tekst: String
    /// The hulpbronnen it illustrates, in instrument order (those of the current instrument).
    public let hulpbronnen: [HulpbronName]
}

/// A hulpbron construct by id and name.
public struct HulpbronName: Sendable, Hashable {
    public let id: String
    public let name: String
}

/// A story on the wijk dashboard, beside the figures of `hulpbron`: the first of its hulpbronnen
/// whose figure the dashboard shows for the wijk itself.
public struct PlacedVerhaal: Sendable, Hashable {
    public let hulpbron: HulpbronName
    public let verhaal: ReportVerhaal

    /// The other hulpbronnen the story illustrates.
    public var alsoAbout: [HulpbronName] { verhaal.hulpbronnen.filter { $0 != hulpbron } }
}

/// Which approved stories a report of a meting shows, and where.
///
/// - Period: a report of meting M shows the stories dated after the previous meting (in time
///   order) ended, through the end of M. A meting ends on the last day of its period or, without
///   one, on the last day someone of the gemeente answered it; the stories of the latest meting
///   run on to today, unless its period ends. So each story belongs to one meting's reports.
/// - Privacy: a story is shown only beside a figure the report shows of its own wijk. On the wijk
///   dashboard it stands beside the first of its hulpbronnen whose figure is shown for the wijk
///   itself (not withheld for too few respondents, to protect another wijk, or because the wijk is
///   reported within its rapportagegebied), and is left out when none is. The gemeente summary
///   shows the highlighted (`uitgelicht`) stories of the wijken whose sociale veerkracht and at
///   least one of the story's hulpbronnen are shown.
enum VerhaalSelection {
    /// The dates a report of `meting` takes stories from (inclusive; nil: open). `lastAnswered`
    /// gives the last day someone of the gemeente answered a meting, if anyone did.
    static func period(of meting: String, in metingen: [Meting],
                       lastAnswered: (String) throws -> String?) rethrows -> (from: String?, through: String?) {
        guard let index = metingen.firstIndex(where: { $0.label == meting }) else { return (nil, nil) }
        let previousEnd = index > 0 ? try metingen[index - 1].to ?? lastAnswered(metingen[index - 1].label) : nil
        let isLatest = index == metingen.count - 1
        let end = try metingen[index].to ?? (isLatest ? nil : lastAnswered(meting))
        return (previousEnd.flatMap(CivilDate.init).map { $0.adding(days: 1).description }, end)
    }

    /// The approved stories of `wijken` (of one gemeente) in the period of `meting`.
    static func approved(wijken: [String], meting: String, source: ReportSource) throws -> [ApprovedVerhaal] {
        let codes = wijken.compactMap(WijkCode.init)
        guard let gemeente = codes.first?.gemeente.rawValue else { return [] }
        let period = try period(of: meting, in: try source.metingList()) { label in
            try source.participation(level: .gemeente, meting: label, area: gemeente)[gemeente]?.lastDate
        }
        return try source.approvedVerhalen(wijken: codes, from: period.from, through: period.through)
    }

    /// The dashboard's stories: each beside the first of its hulpbronnen that `own` (the wijk's
    /// own figures, every construct) shows; in date order.
    static func dashboard(_ verhalen: [ApprovedVerhaal], wijk: AreaInfo, own: [ConstructResult]) -> [PlacedVerhaal] {
        let shown = Set(own.filter { $0.kind == .hulpbron && $0.figures.values != nil }.map(\.id))
        return verhalen.compactMap { approved in
            let verhaal = report(approved, wijk: wijk, constructs: own)
            return verhaal.hulpbronnen.first { shown.contains($0.id) }.map { PlacedVerhaal(hulpbron: $0, verhaal: verhaal) }
        }
    }

    /// The summary's stories: the highlighted ones of wijken whose sociale veerkracht and one of
    /// the story's hulpbronnen the summary shows; in date order.
    static func summary(_ verhalen: [ApprovedVerhaal], wijken: [GemeenteReport.WijkRow]) -> [ReportVerhaal] {
        let rows = Dictionary(wijken.map { ($0.wijk.code, $0) }, uniquingKeysWith: { a, _ in a })
        return verhalen.compactMap { approved in
            guard approved.uitgelicht, let row = rows[approved.verhaal.wijk.rawValue] else { return nil }
            let shown = Set(row.constructs.filter { $0.figures.values != nil }.map(\.id))
            let verhaal = report(approved, wijk: row.wijk, constructs: row.constructs)
            guard shown.contains(KeyMessages.veerkracht), verhaal.hulpbronnen.contains(where: { shown.contains($0.id) }) else { return nil }
            return verhaal
        }
    }

    private static func report(_ approved: ApprovedVerhaal, wijk: AreaInfo, constructs: [ConstructResult]) -> ReportVerhaal {
        let ids = Set(approved.verhaal.hulpbronnen)
        let hulpbronnen = constructs.filter { $0.kind == .hulpbron && ids.contains($0.id) }.map { HulpbronName(id: $0.id, name: $0.name) }
        return ReportVerhaal(id: approved.id, titel: approved.verhaal.titel, datum: approved.verhaal.datum, wijk: wijk,
                             tekst: approved.verhaal.tekst, hulpbronnen: hulpbronnen)
    }
}
