import Hummingbird
import VeerkrachtPresentation
import VeerkrachtStore

/// A request the app refuses, with a calm Dutch explanation for the page.
struct PageError: Error {
    let status: HTTPResponse.Status
    let title: String
    let message: String

    static let forbidden = PageError(status: .forbidden, title: "Geen toegang",
                                     message: "Deze pagina of handeling hoort niet bij jouw account.")
    static let csrf = PageError(status: .forbidden, title: "Formulier niet aangenomen",
                                message: "Het formulier had geen geldige beveiligingscode, bijvoorbeeld omdat je intussen opnieuw bent ingelogd. "
                                    + "Er is niets veranderd. Open de pagina opnieuw en probeer het nog eens.")
    static let notFound = PageError(status: .notFound, title: "Niet gevonden",
                                    message: "Deze pagina bestaat niet (meer). Misschien is het adres verkeerd of is de invoer verwijderd.")

    /// A form body that broke off before its end or is not a well-formed form.
    static let unreadableForm = PageError(status: .badRequest, title: "Formulier niet goed aangekomen",
                                          message: "Het formulier kwam niet volledig of niet leesbaar aan, bijvoorbeeld omdat de verbinding wegviel. "
                                              + "Er is niets opgeslagen. Ga terug en verstuur het opnieuw.")

    /// A request that misses something or asks for something that cannot be, with what is wrong.
    static func badRequest(_ message: String) -> PageError {
        PageError(status: .badRequest, title: "Dit kan niet", message: message)
    }
}

/// Turns every error into a Dutch page with the right status. Never shows a stack trace, SQL or
/// an internal message: unexpected errors are logged and the page says only that something went wrong
/// (or, when the database's disk is full, read-only or failing, that and what to do: `PageError.storage`).
struct ErrorPages: RouterMiddleware {
    func handle(_ request: Request, context: AppRequestContext,
                next: (Request, AppRequestContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PageError {
            return Self.page(error)
        } catch let error as EntryError {
            switch error {
            // Someone else's entry answers exactly as a missing one: the answer must not tell which ids exist.
            case .notFound, .notYours: return Self.page(.notFound)
            case .reasonRequired: return Self.page(.badRequest("Geef een reden op voor de wijziging (hoogstens 500 tekens)."))
            case .closedMeting(let label):
                return Self.page(PageError(status: .conflict, title: "Meting afgesloten",
                                           message: "Meting ‘\(label)’ is afgesloten; er kan niets meer bij of veranderen."))
            }
        } catch MetingError.unknown(let label, _) {
            return Self.page(PageError(status: .notFound, title: "Onbekende meting", message: "Er is geen meting ‘\(label)’."))
        } catch StoreError.noInstrument {
            return Self.page(PageError(status: .serviceUnavailable, title: "Nog geen vragenlijst",
                                       message: "De database heeft nog geen vragenlijst. Meld dit bij de beheerder."))
        } catch let error as any HTTPResponseError {
            return Self.page(Self.generic(error.status))
        } catch {
            context.logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string(String(reflecting: error))])
            if let fault = StorageFault(error) { return Self.page(.storage(fault, posted: request.method == .post)) }
            return Self.page(Self.generic(.internalServerError))
        }
    }

    private static func generic(_ status: HTTPResponse.Status) -> PageError {
        switch status {
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .contentTooLarge: PageError(status: status, title: "Te veel gegevens",
                                         message: "Het formulier was groter dan de app aanneemt. Er is niets opgeslagen.")
        case .badRequest: .badRequest("Het verzoek was niet compleet of niet leesbaar.")
        case _ where status.code < 500: PageError(status: status, title: "Dit kan niet", message: "Deze pagina kan zo niet worden gebruikt.")
        default: PageError(status: status, title: "Er ging iets mis",
                           message: "Er ging iets mis aan onze kant. Probeer het over een paar minuten opnieuw.")
        }
    }

    private static func page(_ error: PageError) -> Response {
        .page(Layout.page(error.title, session: nil, narrow: true, [
            tag("h1", [:], .text(error.title)),
            tag("p", [:], .text(error.message)),
            tag("div", ["class": "actions"], Controls.buttonLink("Naar de startpagina", href: "/")),
        ]), status: error.status)
    }
}
