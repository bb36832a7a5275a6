import Foundation
import Hummingbird
import VeerkrachtStore

/// Finds the session of a request from its `veerkracht_sessie` cookie. A cookie whose session
/// has ended (logout, expiry, disabled account) is cleared in the response.
struct SessionMiddleware: RouterMiddleware {
    let store: Store

    func handle(_ request: Request, context: AppRequestContext,
                next: (Request, AppRequestContext) async throws -> Response) async throws -> Response {
        guard let token = request.cookies[SessionCookie.name]?.value, !token.isEmpty else {
            return try await next(request, context)
        }
        var context = context
        context.session = try store.session(token: token)
        var response = try await next(request, context)
        if context.session == nil && !response.headers[values: .setCookie].contains(where: { $0.hasPrefix(SessionCookie.name + "=") }) {
            response.setCookie(SessionCookie.cleared(for: request))
        }
        return response
    }
}

/// The session cookie: HttpOnly, SameSite=Strict, Path=/, and Secure when the request came over
/// TLS (directly or through a proxy that says `X-Forwarded-Proto: https`).
enum SessionCookie {
    static let name = "veerkracht_sessie"

    /// The cookie that carries `session`.
    static func carrying(_ session: Session, for request: Request) -> Cookie {
        Cookie(name: name, value: session.token, maxAge: Int(Store.sessionLifetime), path: "/",
               secure: isSecure(request), httpOnly: true, sameSite: .strict)
    }

    /// A cookie that makes the browser forget the session cookie.
    static func cleared(for request: Request) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: isSecure(request), httpOnly: true, sameSite: .strict)
    }

    /// Whether the browser reached us over HTTPS.
    static func isSecure(_ request: Request) -> Bool {
        request.head.scheme?.lowercased() == "https"
            || request.headers[.init("X-Forwarded-Proto")!]?.lowercased().split(separator: ",").first?
                .trimmingCharacters(in: .whitespaces) == "https"
    }
}
