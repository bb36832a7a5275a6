import Hummingbird
import VeerkrachtStore

/// Who may use a route.
public enum Access: Sendable, Hashable {
    /// Everyone, also without logging in.
    case anyone
    /// Every logged-in account.
    case signedIn
    /// Logged-in accounts with one of these roles.
    case roles(Set<Role>)

    /// Whether an account with `role` (nil: not logged in) may use the route.
    public func permits(_ role: Role?) -> Bool {
        switch self {
        case .anyone: true
        case .signedIn: role != nil
        case .roles(let roles): role.map(roles.contains) ?? false
        }
    }
}

/// One route of the app: method, path, who may use it, and what answers it. The app registers
/// exactly the routes of `Route.all`, each behind its access rule, so a route cannot exist
/// without one. Some routes check more on the resource itself (a veldwerker's own entries, a
/// gemeente account's own gemeente); the rule here is the first gate.
public struct Route: Sendable {
    /// Answers a request that passed the access rule (and, for a POST, the CSRF check).
    typealias Handler = @Sendable (Request, AppRequestContext, Store) async throws -> Response

    /// GET for pages, POST for everything that changes something.
    public let method: HTTPRequest.Method
    /// The path as the router reads it; `{id}` and `{code}` are parameters.
    public let path: String
    /// Who may use it.
    public let access: Access
    let handler: Handler

    /// Whether a request must carry the session's CSRF token: every POST except those open to
    /// anyone (logging in, which has no session yet).
    public var checksCSRF: Bool { method == .post && access != .anyone }

    init(_ method: HTTPRequest.Method, _ path: String, _ access: Access, _ handler: @escaping Handler) {
        self.method = method
        self.path = path
        self.access = access
        self.handler = handler
    }
}

private let fieldWork: Access = .roles([.veldwerker, .analist])
private let reports: Access = .roles([.analist, .gemeente])
private let analysis: Access = .roles([.analist])

extension Route {
    /// Every route of the app with its access rule.
    ///
    /// - veldwerker: enters questionnaires, activities and verhalen, sees and changes only their own
    ///   entries; no reports (the dashboards are for analisten and opdrachtgevers).
    /// - analist: everything: all entries, the review of verhalen, reports, exports, the audit log.
    /// - gemeente: only the reports of their own gemeente and its wijken (aggregates, suppressed).
    public static let all: [Route] = [
        Route(.get, "/health", .anyone) { _, _, _ in Response(status: .ok, body: .init(byteBuffer: .init(string: "ok\n"))) },
        Route(.get, "/login", .anyone, AuthRoutes.loginPage),
        Route(.post, "/login", .anyone, AuthRoutes.login),
        Route(.post, "/uitloggen", .signedIn, AuthRoutes.logout),
        Route(.get, "/", .signedIn, HomeRoutes.home),

        Route(.get, "/invoer", fieldWork, ResponseRoutes.newForm),
        Route(.post, "/invoer", fieldWork, ResponseRoutes.enter),
        Route(.get, "/invoer/{id}", fieldWork, ResponseRoutes.show),
        Route(.post, "/invoer/{id}", fieldWork, ResponseRoutes.correct),
        Route(.post, "/invoer/{id}/verwijderen", fieldWork, ResponseRoutes.delete),
        Route(.get, "/mijn-invoer", fieldWork, ResponseRoutes.list),

        Route(.get, "/activiteiten", fieldWork, ActivityRoutes.list),
        Route(.get, "/activiteiten/nieuw", fieldWork, ActivityRoutes.newForm),
        Route(.post, "/activiteiten/nieuw", fieldWork, ActivityRoutes.enter),
        Route(.get, "/activiteiten/{id}", fieldWork, ActivityRoutes.show),
        Route(.post, "/activiteiten/{id}", fieldWork, ActivityRoutes.correct),
        Route(.post, "/activiteiten/{id}/verwijderen", fieldWork, ActivityRoutes.delete),

        Route(.get, "/verhalen", fieldWork, VerhaalRoutes.list),
        Route(.get, "/verhalen/nieuw", fieldWork, VerhaalRoutes.newForm),
        Route(.post, "/verhalen/nieuw", fieldWork, VerhaalRoutes.enter),
        Route(.get, "/verhalen/{id}", fieldWork, VerhaalRoutes.show),
        Route(.post, "/verhalen/{id}", fieldWork, VerhaalRoutes.correct),
        Route(.post, "/verhalen/{id}/verwijderen", fieldWork, VerhaalRoutes.delete),
        Route(.post, "/verhalen/{id}/beoordelen", analysis, VerhaalRoutes.review),

        Route(.get, "/rapporten", reports, ReportRoutes.overview),
        Route(.get, "/rapporten/wijk/{code}", reports, ReportRoutes.wijk),
        Route(.get, "/rapporten/gemeente/{code}", reports, ReportRoutes.gemeente),
        Route(.get, "/export/scores.csv", analysis, ExportRoutes.scores),
        Route(.get, "/export/change.csv", analysis, ExportRoutes.change),
        Route(.get, "/audit", analysis, AuditRoutes.log),
    ]

    /// Whether an account with `role` may open the page at `path` (for menus and links).
    static func opens(_ path: String, for role: Role?) -> Bool {
        all.contains { $0.method == .get && $0.path == path && $0.access.permits(role) }
    }
}
