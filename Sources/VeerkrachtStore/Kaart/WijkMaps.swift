import Foundation
import GRDB
import VeerkrachtCore

/// A gemeente's stored wijk map, as `veerkracht kaart show` lists it.
public struct StoredWijkMap: Sendable, Equatable {
    public let gemeente: String
    /// How many wijken the map has.
    public let wijken: Int
    /// The file it was read from.
    public let source: String
    /// When it was stored (ISO 8601, UTC).
    public let storedAt: String
}

extension Store {
    /// Stores the wijken of `map` per gemeente, for the gemeente summaries to draw: of the
    /// gemeenten in `gemeenten`, or (nil) of every gemeente of the map the database knows. A
    /// gemeente's earlier map is replaced. Returns what was stored, by gemeente.
    ///
    /// - Throws: `WijkMapError.noWijkOf` for a gemeente asked for that the map does not hold;
    ///   `WijkMapError.noGemeenteKnown` when no gemeente of the map is in the database.
    @discardableResult
    public func storeWijkMap(_ map: WijkMap, source: String, gemeenten: [GemeenteCode]? = nil) throws -> [StoredWijkMap] {
        let storedAt = Timestamp.now()
        return try database.write { db in
            let chosen: [GemeenteCode]
            if let gemeenten {
                chosen = gemeenten
            } else {
                let known = Set(try String.fetchAll(db, sql: "SELECT code FROM gemeente"))
                chosen = map.gemeenten.filter { known.contains($0.rawValue) }
                guard !chosen.isEmpty else { throw WijkMapError.noGemeenteKnown(holds: map.gemeenten) }
            }
            return try chosen.map { gemeente in
                let kept = try map.keeping(gemeente: gemeente)
                try db.execute(sql: "INSERT OR REPLACE INTO wijkkaart (gemeente, geojson, wijken, bron, opgeslagen) VALUES (?, ?, ?, ?, ?)",
                               arguments: [gemeente.rawValue, kept.geoJSON(), kept.wijken.count, source, storedAt])
                return StoredWijkMap(gemeente: gemeente.rawValue, wijken: kept.wijken.count, source: source, storedAt: storedAt)
            }
        }
    }

    /// The stored map of `gemeente`, if any.
    public func wijkMap(gemeente: String) throws -> WijkMap? {
        let text = try database.read { db in
            try String.fetchOne(db, sql: "SELECT geojson FROM wijkkaart WHERE gemeente = ?", arguments: [gemeente.uppercased()])
        }
        return try text.map { try WijkMapReader.read(Data($0.utf8)) }
    }

    /// Every stored map, by gemeente.
    public func wijkMaps() throws -> [StoredWijkMap] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT gemeente, wijken, bron, opgeslagen FROM wijkkaart ORDER BY gemeente").map {
                StoredWijkMap(gemeente: $0["gemeente"], wijken: $0["wijken"], source: $0["bron"], storedAt: $0["opgeslagen"])
            }
        }
    }

    /// Removes the stored map of `gemeente`, or (nil) every stored map; returns the gemeenten whose map was removed.
    @discardableResult
    public func removeWijkMap(gemeente: String?) throws -> [String] {
        try database.write { db in
            let removed = try String.fetchAll(db, sql: "SELECT gemeente FROM wijkkaart WHERE ? IS NULL OR gemeente = ? ORDER BY gemeente",
                                              arguments: [gemeente?.uppercased(), gemeente?.uppercased()])
            try db.execute(sql: "DELETE FROM wijkkaart WHERE ? IS NULL OR gemeente = ?", arguments: [gemeente?.uppercased(), gemeente?.uppercased()])
            return removed
        }
    }
}
