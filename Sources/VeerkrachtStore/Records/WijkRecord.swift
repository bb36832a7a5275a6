import GRDB

/// A row of `wijk`: a CBS wijk code (`WK077201`), its gemeente and its imported name, if any.
struct WijkRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "wijk"

    var code: String
    var gemeente: String
    var naam: String? = nil

    enum Columns {
        static let code = Column(CodingKeys.code)
    }
}
