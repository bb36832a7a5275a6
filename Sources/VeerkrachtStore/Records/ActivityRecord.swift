import GRDB
import VeerkrachtCore

/// A row of `activiteit`: one activity as stored, by the import and the entry form alike.
struct ActivityRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "activiteit"

    var id: Int64?
    var datum: String
    var wijk: String
    var naam: String
    var thema: String
    var deelnemers: Int
    var uren: Double
    var vrijwilligers: Int
    /// Hulpbron construct ids joined by `|`.
    var hulpbronnen: String
    var batchID: Int64
    /// The line in the imported file; nil for form entries.
    var sourceLine: Int?
    /// The account that entered it; nil for imported files.
    var enteredBy: Int64?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, datum, wijk, naam, thema, deelnemers, uren, vrijwilligers, hulpbronnen, batchID = "batch_id",
             sourceLine = "source_line", enteredBy = "entered_by"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let batchID = Column(CodingKeys.batchID)
        static let enteredBy = Column(CodingKeys.enteredBy)
    }

    init(_ activity: Activity, batchID: Int64, sourceLine: Int?, enteredBy: Int64?) {
        (datum, wijk, naam, thema, deelnemers, uren, vrijwilligers, hulpbronnen) = ("", "", "", "", 0, 0, 0, "")
        self.batchID = batchID
        self.sourceLine = sourceLine
        self.enteredBy = enteredBy
        set(activity)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Stores a new activity with one cached statement, as fast as an import of tens of thousands
    /// of rows needs (GRDB's `insert` encodes the record anew for every row): a value for every
    /// column of the table in its order, which `CodingKeys` and the properties follow (a test
    /// compares them).
    mutating func insertRow(_ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO activiteit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(arguments: [
            id, datum, wijk, naam, thema, deelnemers, uren, vrijwilligers, hulpbronnen, batchID, sourceLine, enteredBy,
        ])
        id = db.lastInsertedRowID
    }

    /// Sets the values of `activity`.
    mutating func set(_ activity: Activity) {
        datum = activity.datum
        wijk = activity.wijk.rawValue
        naam = activity.name
        thema = activity.thema
        deelnemers = activity.participants
        uren = activity.hours
        vrijwilligers = activity.volunteers
        hulpbronnen = HulpbronList.joined(activity.hulpbronnen)
    }

    /// The stored activity.
    var activity: Activity {
        Activity(datum: datum, wijk: WijkCode(wijk)!, name: naam, thema: thema, participants: deelnemers, hours: uren,
                 volunteers: vrijwilligers, hulpbronnen: HulpbronList.split(hulpbronnen))
    }
}

extension ActivityRecord {
    /// Which stored activities do not count as a twin: those of the import under way, or the
    /// entry being corrected (none for a new entry).
    enum Exclusion {
        case batch(Int64)
        case entry(Int64?)
    }


    /// Where an activity identical to `activity` already stored came from (a file and line, or a
    /// form), if there is one: the import and the entry form refuse the same twins.
    static func storedTwin(of activity: Activity, excluding exclusion: Exclusion, db: Database) throws -> (source: String, line: Int?)? {
        let (batchID, id): (Int64?, Int64?) = switch exclusion {
        case .batch(let batchID): (batchID, nil)
        case .entry(let id): (nil, id)
        }
        // Only the values are read from the record. The query runs for every row of an import: one cached statement.
        let twin = ActivityRecord(activity, batchID: 0, sourceLine: nil, enteredBy: nil)
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT b.source, a.source_line FROM activiteit a JOIN batch b ON b.id = a.batch_id
            WHERE a.datum = ? AND a.wijk = ? AND a.naam = ? AND a.thema = ? AND a.deelnemers = ? AND a.uren = ?
              AND a.vrijwilligers = ? AND a.hulpbronnen = ? AND a.batch_id IS NOT ? AND a.id IS NOT ?
            LIMIT 1
            """), arguments: [twin.datum, twin.wijk, twin.naam, twin.thema, twin.deelnemers, twin.uren, twin.vrijwilligers,
                              twin.hulpbronnen, batchID, id])
        return row.map { ($0[0], $0[1]) }
    }
}
