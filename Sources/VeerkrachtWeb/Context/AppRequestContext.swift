import Hummingbird
import VeerkrachtStore

/// What the app knows about a request besides the request itself: the address of the connection's
/// other end, the session it belongs to (set by `SessionMiddleware`) and, for a POST, its form
/// fields (read by the access guard).
public struct AppRequestContext: RequestContext {
    /// What Hummingbird itself keeps per request (logger, path parameters).
    public var coreContext: CoreRequestContextStorage
    /// The IP address of the connection's other end; nil when unknown (tests without a socket).
    let peerAddress: String?
    /// The logged-in session, if the request carries a valid session cookie.
    public var session: Session?
    /// The posted form fields; empty for GET requests.
    var form: FormData = .empty

    /// A context for a new request; the middleware fills in the session.
    public init(source: Source) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The logged-in account, if any.
    public var user: User? { session?.user }
}
