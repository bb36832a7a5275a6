import GRDB
import VeerkrachtCore

extension Store {
    /// The rapportagegebieden, by gemeente and name; of one gemeente when `gemeente` is given.
    public func rapportagegebieden(gemeente: String? = nil) throws -> [Rapportagegebied] {
        try database.read { db in try Self.rapportagegebieden(db, gemeente: gemeente) }
    }

    /// Adds a rapportagegebied named `name` grouping `wijken` (CBS codes, in any case; each at
    /// most once counted) and returns it as stored, all in one transaction.
    ///
    /// - Throws: `RapportagegebiedError` for an invalid or taken name, fewer than two different
    ///   wijken, a wijk the database does not know, wijken of more than one gemeente, or a wijk
    ///   that is in a group already.
    @discardableResult
    public func addRapportagegebied(_ name: String, wijken: [String]) throws -> Rapportagegebied {
        let valid: String
        switch Rapportagegebied.name(name) {
        case .success(let text): valid = text
        case .failure(let problem): throw RapportagegebiedError.invalidName(FieldParsing.trimmed(name), problem)
        }
        var codes: [String] = []
        for code in wijken.map({ FieldParsing.trimmed($0).uppercased() }) where !codes.contains(code) { codes.append(code) }
        guard codes.count >= 2 else { throw RapportagegebiedError.tooFewWijken(valid) }
        return try database.write { db in
            if let existing = try String.fetchOne(db, sql: "SELECT naam FROM rapportagegebied WHERE naam = ?", arguments: [valid]) {
                throw RapportagegebiedError.duplicateName(existing)
            }
            var gemeente: String?
            for code in codes {
                guard let wijk = try WijkRecord.fetchOne(db, key: code) else { throw RapportagegebiedError.unknownWijk(code) }
                if let gemeente, gemeente != wijk.gemeente {
                    throw RapportagegebiedError.severalGemeenten(wijk: code, gemeente: wijk.gemeente, other: gemeente)
                }
                gemeente = wijk.gemeente
                if let group = try String.fetchOne(db, sql: """
                    SELECT g.naam FROM rapportagegebied_wijk w JOIN rapportagegebied g ON g.id = w.rapportagegebied_id WHERE w.wijk = ?
                    """, arguments: [code]) {
                    throw RapportagegebiedError.alreadyGrouped(wijk: code, group: group)
                }
            }
            var record = RapportagegebiedRecord(naam: valid, gemeente: gemeente!)
            try record.insert(db)
            for code in codes { try RapportagegebiedWijkRecord(wijk: code, rapportagegebiedId: record.id!).insert(db) }
            return Rapportagegebied(name: valid, gemeente: gemeente!, wijken: codes)
        }
    }

    /// Removes the rapportagegebied named `name` (ignoring case) and returns it; its wijken are
    /// reported on their own again.
    ///
    /// - Throws: `RapportagegebiedError.unknown` when there is no such group.
    @discardableResult
    public func removeRapportagegebied(_ name: String) throws -> Rapportagegebied {
        let wanted = FieldParsing.trimmed(name)
        return try database.write { db in
            let all = try Self.rapportagegebieden(db, gemeente: nil)
            guard let group = all.first(where: { $0.name.lowercased() == wanted.lowercased() }) else {
                throw RapportagegebiedError.unknown(wanted, known: all.map(\.name))
            }
            try db.execute(sql: "DELETE FROM rapportagegebied WHERE naam = ?", arguments: [group.name])
            return group
        }
    }

    static func rapportagegebieden(_ db: Database, gemeente: String?) throws -> [Rapportagegebied] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT g.naam, g.gemeente, w.wijk FROM rapportagegebied g JOIN rapportagegebied_wijk w ON w.rapportagegebied_id = g.id
            WHERE ?1 IS NULL OR g.gemeente = ?1 ORDER BY g.gemeente, g.naam, w.wijk
            """, arguments: [gemeente])
        var groups: [Rapportagegebied] = []
        for row in rows {
            let name: String = row["naam"], wijk: String = row["wijk"]
            if let last = groups.last, last.name == name {
                groups[groups.count - 1] = Rapportagegebied(name: name, gemeente: last.gemeente, wijken: last.wijken + [wijk])
            } else {
                groups.append(Rapportagegebied(name: name, gemeente: row["gemeente"], wijken: [wijk]))
            }
        }
        return groups
    }
}
