import GRDB
import VeerkrachtCore

/// The stored form of an activity, shared by the import and the entry form.
enum ActivityRow {
    /// Which stored activities do not count as a twin: those of the import under way, or the
    /// entry being corrected (none for a new entry).
    enum Exclusion {
        case batch(Int64)
        case entry(Int64?)
    }

    /// datum, wijk, naam, thema, deelnemers, uren, vrijwilligers, hulpbronnen.
    static func arguments(_ activity: Activity) -> StatementArguments {
        [activity.datum, activity.wijk.rawValue, activity.name, activity.thema, activity.participants, activity.hours,
         activity.volunteers, activity.hulpbronnen.joined(separator: String(ActivityValidator.hulpbronSeparator))]
    }

    static func insert(_ activity: Activity, batchID: Int64, line: Int?, enteredBy: Int64?, db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO activiteit (datum, wijk, naam, thema, deelnemers, uren, vrijwilligers, hulpbronnen, batch_id, source_line, entered_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: arguments(activity) + [batchID, line, enteredBy])
    }

    /// Where an identical activity already stored came from (a file and line, or a form), if there is one.
    static func storedTwin(_ activity: Activity, excluding exclusion: Exclusion, db: Database) throws -> (source: String, line: Int?)? {
        let (batchID, id): (Int64?, Int64?) = switch exclusion {
        case .batch(let batchID): (batchID, nil)
        case .entry(let id): (nil, id)
        }
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT b.source, a.source_line FROM activiteit a JOIN batch b ON b.id = a.batch_id
            WHERE a.datum = ? AND a.wijk = ? AND a.naam = ? AND a.thema = ? AND a.deelnemers = ? AND a.uren = ?
              AND a.vrijwilligers = ? AND a.hulpbronnen = ? AND a.batch_id IS NOT ? AND a.id IS NOT ?
            LIMIT 1
            """), arguments: arguments(activity) + [batchID, id])
        return row.map { ($0["source"], $0["source_line"]) }
    }
}
