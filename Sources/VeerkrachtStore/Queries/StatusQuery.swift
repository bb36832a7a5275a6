import GRDB
import VeerkrachtCore

/// What a database holds, for `veerkracht status`.
public struct StoreStatus: Sendable {
    public struct Meting: Sendable {
        public let label: String
        public let responses: Int
        public let wijken: Int
        public let firstDate: String
        public let lastDate: String
    }

    public let instruments: [String]
    public let gemeenten: Int
    public let wijken: Int
    public let metingen: [Meting]
    /// Respondents with responses at more than one meting.
    public let panelRespondents: Int
    public let imports: Int
    public let lastImport: String?
}


extension Store {
    public func status() throws -> StoreStatus {
        try database.read { db in
            let instruments = try Row.fetchAll(db, sql: "SELECT name, version FROM instrument ORDER BY id").map {
                "\($0["name"] as String) v\($0["version"] as Int)"
            }
            let metingen = try Row.fetchAll(db, sql: """
                SELECT m.label, count(r.id) AS n, count(DISTINCT r.wijk) AS wijken, min(r.datum) AS first, max(r.datum) AS last
                FROM meting m LEFT JOIN response r ON r.meting_id = m.id
                GROUP BY m.id ORDER BY m.label
                """).map {
                StoreStatus.Meting(label: $0["label"], responses: $0["n"], wijken: $0["wijken"],
                                   firstDate: $0["first"] ?? "", lastDate: $0["last"] ?? "")
            }
            return StoreStatus(
                instruments: instruments,
                gemeenten: try Int.fetchOne(db, sql: "SELECT count(*) FROM gemeente") ?? 0,
                wijken: try Int.fetchOne(db, sql: "SELECT count(*) FROM wijk") ?? 0,
                metingen: metingen,
                panelRespondents: try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM (SELECT respondent FROM response GROUP BY respondent HAVING count(*) > 1)
                    """) ?? 0,
                imports: try Int.fetchOne(db, sql: "SELECT count(*) FROM batch") ?? 0,
                lastImport: try String.fetchOne(db, sql: "SELECT created_at || ' ' || kind || ' ' || source FROM batch ORDER BY id DESC LIMIT 1"))
        }
    }

    /// When the data last changed: the latest import, undo, entry, correction or change of a
    /// meting (ISO 8601), or "" when empty.
    public func snapshot() throws -> String {
        try database.read { db in
            try String.fetchOne(db, sql: """
                SELECT max(coalesce((SELECT max(created_at) FROM batch), ''), coalesce((SELECT max(undone_at) FROM batch), ''),
                           coalesce((SELECT at FROM audit ORDER BY id DESC LIMIT 1), ''))
                """) ?? ""
        }
    }

    /// Names of all gemeenten and wijken by code (nil where no name was imported).
    public func areaNames() throws -> [String: String] {
        try database.read { db in
            var names: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT code, naam FROM gemeente UNION ALL SELECT code, naam FROM wijk") {
                if let naam = row["naam"] as String? { names[row["code"]] = naam }
            }
            return names
        }
    }

    /// Whether every import so far came from the demo (so the demo may replace the database).
    public func holdsOnlyDemoData() throws -> Bool {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM batch WHERE source NOT LIKE 'demo:%'") == 0
        }
    }
}
