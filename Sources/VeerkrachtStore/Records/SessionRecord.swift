import GRDB

/// A row of `session`: a login's secret token (the cookie), its CSRF token, its account and expiry.
struct SessionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "session"

    var token: String
    var userID: Int64
    var csrf: String
    var createdAt: String
    var expiresAt: String

    enum CodingKeys: String, CodingKey {
        case token, userID = "user_id", csrf, createdAt = "created_at", expiresAt = "expires_at"
    }

    enum Columns {
        static let userID = Column(CodingKeys.userID)
        static let expiresAt = Column(CodingKeys.expiresAt)
    }
}
