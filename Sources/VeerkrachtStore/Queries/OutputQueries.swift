import GRDB
import VeerkrachtCore

extension Store {
    /// Output totals of the stored activities per area of `level` (SPEC §6 "Output export"),
    /// keyed by wijk code or gemeente code. Only areas with at least one activity appear.
    ///
    /// ```swift
    /// let totals = try store.outputTotals(level: .gemeente, from: "2025-01-01", to: "2025-12-31")
    /// totals["GM0772"]?.participants
    /// ```
    ///
    /// - Parameters:
    ///   - from: first date counted (`YYYY-MM-DD`, inclusive); nil for no lower bound.
    ///   - to: last date counted (inclusive); nil for no upper bound.
    ///   - area: only activities in this wijk (`WK077201`) or gemeente (`GM0772`).
    /// - Throws: `StoreError.invalidDate` or `StoreError.invalidArea` for malformed arguments.
    public func outputTotals(level: AreaLevel, from: String? = nil, to: String? = nil,
                             area: String? = nil) throws -> [String: OutputTotals] {
        // Bound to `CASE WHEN ? THEN <gemeente code> ELSE wijk END` (the area counted in) and
        // `datum BETWEEN ? AND ? AND wijk BETWEEN ? AND ?` (the activities counted).
        let arguments: StatementArguments = [level == .gemeente] + (try ActivityFilter(from: from, to: to, area: area).arguments)
        return try database.read { db in
            var totals: [String: OutputTotals] = [:]
            let sums = try Row.fetchCursor(db, sql: """
                SELECT CASE WHEN ? THEN 'GM' || substr(wijk, 3, 4) ELSE wijk END AS area,
                    count(*), total(deelnemers), total(uren), total(vrijwilligers)
                FROM activiteit WHERE datum BETWEEN ? AND ? AND wijk BETWEEN ? AND ? GROUP BY area
                """, arguments: arguments)
            while let row = try sums.next() {
                var area = OutputTotals()
                area.activities = row[1]
                // Summed as doubles, which cannot overflow (a database from before `Limits` may hold huge counts).
                area.participants = OutputTotals.count(row[2])
                area.hours = row[3]
                area.volunteers = OutputTotals.count(row[4])
                totals[row[0]] = area
            }
            let themes = try Row.fetchCursor(db, sql: """
                SELECT CASE WHEN ? THEN 'GM' || substr(wijk, 3, 4) ELSE wijk END AS area, thema, count(*)
                FROM activiteit WHERE datum BETWEEN ? AND ? AND wijk BETWEEN ? AND ? GROUP BY area, thema
                """, arguments: arguments)
            while let row = try themes.next() {
                totals[row[0], default: OutputTotals()].perThema[row[1]] = row[2]
            }
            // Split the '|'-joined ids into one row per activity and hulpbron, then count per area.
            // Ids are stored once per activity, so the count is the number of contributing activities.
            let hulpbronnen = try Row.fetchCursor(db, sql: """
                WITH RECURSIVE part(area, id, rest) AS (
                    SELECT CASE WHEN ? THEN 'GM' || substr(wijk, 3, 4) ELSE wijk END, NULL, hulpbronnen || '|'
                    FROM activiteit WHERE datum BETWEEN ? AND ? AND wijk BETWEEN ? AND ? AND hulpbronnen <> ''
                    UNION ALL
                    SELECT area, substr(rest, 1, instr(rest, '|') - 1), substr(rest, instr(rest, '|') + 1) FROM part WHERE rest <> ''
                )
                SELECT area, id, count(*) FROM part WHERE id <> '' GROUP BY area, id
                """, arguments: arguments)
            while let row = try hulpbronnen.next() {
                totals[row[0], default: OutputTotals()].perHulpbron[row[1]] = row[2]
            }
            return totals
        }
    }
}

/// The values that select activities by period and area: the first and last date (open ends as
/// dates before and after any stored one) and the range of wijk codes.
private struct ActivityFilter {
    let arguments: StatementArguments

    init(from: String?, to: String?, area: String?) throws {
        let code = area.map { FieldParsing.trimmed($0) }
        if let area, let code, WijkCode(code) == nil, GemeenteCode(code) == nil { throw StoreError.invalidArea(area) }
        arguments = [try Self.date(from) ?? "0000-00-00", try Self.date(to) ?? "9999-99-99"] + WijkRange(code).arguments
    }

    private static func date(_ text: String?) throws -> String? {
        try text.map { text in
            guard case .success(let date) = FieldParsing.date(text) else { throw StoreError.invalidDate(text) }
            return date
        }
    }
}
