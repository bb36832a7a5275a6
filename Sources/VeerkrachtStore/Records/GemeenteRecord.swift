import GRDB

/// A row of `gemeente`: a CBS gemeente code (`GM0772`) with its imported name, if any.
struct GemeenteRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "gemeente"

    var code: String
    var naam: String? = nil

    enum Columns {
        static let code = Column(CodingKeys.code)
    }
}
