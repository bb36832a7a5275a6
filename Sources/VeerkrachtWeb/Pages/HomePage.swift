import VeerkrachtPresentation
import VeerkrachtStore

/// The start page of veldwerkers and analisten: the tasks as large tiles, then the latest entries.
enum HomePage {
    /// `waitingVerhalen`: for an analist, the number of verhalen waiting for review.
    static func render(session: Session, recent: [StoredResponse], waitingVerhalen: Int?, choices: EntryChoices) -> String {
        let role = session.user.role
        let verhalen = waitingVerhalen.map { waiting in
            ("/verhalen", "Verhalen beoordelen", waiting == 0 ? "Er wacht geen verhaal op beoordeling."
                : DutchNumber.count(waiting, "verhaal wacht", "verhalen wachten") + " op beoordeling.")
        } ?? ("/verhalen", "Mijn verhalen", "Bekijken of ze zijn goedgekeurd.")
        let tiles: [(path: String, title: String, text: String)] = [
            ("/invoer", "Vragenlijst invoeren", "Een ingevulde vragenlijst overnemen of samen invullen."),
            ("/activiteiten/nieuw", "Activiteit registreren", "Wat er is gedaan: deelnemers, uren, vrijwilligers."),
            ("/mijn-invoer", role == .analist ? "Alle vragenlijsten" : "Mijn vragenlijsten", "Bekijken en zo nodig corrigeren."),
            ("/activiteiten", role == .analist ? "Alle activiteiten" : "Mijn activiteiten", "Bekijken en zo nodig corrigeren."),
            ("/verhalen/nieuw", "Nieuw verhaal", "Een kort verhaal uit de wijk, zonder namen."),
            verhalen,
            ("/rapporten", "Rapporten", "Wijkdashboards, impactsamenvattingen en exports."),
            ("/audit", "Auditlog", "Wie wat heeft ingevoerd, gecorrigeerd of verwijderd."),
        ]
        var content: [HTML] = [
            tag("h1", [:], "Welkom, \(session.user.name)"),
            tag("div", ["class": "tiles"], tiles.enumerated().filter { Route.opens($0.element.path, for: role) }.map { index, tile in
                tag("a", ["class": index == 0 ? "tile primary" : "tile", "href": tile.path],
                    tag("strong", [:], .text(tile.title)), .text(tile.text))
            }),
        ]
        if !recent.isEmpty {
            content.append(tag("h2", [:], "Laatst ingevoerd"))
            content.append(tag("ul", [:], recent.map { stored in
                let response = stored.response
                let wijk = choices.wijkLabel(response.wijk.rawValue)
                return tag("li", [:],
                           tag("a", ["href": "/invoer/\(stored.id)"], "Respondent \(response.respondent)"),
                           .text(" · \(wijk) · \(response.meting) · \(DutchDate.date(response.datum))"))
            }))
        }
        return Layout.page("Start", session: session, current: "/", content)
    }
}
