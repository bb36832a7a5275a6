import Hummingbird
import VeerkrachtStore

/// The steps the routes of every audited entry share (questionnaires and activities): find the
/// entry this account may change, correct it or delete it with a reason, and come back with the
/// problems next to the fields.
enum EntryFlow {
    /// The session and the entry of `{id}`; an entry this account may not see answers exactly as a
    /// missing one (404), so that ids tell nothing.
    static func owned<Stored>(_ context: AppRequestContext, load: (Int64) throws -> Stored?,
                              enteredBy: (Stored) -> Int64?) throws -> (Session, Stored) {
        let session = try EntryAccess.session(context)
        guard let stored = try load(try EntryAccess.id(context)), session.user.may(change: enteredBy(stored)) else {
            throw PageError.notFound
        }
        return (session, stored)
    }

    /// A correction: stored → to `done`; refused → `page` with the problems (422). A missing reason is
    /// shown together with the problems of the fields, which `fieldProblems` judges without storing.
    static func correct<Stored, Problems: Error>(done: String, attempt: () throws -> Result<Stored, Problems>,
                                                 problems: (Problems) -> FormProblems, fieldProblems: () -> FormProblems,
                                                 page: (FormProblems) throws -> Response) throws -> Response {
        do {
            switch try attempt() {
            case .success: return .redirect(to: done)
            case .failure(let found): return try page(problems(found))
            }
        } catch EntryError.reasonRequired {
            var found = fieldProblems()
            found.add("reden", label: "Reden", EntryAccess.reasonMessage)
            return try page(found)
        }
    }

    /// A deletion: done → to `done`; without a valid reason → `page` with that problem (422).
    static func delete(done: String, attempt: () throws -> Void, page: (FormProblems) throws -> Response) throws -> Response {
        do {
            try attempt()
            return .redirect(to: done)
        } catch EntryError.reasonRequired {
            var problems = FormProblems.none
            problems.add("verwijder-reden", label: "Reden van verwijderen", EntryAccess.reasonMessage)
            return try page(problems)
        }
    }
}
