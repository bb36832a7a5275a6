import VeerkrachtCore

/// Rapportagegebieden in the reports' JSON, present only where a report has them: the gemeente's
/// `rapportagegebieden` (each group with its wijken and the constructs it is reported for as one
/// area), a wijk's `rapportagegebied`, and `opgenomen_in` on a wijk's construct whose figures are
/// reported within its group.
extension ReportJSON {
    static func withGroups(_ members: [(String, JSONValue)], of report: GemeenteReport) -> [(String, JSONValue)] {
        guard !report.rapportagegebieden.isEmpty else { return members }
        let groups = JSONValue.array(report.rapportagegebieden.map { row in
            .object([("naam", .string(row.group.name)), ("wijken", .array(row.group.wijken.map(area))),
                     ("respondenten", .integer(row.respondents)),
                     ("constructen", .array(row.constructs.compactMap { $0.map { construct($0, comparisonKey: nil) } }))])
        })
        return insert(("rapportagegebieden", groups), after: "wijken", in: members)
    }

    static func groupMember(_ members: [(String, JSONValue)], of report: WijkReport) -> [(String, JSONValue)] {
        guard let group = report.rapportagegebied else { return members }
        let value = JSONValue.object([("naam", .string(group.name)), ("wijken", .array(group.wijken.map(area))),
                                      ("constructen", .array(report.constructs.map(\.id).filter(group.constructs.contains).map(JSONValue.string)))])
        return insert(("rapportagegebied", value), after: "gemeente", in: members)
    }

    /// A construct's members with `opgenomen_in` (the group's name) when its level or change is
    /// reported within a rapportagegebied.
    static func pooling(_ members: [(String, JSONValue)], of result: ConstructResult) -> [(String, JSONValue)] {
        let reasons = [result.figures.reason, result.change?.reason, result.change?.values?.panel.reason]
        for case .pooled(let group)? in reasons { return members + [("opgenomen_in", .string(group))] }
        return members
    }

    private static func insert(_ member: (String, JSONValue), after key: String, in members: [(String, JSONValue)]) -> [(String, JSONValue)] {
        var members = members
        members.insert(member, at: (members.firstIndex { $0.0 == key } ?? members.count - 1) + 1)
        return members
    }
}
