import GRDB
import VeerkrachtCore

/// Makes sure the gemeente and wijk of incoming rows exist, remembering what it has seen.
struct AreaRegistry {
    private var known: Set<WijkCode> = []

    mutating func ensure(_ wijk: WijkCode, db: Database) throws {
        guard known.insert(wijk).inserted else { return }
        try Self.ensure(wijk, db: db)
    }

    /// Adds the wijk and its gemeente when they are new.
    static func ensure(_ wijk: WijkCode, db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO gemeente (code) VALUES (?) ON CONFLICT (code) DO NOTHING")
            .execute(arguments: [wijk.gemeente.rawValue])
        try db.cachedStatement(sql: "INSERT INTO wijk (code, gemeente) VALUES (?, ?) ON CONFLICT (code) DO NOTHING")
            .execute(arguments: [wijk.rawValue, wijk.gemeente.rawValue])
    }
}
