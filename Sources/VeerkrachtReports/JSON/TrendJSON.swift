import VeerkrachtCore

extension ReportJSON {
    /// A trend: per construct every meting's level (`{"meting": …, "cijfers": …}`, the figures as
    /// any cell's: a withheld point's are `{"status": "onderdrukt", "n": 7}`), the change between
    /// consecutive metingen with `significant` (no panel), and the change with its panel from the
    /// first meting to the last. The labels stay outside the figures, so a withheld object holds
    /// nothing but its status and n, as everywhere in the JSON.
    static func trend(_ trend: Trend) -> JSONValue {
        .object([("metingen", .array(trend.metingen.map(JSONValue.string))),
                 ("constructen", .array(trend.series.map { series(trend, $0) }))])
    }

    private static func series(_ trend: Trend, _ series: Trend.Series) -> JSONValue {
        let points: [JSONValue] = zip(trend.metingen, series.points).map { point(meting: $0, figures: $1) }
        let steps: [JSONValue] = series.steps.indices.map { step(from: trend.metingen[$0], to: trend.metingen[$0 + 1], change: series.steps[$0]) }
        var firstToLast = JSONValue.null
        if let span = trend.span, let change = series.firstToLast {
            firstToLast = .object([("van", .string(span.from)), ("naar", .string(span.to)), ("verandering", self.change(change))])
        }
        return .object([("id", .string(series.id)), ("naam", .string(series.name)), ("punten", .array(points)),
                        ("stappen", .array(steps)), ("eerste_tot_laatste", firstToLast)])
    }

    private static func point(meting: String, figures: ScoreFigures) -> JSONValue {
        .object([("meting", .string(meting)), ("cijfers", self.figures(figures))])
    }

    /// A change between consecutive metingen: the difference of means only (no panel).
    private static func step(from: String, to: String, change: ChangeFigures) -> JSONValue {
        var figures: [(String, JSONValue)] = [("status", .string(change.status.rawValue)),
                                              ("n_van", .integer(change.nFrom)), ("n_naar", .integer(change.nTo))]
        if let values = change.values {
            figures += [("gem_van", .number(values.meanFrom)), ("gem_naar", .number(values.meanTo)),
                        ("verschil", .number(values.difference?.difference ?? values.meanTo - values.meanFrom)),
                        ("ci_laag", .number(values.difference?.interval.lower)), ("ci_hoog", .number(values.difference?.interval.upper)),
                        ("significant", values.difference.map { .bool($0.isSignificant) } ?? .null)]
        }
        return .object([("van", .string(from)), ("naar", .string(to)), ("verschil", .object(figures))])
    }
}
