import VeerkrachtPresentation
import VeerkrachtStore

/// The login form.
enum LoginPage {
    /// What to tell the person above the form.
    enum Message {
        case loggedOut
        case refused
        /// Locked until this time of day.
        case locked(until: String)

        var isProblem: Bool {
            if case .loggedOut = self { false } else { true }
        }
    }

    static func render(name: String, target: String, message: Message?) -> String {
        var content: [HTML] = [tag("h1", [:], "Inloggen")]
        switch message {
        case .loggedOut: content.append(Controls.notice("Je bent uitgelogd.", "Tot de volgende keer."))
        case .refused:
            content.append(problem("Gebruikersnaam of wachtwoord klopt niet.",
                                   "Controleer ze en probeer het opnieuw. Na \(Store.maximumFailures) mislukte pogingen binnen een kwartier "
                                       + "wordt inloggen met deze naam een kwartier geblokkeerd."))
        case .locked(let until):
            content.append(problem("Inloggen is even geblokkeerd.",
                                   "Er is te vaak een verkeerde gebruikersnaam of een verkeerd wachtwoord gebruikt. "
                                       + "Probeer het na \(until) opnieuw. Lukt het dan nog niet, vraag een analist om je wachtwoord opnieuw in te stellen."))
        case nil: content.append(tag("p", ["class": "lead"], "Log in met het account dat je van je organisatie hebt gekregen."))
        }
        content.append(tag("form", ["method": "post", "action": "/login"],
                           Controls.hidden("terug", target),
                           Controls.input("gebruiker", label: "Gebruikersnaam", value: name, problem: nil, autocomplete: "username"),
                           Controls.input("wachtwoord", label: "Wachtwoord", value: "", problem: nil, type: "password",
                                          autocomplete: "current-password"),
                           tag("div", ["class": "actions"], Controls.submit("Inloggen"))))
        return Layout.page("Inloggen", session: nil, problems: message?.isProblem == true ? 1 : 0, narrow: true, content)
    }

    private static func problem(_ title: String, _ text: String) -> HTML {
        tag("div", ["class": "error-summary", "role": "alert"], tag("h2", [:], .text(title)), tag("p", [:], .text(text)))
    }
}
