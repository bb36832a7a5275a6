import Hummingbird
import VeerkrachtStore

/// The web app: its router over a store. `veerkracht serve` runs it; tests drive it without a port.
///
/// ```swift
/// let app = WebApp.application(store: try Store(path: "veerkracht.sqlite"), port: 8080)
/// try await app.runService()
/// ```
public enum WebApp {
    /// An application listening on `host:port` that serves `store`.
    public static func application(store: Store, host: String = "127.0.0.1", port: Int = 8080) -> some ApplicationProtocol {
        Application(router: router(store: store), configuration: .init(address: .hostname(host, port: port), serverName: "veerkracht"))
    }

    /// Every route of `Route.all`, each behind its access rule, with security headers, Dutch error
    /// pages and the session on every request. HEAD works wherever GET does: Hummingbird answers it
    /// with the GET route (same rule, status and headers) without the body, and `HeadRequests`
    /// drops the body of every other answer to a HEAD request, such as a 404 page.
    public static func router(store: Store) -> Router<AppRequestContext> {
        let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: HeadRequests())
        router.add(middleware: SecurityHeaders())
        router.add(middleware: ErrorPages())
        router.add(middleware: SessionMiddleware(store: store))
        for route in Route.all {
            router.on(RouterPath(route.path), method: route.method, use: route.guarded(store: store))
        }
        return router
    }
}
