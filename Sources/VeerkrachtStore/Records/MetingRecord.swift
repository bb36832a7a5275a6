import GRDB
import VeerkrachtCore

/// A row of `meting`: a label, an optional period (`van`, `tot`) and whether it is closed.
struct MetingRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "meting"

    var id: Int64?
    var label: String
    var van: String?
    var tot: String?
    var gesloten: Bool

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let label = Column(CodingKeys.label)
        static let van = Column(CodingKeys.van)
        static let tot = Column(CodingKeys.tot)
        static let gesloten = Column(CodingKeys.gesloten)
    }

    init(_ meting: Meting) {
        label = meting.label
        van = meting.from
        tot = meting.to
        gesloten = meting.isClosed
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var meting: Meting { Meting(label: label, from: van, to: tot, isClosed: gesloten) }

    /// Every meting in time order (`Meting.chronological`).
    static func inOrder(_ db: Database) throws -> [MetingRecord] {
        try fetchAll(db).sorted { Meting.chronological($0.meting, $1.meting) }
    }

    /// The row id of the meting `label`, added open and without a period when the database does not
    /// have it yet (an import that brings a new meting).
    static func id(addingIfNew label: String, db: Database) throws -> Int64 {
        var record = MetingRecord(Meting(label: label))
        try record.insert(db, onConflict: .ignore)
        if db.changesCount > 0, let id = record.id { return id }
        return try filter(Columns.label == label).select(Columns.id, as: Int64.self).fetchOne(db)!
    }
}
