import GRDB

extension Store {
    /// A table that rows are entered into through the app.
    enum EnteredTable {
        case response, activiteit
    }

    /// Ids of rows of `table` entered through the app, newest first: by `user`, or by anyone when nil.
    /// Every query uses the partial index on `entered_by`, which holds only web entries.
    static func enteredIDs(_ db: Database, table: EnteredTable, by user: User?, limit: Int) throws -> [Int64] {
        switch (table, user) {
        case (.response, let user?):
            try Int64.fetchAll(db, sql: "SELECT id FROM response WHERE entered_by = ? ORDER BY id DESC LIMIT ?", arguments: [user.id, limit])
        case (.response, nil):
            try Int64.fetchAll(db, sql: "SELECT id FROM response WHERE entered_by IS NOT NULL ORDER BY id DESC LIMIT ?", arguments: [limit])
        case (.activiteit, let user?):
            try Int64.fetchAll(db, sql: "SELECT id FROM activiteit WHERE entered_by = ? ORDER BY id DESC LIMIT ?", arguments: [user.id, limit])
        case (.activiteit, nil):
            try Int64.fetchAll(db, sql: "SELECT id FROM activiteit WHERE entered_by IS NOT NULL ORDER BY id DESC LIMIT ?", arguments: [limit])
        }
    }
}
