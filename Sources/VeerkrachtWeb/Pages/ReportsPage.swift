import VeerkrachtPresentation
import VeerkrachtStore

/// Choosing a report: the metingen to show, then the gemeente impact summaries and wijk
/// dashboards this account may open, and for analisten the CSV exports.
enum ReportsPage {
    /// A gemeente with the wijken that belong to it.
    struct Gemeente {
        let area: KnownArea
        let wijken: [KnownArea]
    }

    static func render(session: Session, gemeenten: [Gemeente], metingen: [String], meting: String?, previous: String?,
                       current: String) -> String {
        var content: [HTML] = [tag("h1", [:], "Rapporten")]
        guard let meting else {
            content.append(tag("p", ["class": "empty"],
                               "Er zijn nog geen metingen. Rapporten verschijnen zodra er vragenlijsten zijn ingevoerd of ingelezen."))
            return Layout.page("Rapporten", session: session, current: current, content)
        }
        let policy = ReportRoutes.policy
        content.append(tag("p", ["class": "lead"], .text("Alleen cijfers over groepen: cellen met minder dan \(policy.suppressBelow) respondenten "
                                                         + "worden niet getoond, met minder dan \(policy.indicativeBelow) zijn ze indicatief. "
                                                         + "Waar nodig tonen we ook een andere wijk niet, zodat geen cijfer terug te rekenen is.")))
        content.append(tag("form", ["method": "get", "action": current],
                           tag("div", ["class": "fields"],
                               Controls.select("meting", label: "Meting", options: metingen.reversed().map { ($0, $0) }, selected: meting,
                                               prompt: "Kies een meting", problem: nil),
                               Controls.select("vorige", label: "Vergelijken met", options: metingen.reversed().map { ($0, $0) },
                                               selected: previous ?? "", prompt: "Geen vergelijking", problem: nil)),
                           tag("div", ["class": "actions"], tag("button", ["type": "submit", "class": "button secondary"], "Metingen kiezen"))))
        let query = QueryString.encode([("meting", meting), ("vorige", previous ?? "")])
        content.append(tag("h2", [:], "Kies een gebied"))
        if gemeenten.isEmpty { content.append(tag("p", ["class": "empty"], "Er zijn nog geen gebieden bekend.")) }
        content.append(tag("ul", ["class": "areas"], gemeenten.map { gemeente in
            let name = gemeente.area.name ?? gemeente.area.code
            return tag("li", [:],
                       tag("h3", [:], .text(name)),
                       tag("p", [:], Controls.buttonLink("Impactsamenvatting \(name)", href: "/rapporten/gemeente/\(gemeente.area.code)?\(query)",
                                                         secondary: true)),
                       gemeente.wijken.isEmpty ? .none : .join([
                           tag("p", ["class": "small muted", "id": "wijken-\(gemeente.area.code)"], "Wijkdashboards"),
                           tag("ul", ["aria-labelledby": "wijken-\(gemeente.area.code)"], gemeente.wijken.map { wijk in
                               tag("li", [:], tag("a", ["href": "/rapporten/wijk/\(wijk.code)?\(query)"], .text(wijk.name ?? wijk.code)))
                           }),
                       ]))
        }))
        if Route.opens("/export/scores.csv", for: session.user.role) {
            content.append(exports(metingen: metingen, meting: meting, previous: previous))
        }
        return Layout.page("Rapporten", session: session, current: current, content)
    }

    /// The score and change exports of SPEC §6 as CSV downloads.
    private static func exports(metingen: [String], meting: String, previous: String?) -> HTML {
        let options = metingen.reversed().map { ($0, $0) }
        let levels = [("wijk", "per wijk"), ("gemeente", "per gemeente")]
        return .join([
            tag("h2", [:], "Exports (CSV)"),
            tag("p", [:], "Dezelfde cijfers als de exports van de opdrachtregel, met dezelfde onderdrukking, om verder mee te rekenen."),
            tag("form", ["method": "get", "action": "/export/scores.csv", "class": "about"],
                tag("fieldset", [:],
                    tag("legend", ["class": "label"], "Scores"),
                    tag("div", ["class": "fields"],
                        Controls.select("by", id: "scores-by", label: "Niveau", options: levels, selected: "wijk", prompt: "Kies een niveau",
                                        problem: nil),
                        Controls.select("meting", id: "scores-meting", label: "Meting", options: options, selected: meting,
                                        prompt: "Alle metingen", problem: nil)),
                    tag("div", ["class": "actions"], Controls.submit("Scores downloaden")))),
            tag("form", ["method": "get", "action": "/export/change.csv", "class": "about"],
                tag("fieldset", [:],
                    tag("legend", ["class": "label"], "Verandering"),
                    tag("div", ["class": "fields"],
                        Controls.select("by", id: "change-by", label: "Niveau", options: levels, selected: "wijk", prompt: "Kies een niveau",
                                        problem: nil),
                        Controls.select("van", label: "Van meting", options: options, selected: previous ?? "", prompt: "Kies een meting",
                                        problem: nil),
                        Controls.select("naar", label: "Naar meting", options: options, selected: meting, prompt: "Kies een meting", problem: nil)),
                    tag("div", ["class": "actions"], Controls.submit("Verandering downloaden")))),
        ])
    }
}
