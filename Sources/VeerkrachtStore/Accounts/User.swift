import VeerkrachtCore

/// What an account may do in the web app.
public enum Role: String, Sendable, Hashable, CaseIterable {
    /// Enters questionnaires and activities; sees and corrects only their own entries.
    case veldwerker
    /// Sees everything: entries, reports, exports, the audit log.
    case analist
    /// Sees only the impact summaries and wijk dashboards of their own gemeente.
    case gemeente
}

/// An account of the web app.
public struct User: Sendable, Hashable {
    public let id: Int64
    public let name: String
    public let role: Role
    /// The gemeente a `.gemeente` account belongs to.
    public let gemeente: GemeenteCode?
    public let isDisabled: Bool
}

/// A logged-in session: its secret token (the cookie), its CSRF token and its user.
public struct Session: Sendable, Hashable {
    public let token: String
    public let csrf: String
    public let user: User
    public let expires: String
}

/// The outcome of a login attempt.
public enum LoginResult: Sendable, Hashable {
    case success(User)
    /// Unknown name, wrong password or disabled account (deliberately not told apart).
    case refused
    /// Too many failures for this name or from this client: try again after this time (ISO 8601).
    case locked(until: String)
}
