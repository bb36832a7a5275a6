import VeerkrachtCore
import VeerkrachtReports

extension Reporting {
    /// `report` with a map of its wijken: `map` when given, else the one stored for its gemeente
    /// (`Store.storeWijkMap`), showing `construct` (default sociale veerkracht). Without either map
    /// the report stays as it is, unless a construct was asked for (`KaartError.noMap`).
    func withKaart(_ report: GemeenteReport, map: WijkMap?, construct: String?) throws -> GemeenteReport {
        guard let map = try map ?? store.wijkMap(gemeente: report.gemeente.code) else {
            if construct != nil { throw KaartError.noMap(gemeente: report.gemeente.code) }
            return report
        }
        return try report.withKaart(map, construct: construct ?? GemeenteKaart.defaultConstruct)
    }
}
