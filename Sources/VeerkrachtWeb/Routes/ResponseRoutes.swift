import Hummingbird
import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// Entering, viewing, correcting and deleting questionnaires.
enum ResponseRoutes {
    /// `GET /invoer`: an empty form; `?wijk=&meting=&datum=` fill in what stays the same.
    static func newForm(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let session = try EntryAccess.session(context)
        let query = FormData.query(request)
        let values = ResponseForm(respondent: "", wijk: query.text("wijk"), datum: query["datum"] ?? DutchTime.today(),
                                  meting: query.text("meting"), answers: [:])
        return .page(ResponseFormPage.render(session: session, values: values, choices: try EntryChoices(store), problems: .none))
    }

    /// `POST /invoer`: validates as the CSV import does; stored → to the confirmation, else the form again (422).
    static func enter(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let session = try EntryAccess.session(context)
        let choices = try EntryChoices(store)
        let values = ResponseForm(form: context.form, instrument: choices.instrument)
        switch try store.enterResponse(values, by: session.user) {
        case .success(let stored):
            return .redirect(to: "/invoer/\(stored.id)?nieuw=1")
        case .failure(let problems):
            return .page(ResponseFormPage.render(session: session, values: values, choices: choices,
                                                 problems: FormProblems(problems, instrument: choices.instrument)),
                         status: .unprocessableContent)
        }
    }

    /// `GET /invoer/{id}`: the questionnaire with its scores, to check, correct or delete.
    static func show(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        try page(context, store, state: .init(query: FormData.query(request)))
    }

    /// `POST /invoer/{id}`: a correction with a reason (field `reden`).
    static func correct(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let (session, stored) = try owned(context, store)
        let choices = try EntryChoices(store)
        let instrument = choices.instrument
        let values = ResponseForm(form: context.form, instrument: instrument)
        let reason = context.form.text("reden")
        return try EntryFlow.correct(
            done: "/invoer/\(stored.id)?gecorrigeerd=1",
            attempt: { try store.correctResponse(id: stored.id, values, reason: reason, by: session.user) },
            problems: { FormProblems($0, instrument: instrument) },
            fieldProblems: {
                let result = ResponseValidator(instrument: instrument).validate(
                    respondent: values.respondent, wijk: values.wijk, datum: values.datum, meting: values.meting,
                    answers: instrument.items.map { values.answers[$0.id] ?? "" })
                guard case .failure(let found) = result else { return .none }
                return FormProblems(found, instrument: instrument)
            },
            page: { try page(context, store, state: .correcting(values, reason: reason, $0), status: .unprocessableContent) })
    }

    /// `POST /invoer/{id}/verwijderen`: deletes with a reason (field `reden`).
    static func delete(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let (session, stored) = try owned(context, store)
        let reason = context.form.text("reden")
        return try EntryFlow.delete(
            done: "/mijn-invoer?verwijderd=1",
            attempt: { try store.deleteResponse(id: stored.id, reason: reason, by: session.user) },
            page: { try page(context, store, state: .deleting(reason: reason, $0), status: .unprocessableContent) })
    }

    /// `GET /mijn-invoer`: the questionnaires this account entered (an analist: everyone's).
    static func list(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let session = try EntryAccess.session(context)
        let user = session.user
        let entries = try store.enteredResponses(by: user.role == .analist ? nil : user)
        return .page(EntryListPage.responses(session: session, entries: entries, choices: try EntryChoices(store),
                                             names: try EntryAccess.names(store),
                                             deleted: FormData.query(request)["verwijderd"] != nil))
    }

    /// The session and the questionnaire of `{id}`, when this account may see it.
    private static func owned(_ context: AppRequestContext, _ store: Store) throws -> (Session, StoredResponse) {
        try EntryFlow.owned(context, load: store.storedResponse(id:), enteredBy: \.enteredBy)
    }

    private static func page(_ context: AppRequestContext, _ store: Store, state: ResponsePage.State,
                             status: HTTPResponse.Status = .ok) throws -> Response {
        let (session, stored) = try owned(context, store)
        return .page(ResponsePage.render(session: session, stored: stored, enteredBy: try EntryAccess.enteredBy(stored.enteredBy, store: store),
                                         choices: try EntryChoices(store), state: state), status: status)
    }
}
