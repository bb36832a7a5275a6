import Foundation
import Hummingbird
import VeerkrachtPresentation
import VeerkrachtStore

/// Logging in and out.
enum AuthRoutes {
    /// `GET /login`: the login form (or home, when already logged in).
    static func loginPage(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let query = FormData.query(request)
        let target = LoginTarget.safe(query["terug"])
        if context.session != nil { return .redirect(to: target) }
        let message: LoginPage.Message? = query["uitgelogd"] != nil ? .loggedOut : nil
        return .page(LoginPage.render(name: "", target: target, message: message))
    }

    /// `POST /login` (fields `gebruiker`, `wachtwoord`): checks the password and starts a new session
    /// with a fresh token; a wrong password or unknown name gives 422, a locked name or client 429
    /// with `Retry-After`.
    static func login(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let name = context.form.text("gebruiker").trimmingCharacters(in: .whitespaces)
        let target = LoginTarget.safe(context.form["terug"])
        switch try store.login(name: name, password: context.form.text("wachtwoord"), client: context.clientAddress(of: request)) {
        case .success(let user):
            if let old = context.session { try store.endSession(token: old.token) }
            let session = try store.startSession(for: user)
            var response = Response.redirect(to: target)
            response.setCookie(SessionCookie.carrying(session, for: request))
            return response
        case .refused:
            return .page(LoginPage.render(name: name, target: target, message: .refused), status: .unprocessableContent)
        case .locked(let until):
            var response = Response.page(LoginPage.render(name: name, target: target, message: .locked(until: DutchTime.clock(until))),
                                         status: .tooManyRequests)
            let remaining = ISO8601DateFormatter().date(from: until).map { $0.timeIntervalSinceNow } ?? Store.lockDuration
            response.headers[.retryAfter] = String(max(1, Int(remaining.rounded(.up))))
            return response
        }
    }

    /// `POST /uitloggen`: ends the session and forgets the cookie.
    static func logout(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        if let session = context.session { try store.endSession(token: session.token) }
        var response = Response.redirect(to: "/login?uitgelogd=1")
        response.setCookie(SessionCookie.cleared(for: request))
        return response
    }
}

/// Where to go after logging in: only a path on this site, never another site.
enum LoginTarget {
    /// `text` when it is a local path (`/invoer`), else the start page.
    static func safe(_ text: String?) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"),
              text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else { return "/" }
        return text
    }

    /// The login page, remembering `path` to return to.
    static func loginPath(returningTo path: String) -> String {
        let target = safe(path)
        guard target != "/" else { return "/login" }
        return "/login?" + QueryString.encode([("terug", target)])
    }
}
