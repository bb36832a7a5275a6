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
        let filter = try ActivityFilter(from: from, to: to, area: area)
        let areaSQL = switch level {
        case .wijk: "wijk"
        case .gemeente: "'GM' || substr(wijk, 3, 4)"
        }
        return try database.read { db in
            var totals: [String: OutputTotals] = [:]
            let sums = try Row.fetchCursor(db, sql: """
                SELECT \(areaSQL) AS area, count(*), sum(deelnemers), total(uren), sum(vrijwilligers)
                FROM activiteit WHERE \(filter.sql) GROUP BY area
                """, arguments: filter.arguments)
            while let row = try sums.next() {
                var area = OutputTotals()
                area.activities = row[1]
                area.participants = row[2]
                area.hours = row[3]
                area.volunteers = row[4]
                totals[row[0]] = area
            }
            let themes = try Row.fetchCursor(db, sql: """
                SELECT \(areaSQL) AS area, thema, count(*) FROM activiteit WHERE \(filter.sql) GROUP BY area, thema
                """, arguments: filter.arguments)
            while let row = try themes.next() {
                totals[row[0], default: OutputTotals()].perThema[row[1]] = row[2]
            }
            // Split the '|'-joined ids into one row per activity and hulpbron, then count per area.
            // Ids are stored once per activity, so the count is the number of contributing activities.
            let hulpbronnen = try Row.fetchCursor(db, sql: """
                WITH RECURSIVE part(area, id, rest) AS (
                    SELECT \(areaSQL), NULL, hulpbronnen || '|' FROM activiteit WHERE \(filter.sql) AND hulpbronnen <> ''
                    UNION ALL
                    SELECT area, substr(rest, 1, instr(rest, '|') - 1), substr(rest, instr(rest, '|') + 1) FROM part WHERE rest <> ''
                )
                SELECT area, id, count(*) FROM part WHERE id <> '' GROUP BY area, id
                """, arguments: filter.arguments)
            while let row = try hulpbronnen.next() {
                totals[row[0], default: OutputTotals()].perHulpbron[row[1]] = row[2]
            }
            return totals
        }
    }
}

/// The WHERE clause selecting activities by period and area.
private struct ActivityFilter {
    private(set) var sql = "1"
    private(set) var arguments = StatementArguments()

    init(from: String?, to: String?, area: String?) throws {
        if let from {
            guard case .success(let date) = FieldParsing.date(from) else { throw StoreError.invalidDate(from) }
            add("datum >= ?", date)
        }
        if let to {
            guard case .success(let date) = FieldParsing.date(to) else { throw StoreError.invalidDate(to) }
            add("datum <= ?", date)
        }
        if let area {
            let code = FieldParsing.trimmed(area)
            if let wijk = WijkCode(code) {
                add("wijk = ?", wijk.rawValue)
            } else if let gemeente = GemeenteCode(code) {
                // A range on the wijk code, so the (wijk, datum) index serves it: WK0772 ≤ wijk < WK0772~.
                add("wijk >= ? AND wijk < ?", "WK" + gemeente.rawValue.dropFirst(2), "WK" + gemeente.rawValue.dropFirst(2) + "~")
            } else {
                throw StoreError.invalidArea(area)
            }
        }
    }

    private mutating func add(_ condition: String, _ values: (any DatabaseValueConvertible)...) {
        sql += " AND " + condition
        for value in values { arguments += [value] }
    }
}
