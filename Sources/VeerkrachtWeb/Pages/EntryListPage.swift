import VeerkrachtPresentation
import VeerkrachtStore

/// The lists of entered questionnaires and activities: a veldwerker's own, or an analist's view of everyone's.
enum EntryListPage {
    static func responses(session: Session, entries: [StoredResponse], choices: EntryChoices, names: [Int64: String], deleted: Bool) -> String {
        let everyone = session.user.role == .analist
        let title = everyone ? "Alle vragenlijsten" : "Mijn vragenlijsten"
        var content: [HTML] = []
        if deleted { content.append(Controls.notice("Vragenlijst verwijderd", "Het auditlog bewaart wat er stond.")) }
        content.append(tag("h1", [:], .text(title)))
        content.append(tag("p", ["class": "lead"], everyone
            ? "Vragenlijsten die via de app zijn ingevoerd, de nieuwste eerst. Ingelezen bestanden staan hier niet."
            : "De vragenlijsten die jij hebt ingevoerd, de nieuwste eerst. Open er een om hem te bekijken of te corrigeren."))
        content.append(tag("div", ["class": "actions"], Controls.buttonLink("Vragenlijst invoeren", href: "/invoer")))
        if entries.isEmpty {
            content.append(tag("p", ["class": "empty"], "Er zijn nog geen vragenlijsten ingevoerd."))
        } else {
            let rows = entries.map { stored in
                let response = stored.response
                return tag("tr", [:], [
                    tag("td", [:], tag("a", ["href": "/invoer/\(stored.id)"], .text(response.respondent))),
                    tag("td", [:], .text(choices.wijkLabel(response.wijk.rawValue))),
                    tag("td", [:], .text(response.meting)),
                    tag("td", [:], .text(DutchDate.date(response.datum))),
                ] + (everyone ? [tag("td", [:], .text(stored.enteredBy.flatMap { names[$0] } ?? ""))] : []))
            }
            content.append(table(["Respondent", "Wijk", "Meting", "Datum"] + (everyone ? ["Ingevoerd door"] : []), rows))
        }
        return Layout.page(title, session: session, current: "/mijn-invoer", content)
    }

    static func activities(session: Session, entries: [StoredActivity], choices: EntryChoices, names: [Int64: String], deleted: Bool) -> String {
        let everyone = session.user.role == .analist
        let title = everyone ? "Alle activiteiten" : "Mijn activiteiten"
        var content: [HTML] = []
        if deleted { content.append(Controls.notice("Activiteit verwijderd", "Het auditlog bewaart wat er stond.")) }
        content.append(tag("h1", [:], .text(title)))
        content.append(tag("p", ["class": "lead"], everyone
            ? "Activiteiten die via de app zijn geregistreerd, de nieuwste eerst. Ingelezen bestanden staan hier niet."
            : "De activiteiten die jij hebt geregistreerd, de nieuwste eerst."))
        content.append(tag("div", ["class": "actions"], Controls.buttonLink("Activiteit registreren", href: "/activiteiten/nieuw")))
        if entries.isEmpty {
            content.append(tag("p", ["class": "empty"], "Er zijn nog geen activiteiten geregistreerd."))
        } else {
            let rows = entries.map { stored in
                let activity = stored.activity
                return tag("tr", [:], [
                    tag("td", [:], tag("a", ["href": "/activiteiten/\(stored.id)"], .text(activity.name))),
                    tag("td", [:], .text(DutchDate.date(activity.datum))),
                    tag("td", [:], .text(choices.wijkLabel(activity.wijk.rawValue))),
                    tag("td", [:], .text(activity.thema)),
                    tag("td", ["class": "num"], "\(activity.participants)"),
                    tag("td", ["class": "num"], .text(DutchNumber.hours(activity.hours))),
                ] + (everyone ? [tag("td", [:], .text(stored.enteredBy.flatMap { names[$0] } ?? ""))] : []))
            }
            content.append(table(["Activiteit", "Datum", "Wijk", "Thema", "Deelnemers", "Uren"] + (everyone ? ["Geregistreerd door"] : []), rows))
        }
        return Layout.page(title, session: session, current: "/activiteiten", content)
    }

    private static func table(_ headers: [String], _ rows: [HTML]) -> HTML {
        tag("div", ["class": "table-wrap"], tag("table", [:],
            tag("thead", [:], tag("tr", [:], headers.map { header in
                tag("th", ["scope": "col", "class": when(header == "Deelnemers" || header == "Uren", "num")], .text(header))
            })),
            tag("tbody", [:], rows)))
    }
}
