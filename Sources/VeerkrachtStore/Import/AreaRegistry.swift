import GRDB
import VeerkrachtCore

/// Makes sure the gemeente and wijk of incoming rows exist, remembering what it has seen.
struct AreaRegistry {
    private var known: Set<WijkCode> = []

    /// Adds the wijk and its gemeente when they are new; true when the wijk was new to the database.
    @discardableResult
    mutating func ensure(_ wijk: WijkCode, db: Database) throws -> Bool {
        guard known.insert(wijk).inserted else { return false }
        return try Self.ensure(wijk, db: db)
    }

    /// Adds the wijk and its gemeente when they are new; true when the wijk was new.
    @discardableResult
    static func ensure(_ wijk: WijkCode, db: Database) throws -> Bool {
        try GemeenteRecord(code: wijk.gemeente.rawValue).insert(db, onConflict: .ignore)
        try WijkRecord(code: wijk.rawValue, gemeente: wijk.gemeente.rawValue).insert(db, onConflict: .ignore)
        return db.changesCount > 0
    }

    /// The one warning that lists the wijken an import added (none of their gemeenten has a
    /// gebieden list that could check them); nil when it added none.
    static func newWijkenWarning(_ wijken: [WijkCode]) -> String? {
        guard !wijken.isEmpty else { return nil }
        let shown = wijken.sorted().prefix(20).map(\.rawValue).joined(separator: ", ")
        let more = wijken.count > 20 ? " and \(wijken.count - 20) more" : ""
        return "\(wijken.count) new wijk\(wijken.count == 1 ? "" : "en"): \(shown)\(more) "
            + "(no gebieden list checks their codes; `veerkracht import gebieden FILE` does)"
    }
}

extension Store {
    /// Which wijken incoming data may use, as the database stands (see `WijkRules`).
    static func wijkRules(_ db: Database) throws -> WijkRules {
        let wijken = try WijkRecord.fetchAll(db)
        return WijkRules(known: Set(wijken.compactMap { WijkCode($0.code) }),
                         listedGemeenten: Set(wijken.filter { $0.naam != nil }.compactMap { GemeenteCode($0.gemeente) }))
    }
}
