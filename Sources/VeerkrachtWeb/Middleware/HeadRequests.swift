import Hummingbird

/// An answer to a HEAD request has the status and headers of the GET answer and no body (RFC 9110
/// §9.3.2). The router answers HEAD on every GET route itself (`autoGenerateHeadEndpoints`); this
/// also empties the answers that come from no route, such as the 404 page.
struct HeadRequests: RouterMiddleware {
    func handle(_ request: Request, context: AppRequestContext,
                next: (Request, AppRequestContext) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        return request.method == .head ? response.createHeadResponse() : response
    }
}
