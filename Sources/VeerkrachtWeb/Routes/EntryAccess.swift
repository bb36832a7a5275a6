import Hummingbird
import VeerkrachtStore

/// The checks on a single entry, beyond the route's access rule: who is asking, which entry, and
/// whether they may see it (analisten every entry, veldwerkers only their own).
enum EntryAccess {
    /// The problem of a missing or too long reason for a change (the store's rule: 1–500 characters).
    static let reasonMessage = "Geef een reden op (hoogstens 500 tekens)."

    /// The session of the logged-in account (the access rule already required one).
    static func session(_ context: AppRequestContext) throws -> Session {
        guard let session = context.session else { throw PageError.forbidden }
        return session
    }

    /// The `{id}` of the path.
    static func id(_ context: AppRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw PageError.notFound }
        return id
    }

    /// Who entered an entry, for people: the account name, or "bestand (import)" for imported rows.
    static func enteredBy(_ id: Int64?, store: Store) throws -> String {
        enteredBy(id, names: try names(store))
    }

    /// Who entered an entry, from the account names by id.
    static func enteredBy(_ id: Int64?, names: [Int64: String]) -> String {
        guard let id else { return "bestand (import)" }
        return names[id] ?? "account \(id)"
    }

    /// Account names by id, for lists.
    static func names(_ store: Store) throws -> [Int64: String] {
        Dictionary(try store.users().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}
