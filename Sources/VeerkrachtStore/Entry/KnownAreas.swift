import GRDB
import VeerkrachtCore

/// A gemeente or wijk the database knows, with its imported name if any.
public struct KnownArea: Sendable, Hashable {
    /// The CBS code, e.g. `WK077201` or `GM0772`.
    public let code: String
    /// The imported name; nil when only the code is known.
    public let name: String?
}

extension Store {
    /// Every wijk the database knows (from `import gebieden` or from data), by code: the choices of
    /// an entry form.
    public func knownWijken() throws -> [KnownArea] {
        try database.read { db in
            try WijkRecord.order(WijkRecord.Columns.code).fetchAll(db).map { KnownArea(code: $0.code, name: $0.naam) }
        }
    }

    /// Every gemeente the database knows, by code.
    public func knownGemeenten() throws -> [KnownArea] {
        try database.read { db in
            try GemeenteRecord.order(GemeenteRecord.Columns.code).fetchAll(db).map { KnownArea(code: $0.code, name: $0.naam) }
        }
    }
}
