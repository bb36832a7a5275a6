import GRDB
import VeerkrachtCore

extension Store {
    /// The themes activities are registered under, in display order. A new database starts with
    /// "Armoede & Meedoen", "Opvoeding & Gezin", "Talentontwikkeling & Jeugd" and
    /// "Veilige omgeving & Tolerantie".
    public func themes() throws -> [String] {
        try database.read { db in try Self.themes(db) }
    }

    /// Adds a thema after the existing ones and returns its stored name (trimmed).
    ///
    /// - Throws: `StoreError.invalidThema` for an empty, too long or malformed name;
    ///   `StoreError.duplicateThema` when a thema of that name exists (ignoring case).
    @discardableResult
    public func addTheme(_ name: String) throws -> String {
        let trimmed = FieldParsing.trimmed(name)
        let valid: String
        switch ActivityValidator.themaName(name) {
        case .success(let text): valid = text
        case .failure(let problem): throw StoreError.invalidThema(trimmed, problem)
        }
        return try database.write { db in
            if let existing = try Self.themes(db).first(where: { $0.lowercased() == valid.lowercased() }) {
                throw StoreError.duplicateThema(existing)
            }
            try db.execute(sql: "INSERT INTO thema (name, position) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM thema))",
                           arguments: [valid])
            return valid
        }
    }

    /// Removes a thema (matched ignoring case) and returns its stored name.
    ///
    /// - Throws: `StoreError.unknownThema` when there is no such thema; `StoreError.themaInUse`
    ///   when activities are registered under it (their figures would otherwise lose their thema).
    @discardableResult
    public func removeTheme(_ name: String) throws -> String {
        let wanted = FieldParsing.trimmed(name).lowercased()
        return try database.write { db in
            let themes = try Self.themes(db)
            guard let stored = themes.first(where: { $0.lowercased() == wanted }) else {
                throw StoreError.unknownThema(FieldParsing.trimmed(name), known: themes)
            }
            let used = try Int.fetchOne(db, sql: "SELECT count(*) FROM activiteit WHERE thema = ?", arguments: [stored]) ?? 0
            guard used == 0 else { throw StoreError.themaInUse(stored, activities: used) }
            try db.execute(sql: "DELETE FROM thema WHERE name = ?", arguments: [stored])
            return stored
        }
    }

    static func themes(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM thema ORDER BY position, name")
    }
}
