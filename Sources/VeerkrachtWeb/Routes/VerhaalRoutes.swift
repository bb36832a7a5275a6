import Hummingbird
import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// Registering, viewing, changing and deleting verhalen, and the analist's review.
enum VerhaalRoutes {
    /// `GET /verhalen/nieuw`: an empty form; `?wijk=&datum=` fill in what stays the same.
    static func newForm(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let session = try EntryAccess.session(context)
        let query = FormData.query(request)
        let values = VerhaalForm(wijk: query.text("wijk"), datum: query["datum"] ?? DutchTime.today(), hulpbronnen: "", titel: "", tekst: "",
                                 bevestiging: "")
        return .page(VerhaalFormPage.render(session: session, values: values, choices: try EntryChoices(store), problems: .none))
    }

    /// `POST /verhalen/nieuw`: validates as `import verhalen` does; stored → the story, else the form again (422).
    static func enter(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let session = try EntryAccess.session(context)
        let values = VerhaalForm(form: context.form)
        switch try store.enterVerhaal(values, by: session.user) {
        case .success(let stored):
            return .redirect(to: "/verhalen/\(stored.id)?nieuw=1")
        case .failure(let problems):
            return .page(VerhaalFormPage.render(session: session, values: values, choices: try EntryChoices(store), problems: FormProblems(problems)),
                         status: .unprocessableContent)
        }
    }

    /// `GET /verhalen`: a veldwerker's own stories; for an analist every story, `?status=` filtering.
    static func list(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let session = try EntryAccess.session(context)
        let query = FormData.query(request)
        let verhalen: [StoredVerhaal], review: VerhaalListPage.Review?
        if session.user.role == .analist {
            let filter = query["status"].flatMap(VerhaalStatus.init(rawValue:))
            (verhalen, review) = (try store.verhalen(status: filter), .init(filter: filter, counts: try store.verhaalCounts()))
        } else {
            (verhalen, review) = (try store.enteredVerhalen(by: session.user), nil)
        }
        return .page(VerhaalListPage.render(session: session, verhalen: verhalen, review: review, choices: try EntryChoices(store),
                                            names: try EntryAccess.names(store), deleted: query["verwijderd"] != nil))
    }

    /// `GET /verhalen/{id}`: the story, to read, change, delete or review.
    static func show(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        try page(context, store, state: .init(query: FormData.query(request)))
    }

    /// `POST /verhalen/{id}`: a change with a reason (field `reden`).
    static func correct(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let (session, stored) = try owned(context, store)
        let values = VerhaalForm(form: context.form)
        let reason = context.form.text("reden")
        return try EntryFlow.correct(
            done: "/verhalen/\(stored.id)?gecorrigeerd=1",
            attempt: { try store.correctVerhaal(id: stored.id, values, reason: reason, by: session.user) },
            problems: { FormProblems($0) },
            fieldProblems: {
                guard let choices = try? EntryChoices(store) else { return .none }
                let result = VerhaalValidator(instrument: choices.instrument).validate(
                    wijk: values.wijk, datum: values.datum, hulpbronnen: values.hulpbronnen, titel: values.titel, tekst: values.tekst,
                    bevestiging: values.bevestiging)
                guard case .failure(let found) = result else { return .none }
                return FormProblems(found)
            },
            page: { try page(context, store, state: .entry(.correcting(values, reason: reason, $0)), status: .unprocessableContent) })
    }

    /// `POST /verhalen/{id}/verwijderen`: deletes with a reason (field `reden`).
    static func delete(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let (session, stored) = try owned(context, store)
        let reason = context.form.text("reden")
        return try EntryFlow.delete(
            done: "/verhalen?verwijderd=1",
            attempt: { try store.deleteVerhaal(id: stored.id, reason: reason, by: session.user) },
            page: { try page(context, store, state: .entry(.deleting(reason: reason, $0)), status: .unprocessableContent) })
    }

    /// `POST /verhalen/{id}/beoordelen` (analisten): `besluit` approve, reject, highlight or
    /// unhighlight, with `notitie` (required to reject). Refused → the page with the problem (422).
    static func review(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let (session, stored) = try owned(context, store)
        let note = context.form.text("notitie")
        func refused(_ message: String) throws -> Response {
            var problems = FormProblems.none
            problems.add("notitie", label: "Beoordeling", message)
            return try page(context, store, state: .reviewing(note: note, problems), status: .unprocessableContent)
        }
        guard let decision = context.form["besluit"].flatMap(VerhaalDecision.init(rawValue:)) else {
            return try refused("Kies goedkeuren, afwijzen, uitlichten of niet meer uitlichten.")
        }
        do {
            try store.reviewVerhaal(id: stored.id, decision, note: note, by: Actor(session.user))
            return .redirect(to: "/verhalen/\(stored.id)?beoordeeld=1")
        } catch VerhaalReviewError.noteRequired, EntryError.reasonRequired {
            return try refused(decision == .reject
                ? "Schrijf waarom het verhaal is afgewezen, zodat de schrijver het kan aanpassen (hoogstens 500 tekens)."
                : "Een toelichting is hoogstens 500 tekens.")
        } catch VerhaalReviewError.notApplicable {
            return try refused("Dit past niet bij het verhaal zoals het nu is; bekijk de status en kies opnieuw.")
        } catch VerhaalReviewError.notFound {
            throw PageError.notFound
        }
    }

    /// The session and the story of `{id}`, when this account may see it.
    private static func owned(_ context: AppRequestContext, _ store: Store) throws -> (Session, StoredVerhaal) {
        try EntryFlow.owned(context, load: store.storedVerhaal(id:), enteredBy: \.enteredBy)
    }

    private static func page(_ context: AppRequestContext, _ store: Store, state: VerhaalPage.State,
                             status: HTTPResponse.Status = .ok) throws -> Response {
        let (session, stored) = try owned(context, store)
        return .page(VerhaalPage.render(session: session, stored: stored, enteredBy: try EntryAccess.enteredBy(stored.enteredBy, store: store),
                                        history: try store.verhaalHistory(id: stored.id), choices: try EntryChoices(store), state: state),
                     status: status)
    }
}
