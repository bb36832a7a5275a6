import Hummingbird
import VeerkrachtStore

/// The document around every page: Dutch, the app's stylesheet, a skip link, the bar with the
/// account and logout, and a menu with only the pages the account may open.
enum Layout {
    /// A whole page. `current` marks the menu item of this page; `problems` > 0 prefixes the title
    /// with "Fout:" so screen reader users hear at once that the form came back.
    static func page(_ title: String, session: Session?, current: String? = nil, problems: Int = 0, narrow: Bool = false,
                     _ content: [HTML]) -> String {
        let fullTitle = (problems > 0 ? "Fout: " : "") + title + " – Veerkracht"
        let head = tag("head", [:],
                       .void("meta", ["charset": "utf-8"]),
                       .void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                       tag("title", [:], .text(fullTitle)),
                       tag("style", [:], .trusted(AppStyle.css)))
        let body = tag("body", [:],
                       tag("a", ["class": "skip", "href": "#inhoud"], "Naar de inhoud"),
                       bar(session),
                       menu(session, current: current),
                       tag("main", ["id": "inhoud", "class": when(narrow, "narrow")], content))
        return "<!DOCTYPE html>\n" + tag("html", ["lang": "nl"], head, body).rendered + "\n"
    }

    private static func bar(_ session: Session?) -> HTML {
        var parts: [HTML] = [tag("a", ["class": "brand", "href": "/"], "Veerkracht")]
        if let session {
            parts.append(tag("span", ["class": "who"], .text(session.user.name), tag("span", ["class": "role"], " · \(session.user.role.rawValue)")))
            parts.append(tag("form", ["method": "post", "action": "/uitloggen"],
                             Controls.csrf(session), tag("button", ["type": "submit"], "Uitloggen")))
        }
        return tag("header", ["class": "bar"], tag("div", ["class": "inner"], parts))
    }

    /// The menu: the pages of `Route.all` this account may open.
    private static func menu(_ session: Session?, current: String?) -> HTML {
        guard let role = session?.user.role else { return .none }
        // (path, text, the part of the text left out on phones)
        let items: [(path: String, text: String, wide: String)] = [
            ("/", "Start", ""),
            ("/invoer", "Vragenlijst", " invoeren"),
            ("/activiteiten/nieuw", "Activiteit", " registreren"),
            ("/mijn-invoer", role == .analist ? "Alle vragenlijsten" : "Mijn vragenlijsten", ""),
            ("/activiteiten", role == .analist ? "Alle activiteiten" : "Mijn activiteiten", ""),
            ("/rapporten", "Rapporten", ""),
            ("/audit", "Auditlog", ""),
        ]
        let links = items.filter { Route.opens($0.path, for: role) }.map { item in
            tag("li", [:], tag("a", ["href": item.path, "aria-current": when(item.path == current, "page")],
                               .text(item.text), item.wide.isEmpty ? .none : tag("span", ["class": "wide"], .text(item.wide))))
        }
        return tag("nav", ["class": "menu", "aria-label": "Hoofdmenu"], tag("ul", [:], links))
    }
}

extension Response {
    /// An HTML page.
    static func page(_ document: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: document)))
    }
}
