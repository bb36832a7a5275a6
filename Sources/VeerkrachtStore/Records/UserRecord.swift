import GRDB
import VeerkrachtCore

/// A row of `user`: an account of the web app, its password only as a bcrypt hash.
struct UserRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "user"

    var id: Int64?
    /// Unique, ignoring case.
    var name: String
    var role: String
    /// The gemeente of a `gemeente` account.
    var gemeente: String?
    var passwordHash: String
    var disabled: Bool
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, name, role, gemeente, passwordHash = "password_hash", disabled, createdAt = "created_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
        static let disabled = Column(CodingKeys.disabled)
        static let passwordHash = Column(CodingKeys.passwordHash)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The account as the app sees it.
    var user: User {
        User(id: id ?? 0, name: name, role: Role(rawValue: role) ?? .veldwerker, gemeente: gemeente.flatMap { GemeenteCode($0) },
             isDisabled: disabled)
    }
}
