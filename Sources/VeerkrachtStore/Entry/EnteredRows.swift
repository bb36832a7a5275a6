import GRDB

extension Store {
    /// Ids of rows of `table` entered through the app, newest first: by `user`, or by anyone when nil.
    /// Both queries use the partial index on `entered_by`, which holds only web entries.
    static func enteredIDs(_ db: Database, table: String, by user: User?, limit: Int) throws -> [Int64] {
        if let user {
            return try Int64.fetchAll(db, sql: "SELECT id FROM \(table) WHERE entered_by = ? ORDER BY id DESC LIMIT ?", arguments: [user.id, limit])
        }
        return try Int64.fetchAll(db, sql: "SELECT id FROM \(table) WHERE entered_by IS NOT NULL ORDER BY id DESC LIMIT ?", arguments: [limit])
    }
}
