import Hummingbird
import VeerkrachtStore

/// The start page per role.
enum HomeRoutes {
    /// `GET /`: veldwerkers and analisten get their tasks and latest entries; a gemeente account
    /// gets the reports of its gemeente.
    static func home(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let session = try EntryAccess.session(context)
        let user = session.user
        if user.role == .gemeente {
            return .page(try ReportRoutes.overviewPage(request, context, store, current: "/"))
        }
        let recent = try store.enteredResponses(by: user.role == .analist ? nil : user, limit: 5)
        let waiting = user.role == .analist ? try store.verhaalCounts()[.ingediend] ?? 0 : nil
        return .page(HomePage.render(session: session, recent: recent, waitingVerhalen: waiting, choices: try EntryChoices(store)))
    }
}
