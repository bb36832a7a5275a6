import Hummingbird
import VeerkrachtStore

extension Route {
    /// The route's handler behind its gates, in this order:
    /// 1. access: not logged in → to the login page (GET) or 403 (POST); wrong role → 403;
    /// 2. a POST's body is read as a form (at most `FormData.maximumBytes`, else 413);
    /// 3. CSRF: a POST without the session's token in field `csrf` → 403, and nothing is changed.
    func guarded(store: Store) -> @Sendable (Request, AppRequestContext) async throws -> Response {
        { request, context in
            var context = context
            guard access.permits(context.user?.role) else {
                if context.session == nil && method == .get {
                    return .redirect(to: LoginTarget.loginPath(returningTo: request.uri.string))
                }
                throw PageError.forbidden
            }
            if method == .post {
                context.form = try await FormData(request: request)
                if checksCSRF {
                    guard let session = context.session, CSRF.matches(context.form["csrf"], session.csrf) else { throw PageError.csrf }
                }
            }
            return try await handler(request, context, store)
        }
    }
}

/// The CSRF check: the form's `csrf` field must equal the session's token.
enum CSRF {
    /// The name of the hidden form field.
    static let field = "csrf"

    /// Compares in constant time, so the token cannot be guessed byte by byte from timings.
    static func matches(_ sent: String?, _ expected: String) -> Bool {
        guard let sent else { return false }
        let a = Array(sent.utf8), b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
