import GRDB

/// A row of `instrument`: a registered instrument file (YAML) by name and version.
struct InstrumentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "instrument"

    var id: Int64?
    var name: String
    var version: Int
    /// The instrument file as registered.
    var definition: String
    var registeredAt: String

    enum CodingKeys: String, CodingKey {
        case id, name, version, definition, registeredAt = "registered_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
        static let version = Column(CodingKeys.version)
        static let definition = Column(CodingKeys.definition)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
