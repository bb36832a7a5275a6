import Hummingbird
import VeerkrachtStore

/// The audit log, for analisten.
enum AuditRoutes {
    /// `GET /audit`: the newest 500 lines, newest first.
    static func log(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let session = try EntryAccess.session(context)
        return .page(AuditPage.render(session: session, entries: try store.auditLog(), itemOrder: try store.currentInstrument().items.map(\.id)))
    }
}
