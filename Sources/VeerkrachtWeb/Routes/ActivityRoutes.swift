import Hummingbird
import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// Registering, viewing, correcting and deleting activities.
enum ActivityRoutes {
    /// `GET /activiteiten/nieuw`: an empty form; `?wijk=&datum=` fill in what stays the same.
    static func newForm(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let session = try EntryAccess.session(context)
        let query = FormData.query(request)
        let values = ActivityForm(datum: query["datum"] ?? DutchTime.today(), wijk: query.text("wijk"), activiteit: "", thema: "",
                                  deelnemers: "", uren: "", vrijwilligers: "", hulpbronnen: "")
        return .page(ActivityFormPage.render(session: session, values: values, choices: try EntryChoices(store), problems: .none))
    }

    /// `POST /activiteiten/nieuw`: validates as the activities import does; stored → the confirmation, else the form again (422).
    static func enter(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let session = try EntryAccess.session(context)
        let values = ActivityForm(form: context.form)
        switch try store.enterActivity(values, by: session.user) {
        case .success(let stored):
            return .redirect(to: "/activiteiten/\(stored.id)?nieuw=1")
        case .failure(let problems):
            return .page(ActivityFormPage.render(session: session, values: values, choices: try EntryChoices(store),
                                                 problems: FormProblems(problems)),
                         status: .unprocessableContent)
        }
    }

    /// `GET /activiteiten/{id}`: the activity, to check, correct or delete.
    static func show(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        try page(context, store, state: .init(query: FormData.query(request)))
    }

    /// `POST /activiteiten/{id}`: a correction with a reason (field `reden`).
    static func correct(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let (session, stored) = try owned(context, store)
        let values = ActivityForm(form: context.form)
        let reason = context.form.text("reden")
        return try EntryFlow.correct(
            done: "/activiteiten/\(stored.id)?gecorrigeerd=1",
            attempt: { try store.correctActivity(id: stored.id, values, reason: reason, by: session.user) },
            problems: { FormProblems($0) },
            fieldProblems: {
                let choices = try? EntryChoices(store)
                guard let choices else { return .none }
                let result = ActivityValidator(instrument: choices.instrument, themes: choices.themes).validate(
                    datum: values.datum, wijk: values.wijk, name: values.activiteit, thema: values.thema, participants: values.deelnemers,
                    hours: values.uren, volunteers: values.vrijwilligers, hulpbronnen: values.hulpbronnen)
                guard case .failure(let found) = result else { return .none }
                return FormProblems(found)
            },
            page: { try page(context, store, state: .correcting(values, reason: reason, $0), status: .unprocessableContent) })
    }

    /// `POST /activiteiten/{id}/verwijderen`: deletes with a reason (field `reden`).
    static func delete(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let (session, stored) = try owned(context, store)
        let reason = context.form.text("reden")
        return try EntryFlow.delete(
            done: "/activiteiten?verwijderd=1",
            attempt: { try store.deleteActivity(id: stored.id, reason: reason, by: session.user) },
            page: { try page(context, store, state: .deleting(reason: reason, $0), status: .unprocessableContent) })
    }

    /// `GET /activiteiten`: the activities this account registered (an analist: everyone's).
    static func list(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let session = try EntryAccess.session(context)
        let user = session.user
        let entries = try store.enteredActivities(by: user.role == .analist ? nil : user)
        return .page(EntryListPage.activities(session: session, entries: entries, choices: try EntryChoices(store),
                                              names: try EntryAccess.names(store),
                                              deleted: FormData.query(request)["verwijderd"] != nil))
    }

    /// The session and the activity of `{id}`, when this account may see it.
    private static func owned(_ context: AppRequestContext, _ store: Store) throws -> (Session, StoredActivity) {
        try EntryFlow.owned(context, load: store.storedActivity(id:), enteredBy: \.enteredBy)
    }

    private static func page(_ context: AppRequestContext, _ store: Store, state: ActivityPage.State,
                             status: HTTPResponse.Status = .ok) throws -> Response {
        let (session, stored) = try owned(context, store)
        return .page(ActivityPage.render(session: session, stored: stored, enteredBy: try EntryAccess.enteredBy(stored.enteredBy, store: store),
                                         choices: try EntryChoices(store), state: state), status: status)
    }
}
