@testable import VeerkrachtWeb

/// A request for every route of `Route.all` that resolves to a real resource of a test world: an
/// entered questionnaire, activity and verhaal, a wijk (and its gemeente) and two metingen. The tests that
/// walk the route table fail for a new route until it has a sample here.
struct RouteSamples {
    let response: Int64
    let activity: Int64
    let verhaal: Int64
    let wijk: String
    let meting: String
    let vorige: String

    func uri(_ route: Route) -> String? {
        let metingen = FormEncoding.encode([("meting", meting), ("vorige", vorige)])
        let gemeente = "GM" + wijk.dropFirst(2).prefix(4)
        return switch route.path {
        case "/health", "/login", "/uitloggen", "/", "/invoer", "/mijn-invoer", "/activiteiten", "/activiteiten/nieuw", "/verhalen", "/verhalen/nieuw",
             "/rapporten", "/audit":
            route.path
        case "/invoer/{id}": "/invoer/\(response)"
        case "/invoer/{id}/verwijderen": "/invoer/\(response)/verwijderen"
        case "/activiteiten/{id}": "/activiteiten/\(activity)"
        case "/activiteiten/{id}/verwijderen": "/activiteiten/\(activity)/verwijderen"
        case "/verhalen/{id}": "/verhalen/\(verhaal)"
        case "/verhalen/{id}/verwijderen": "/verhalen/\(verhaal)/verwijderen"
        case "/verhalen/{id}/beoordelen": "/verhalen/\(verhaal)/beoordelen"
        case "/rapporten/wijk/{code}": "/rapporten/wijk/\(wijk)?\(metingen)"
        case "/rapporten/gemeente/{code}": "/rapporten/gemeente/\(gemeente)?\(metingen)"
        case "/export/scores.csv": "/export/scores.csv?by=wijk"
        case "/export/change.csv": "/export/change.csv?by=gemeente&" + FormEncoding.encode([("van", vorige), ("naar", meting)])
        default: nil
        }
    }
}
