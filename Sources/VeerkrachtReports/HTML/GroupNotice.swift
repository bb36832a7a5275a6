import VeerkrachtPresentation

/// On the dashboard of a wijk in a rapportagegebied: which figures are the group's rather than the
/// wijk's own, and why.
enum GroupNotice {
    static func render(_ report: WijkReport) -> HTML? {
        guard let group = report.rapportagegebied else { return nil }
        let pooled = report.constructs.filter { group.constructs.contains($0.id) }
        let which = pooled.count == report.constructs.count ? "alle onderdelen"
            : "de onderdelen " + list(pooled.map { $0.name.prefix(1).lowercased() + $0.name.dropFirst() })
        let members = list(group.wijken.map(\.name))
        return ReportLayout.section("Samen met andere wijken getoond", kicker: "rapportagegebied", lead: nil, [
            .init(nil, tag("p", [:], .text(
                "\(report.wijk.name) hoort bij rapportagegebied \(group.name): de wijken \(members). In dat gebied heeft een wijk "
                    + "te weinig respondenten om apart te tonen zonder dat cijfers over een kleine groep bewoners terug te rekenen zijn. "
                    + "Daarom staan bij \(which) de cijfers van het rapportagegebied als geheel, niet die van \(report.wijk.name) alleen."))),
        ])
    }

    /// Names as Dutch writes a list: "A", "A en B", "A, B en C".
    private static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " en " + names.last!
    }
}

extension WijkReport {
    /// How charts name the area whose figures they show: the wijk, or its rapportagegebied when
    /// every construct shows the group's figures.
    var shownArea: String {
        guard let group = rapportagegebied, constructs.allSatisfy({ group.constructs.contains($0.id) }) else { return "wijk \(wijk.name)" }
        return "rapportagegebied \(group.name)"
    }
}
