import VeerkrachtCore

extension ReportJSON {
    /// The breakdowns anyone answered: per background question the respondents per group with
    /// their share, and per construct the area's figures and every group's, at full precision. A
    /// withheld group is `{"status": "onderdrukt", "n": 7}`.
    static func background(_ background: Background) -> JSONValue {
        .array(background.breakdowns.map { result in
            let groups = result.breakdown.groups
            return .object([
                ("vraag", .string(result.breakdown.rawValue)),
                ("respondenten", .integer(result.total)),
                ("groepen", .array(groups.indices.map { index in
                    .object([("groep", .string(groups[index])), ("respondenten", .integer(result.respondents[index])),
                             ("pct", .number(result.percentages[index]))])
                })),
                ("constructen", .array(result.constructs.map { row in
                    .object([
                        ("id", .string(row.id)), ("naam", .string(row.name)),
                        ("gebied", figures(row.area)),
                        ("groepen", .array(groups.indices.map { .object([("groep", .string(groups[$0])), ("meting", figures(row.groups[$0]))]) })),
                    ])
                })),
            ])
        })
    }
}
