import VeerkrachtCore

/// The gemeente summary's map: every wijk of the gemeente's wijk map with what the map shows of it
/// for one construct: the band of its mean, withheld, or no data. A withheld wijk carries no figure.
/// A pure value: the boundaries are read elsewhere (`WijkMapReader`) and handed in.
///
/// ```swift
/// let report = try GemeenteReport(gemeente: "GM0772", …).withKaart(map, construct: "veerkracht")
/// ```
public struct GemeenteKaart: Sendable {
    /// The construct the map shows.
    public let construct: (id: String, name: String)
    /// The boundaries: only the gemeente's wijken.
    public let map: WijkMap
    /// What the map shows of each of its wijken, in the map's order.
    public let areas: [Area]
    /// Wijken in the report that the map does not have, by name.
    public let missing: [AreaInfo]

    /// One wijk on the map.
    public struct Area: Sendable, Equatable {
        public let code: String
        /// The report's name of the wijk, else the map's, else its code.
        public let name: String
        public let state: State
    }

    /// What a wijk's fill says.
    public enum State: Sendable, Equatable {
        /// The band of the wijk's mean (shown), with the mean; or, for a wijk reported within the
        /// rapportagegebied `group`, the band and mean of the group, which the summary shows too.
        case band(Category, mean: Double, group: String? = nil)
        /// Respondents, but the figure is withheld.
        case withheld(SuppressionReason)
        /// No respondents at the meting.
        case noData
    }

    /// The construct the map shows unless another is chosen: sociale veerkracht.
    public static let defaultConstruct = "veerkracht"

    /// The map of `construct` over the report's wijken; `map` may hold other gemeenten too (kept
    /// out) but must hold at least one wijk of the report's gemeente.
    init(map: WijkMap, construct id: String, report: GemeenteReport) throws {
        guard let headline = report.headline.first(where: { $0.id == id }) else {
            throw KaartError.unknownConstruct(id, known: report.headline.map(\.id))
        }
        guard let gemeente = GemeenteCode(report.gemeente.code) else { throw ReportError.notACode(report.gemeente.code, level: .gemeente) }
        let map = try map.keeping(gemeente: gemeente)
        construct = (headline.id, headline.name)
        self.map = map
        let rows = Dictionary(report.wijken.map { ($0.wijk.code, $0) }, uniquingKeysWith: { a, _ in a })
        areas = map.wijken.map { wijk in
            let row = rows[wijk.code.rawValue]
            let name = row.map(\.wijk.name).flatMap { $0 == wijk.code.rawValue ? nil : $0 } ?? wijk.name ?? wijk.code.rawValue
            let figures = row?.constructs.first { $0.id == id }?.figures
            let state: State
            if let figures, figures.n > 0, row?.respondents ?? 0 > 0 {
                let shown = figures.values.map { (mean: $0.mean, group: String?.none) } ?? Self.group(of: figures, construct: id, in: report)
                state = shown.map { .band(report.provenance.thresholds.category(of: $0.mean), mean: $0.mean, group: $0.group) }
                    ?? .withheld(figures.reason ?? .tooFew)
            } else {
                state = .noData
            }
            return Area(code: wijk.code.rawValue, name: name, state: state)
        }
        let onMap = Set(map.wijken.map(\.code.rawValue))
        missing = report.wijken.filter { !onMap.contains($0.wijk.code) && $0.respondents > 0 }.map(\.wijk)
    }

    /// The mean of the rapportagegebied a wijk's figures are reported within, when the summary shows it.
    private static func group(of figures: ScoreFigures, construct id: String, in report: GemeenteReport) -> (mean: Double, group: String?)? {
        guard case let .pooled(name)? = figures.reason,
              let row = report.rapportagegebieden.first(where: { $0.group.name == name }),
              let mean = row.constructs.compactMap({ $0 }).first(where: { $0.id == id })?.figures.values?.mean else { return nil }
        return (mean, name)
    }
}

/// Why a map cannot be drawn in a report.
public enum KaartError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The construct asked for is not one of the instrument's.
    case unknownConstruct(String, known: [String])
    /// A construct was chosen, but there is no map to draw it on.
    case noMap(gemeente: String)

    public var description: String {
        switch self {
        case let .unknownConstruct(id, known): "'\(id)' is not a construct of the instrument; choose one of " + known.joined(separator: ", ")
        case let .noMap(gemeente): "there is no wijk map of \(gemeente): give one with --kaart FILE.geojson or store one with 'veerkracht kaart set'"
        }
    }
}

extension GemeenteReport {
    /// The report with `map` drawn for `construct` (by default sociale veerkracht).
    public func withKaart(_ map: WijkMap, construct: String = GemeenteKaart.defaultConstruct) throws -> GemeenteReport {
        var report = self
        report.kaart = try GemeenteKaart(map: map, construct: construct, report: self)
        return report
    }
}
