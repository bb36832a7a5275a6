import VeerkrachtCore

/// The reports' figures as JSON for other tools. Numbers at full precision; a suppressed cell is
/// `{"status": "onderdrukt", "n": 7}` and carries no other figure.
public enum ReportJSON {
    public static func render(_ report: WijkReport) -> String {
        JSONValue.object(groupMember([
            ("rapport", .string("wijk")),
            ("kernboodschappen", .array(report.kernboodschappen.map(JSONValue.string))),
            ("wijk", area(report.wijk)),
            ("gemeente", area(report.gemeente)),
            ("meting", meting(report.meting)),
            ("vorige_meting", report.previous.map(meting) ?? .null),
            ("output", report.output.map(output) ?? .null),
            ("constructen", .array(report.constructs.map { construct($0, comparisonKey: "gemeente") })),
            ("verhalen", verhalen(report.verhalen)),
            ("achtergrond", background(report.background)),
            ("trend", trend(report.trend)),
            ("herkomst", provenance(report.provenance)),
        ], of: report)).text() + "\n"
    }

    public static func render(_ report: GemeenteReport) -> String {
        JSONValue.object(withGroups([
            ("rapport", .string("gemeente")),
            ("kernboodschappen", .array(report.kernboodschappen.map(JSONValue.string))),
            ("gemeente", area(report.gemeente)),
            ("meting", meting(report.meting)),
            ("vorige_meting", report.previous.map(meting) ?? .null),
            ("constructen", .array(report.headline.map { construct($0, comparisonKey: nil) })),
            ("wijken", .array(report.wijken.map { row in
                .object([("code", .string(row.wijk.code)), ("naam", .string(row.wijk.name)),
                         ("respondenten", .integer(row.respondents)),
                         ("constructen", .array(row.constructs.map { construct($0, comparisonKey: nil) }))])
            })),
            ("verhalen", verhalen(report.verhalen)),
            ("achtergrond", background(report.background)),
            ("output", report.output.map(output) ?? .null),
            ("output_per_thema", .array(report.perThema.map { .object([("thema", .string($0.thema)), ("activiteiten", .integer($0.activities))]) })),
            ("zinnen", .array(report.sentences.map(JSONValue.string))),
            ("trend", trend(report.trend)),
            ("herkomst", provenance(report.provenance)),
        ], of: report)).text() + "\n"
    }

    // MARK: Parts

    static func figures(_ figures: ScoreFigures) -> JSONValue {
        guard let v = figures.values else { return withheld(n: figures.n) }
        return .object([
            ("status", .string(figures.status.rawValue)), ("n", .integer(figures.n)),
            ("gemiddelde", .number(v.mean)), ("sd", .number(v.standardDeviation)),
            ("ci_laag", .number(v.interval?.lower)), ("ci_hoog", .number(v.interval?.upper)),
            ("pct_laag", .number(v.percentLaag)), ("pct_midden", .number(100 - v.percentLaag - v.percentHoog)),
            ("pct_hoog", .number(v.percentHoog)),
        ])
    }

    static func change(_ change: ChangeFigures) -> JSONValue {
        guard let v = change.values else {
            return .object([("status", .string(CellStatus.onderdrukt.rawValue)), ("n_van", .integer(change.nFrom)), ("n_naar", .integer(change.nTo))])
        }
        return .object([
            ("status", .string(change.status.rawValue)), ("n_van", .integer(change.nFrom)), ("n_naar", .integer(change.nTo)),
            ("gem_van", .number(v.meanFrom)), ("gem_naar", .number(v.meanTo)),
            ("verschil", .number(v.difference?.difference ?? v.meanTo - v.meanFrom)),
            ("ci_laag", .number(v.difference?.interval.lower)), ("ci_hoog", .number(v.difference?.interval.upper)),
            ("significant", v.difference.map { .bool($0.isSignificant) } ?? .null),
            ("n_gepaard", .integer(v.panel.pairs)),
            ("gem_verschil_gepaard", .number(v.panel.meanDifference)),
            ("pct_verbeterd", .number(v.panel.percentImproved)), ("pct_verslechterd", .number(v.panel.percentWorsened)),
        ])
    }

    static func construct(_ result: ConstructResult, comparisonKey: String?) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(result.id)), ("naam", .string(result.name)), ("soort", .string(result.kind.rawValue)),
            ("meting", figures(result.figures)),
            ("cronbach_alpha", .number(result.reliability)),
        ]
        if let comparisonKey { members.append((comparisonKey, result.comparison.map(figures) ?? .null)) }
        if let change = result.change { members.append(("verandering", self.change(change))) }
        return .object(pooling(members, of: result))
    }

    private static func withheld(n: Int) -> JSONValue {
        .object([("status", .string(CellStatus.onderdrukt.rawValue)), ("n", .integer(n))])
    }

    static func area(_ area: AreaInfo) -> JSONValue {
        .object([("code", .string(area.code)), ("naam", .string(area.name))])
    }

    private static func meting(_ meting: MetingInfo) -> JSONValue {
        .object([
            ("label", .string(meting.label)),
            ("respondenten", .integer(meting.participation?.respondents ?? 0)),
            // Only the month (`2025-03`) where few answered: the day could point at a person.
            ("eerste_datum", meting.participation.map { .string($0.isMonthly ? String($0.firstDate.prefix(7)) : $0.firstDate) } ?? .null),
            ("laatste_datum", meting.participation.map { .string($0.isMonthly ? String($0.lastDate.prefix(7)) : $0.lastDate) } ?? .null),
        ])
    }

    private static func output(_ output: OutputSection) -> JSONValue {
        .object([
            ("van", .string(output.period.from)), ("tot_en_met", .string(output.period.to)),
            ("activiteiten", .integer(output.totals.activities)), ("deelnemers", .integer(output.totals.participants)),
            ("uren", .number(output.totals.hours)), ("vrijwilligers", .integer(output.totals.volunteers)),
            ("per_hulpbron", .array(output.perHulpbron.map { .object([("id", .string($0.id)), ("naam", .string($0.name)), ("activiteiten", .integer($0.activities))]) })),
        ])
    }

    private static func provenance(_ p: Provenance) -> JSONValue {
        .object([
            ("instrument", .string(p.instrument)), ("instrument_versie", .integer(p.instrumentVersion)),
            ("gegevens_van", .string(p.snapshot)),
            ("onderdrukt_onder", .integer(p.policy.suppressBelow)), ("indicatief_onder", .integer(p.policy.indicativeBelow)),
        ])
    }
}
