import GRDB
import VeerkrachtCore

/// A SQL condition on a table's `wijk` column limiting rows to some wijken: one wijk code, every
/// wijk of a gemeente code, or a range of wijk codes. The SQL is fixed text; codes are bound.
struct AreaFilter {
    let sql: String
    let arguments: StatementArguments

    /// A wijk or gemeente code; nil means no limit.
    init(_ area: String?) {
        guard let area else {
            sql = ""
            arguments = []
            return
        }
        if let gemeente = GemeenteCode(area) {
            // Wijk codes of a gemeente share its four digits: a range scan on the wijk index.
            sql = "AND wijk >= ? AND wijk < ?"
            let digits = gemeente.rawValue.dropFirst(2)
            arguments = ["WK\(digits)", "WK\(digits)~"]
        } else {
            sql = "AND wijk = ?"
            arguments = [area]
        }
    }

    /// Wijk codes from `lower` (inclusive) to `upper` (exclusive); nil leaves that side open.
    init(codesFrom lower: String?, below upper: String?) {
        sql = (lower == nil ? "" : "AND wijk >= ? ") + (upper == nil ? "" : "AND wijk < ?")
        arguments = StatementArguments([lower, upper].compactMap { $0 })
    }
}
