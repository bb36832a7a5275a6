import GRDB

/// A row of `rapportagegebied`: a named group of wijken of one gemeente.
struct RapportagegebiedRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "rapportagegebied"

    var id: Int64?
    var naam: String
    var gemeente: String

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of `rapportagegebied_wijk`: a wijk and the group it belongs to.
struct RapportagegebiedWijkRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "rapportagegebied_wijk"

    var wijk: String
    var rapportagegebiedId: Int64

    enum CodingKeys: String, CodingKey {
        case wijk
        case rapportagegebiedId = "rapportagegebied_id"
    }
}
