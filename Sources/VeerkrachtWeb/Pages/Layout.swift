import Hummingbird
import VeerkrachtPresentation
import VeerkrachtReports
import VeerkrachtStore

/// The app's pages in the shared `PageShell`: the app's stylesheet, a skip link, the bar with the
/// account and logout, and a menu with only the pages the account may open; and reports with a
/// way back to the overview.
enum Layout {
    /// A whole page. `current` marks the menu item of this page; `problems` > 0 prefixes the title
    /// with "Fout:" so screen reader users hear at once that the form came back.
    static func page(_ title: String, session: Session?, current: String? = nil, problems: Int = 0, narrow: Bool = false,
                     _ content: [HTML]) -> String {
        let fullTitle = (problems > 0 ? "Fout: " : "") + title + " – Veerkracht"
        return PageShell.document(title: fullTitle, styles: [AppStyle.sheet], body: [
            tag("a", ["class": "skip", "href": "#inhoud"], "Naar de inhoud"),
            bar(session),
            menu(session, current: current),
            tag("main", ["id": "inhoud", "class": when(narrow, "narrow")], content),
        ])
    }

    /// A report in a page of its own: the report's stylesheet and content, with a way back to
    /// `back` (the overview of reports) above it. The report keeps its own look, so no menu.
    static func report(_ fragment: ReportFragment, back: String) -> String {
        let bar = tag("nav", ["class": "app-return", "aria-label": "Terug"], tag("a", ["href": back], "← Alle rapporten"))
        return PageShell.document(title: fragment.title, styles: [fragment.stylesheet, AppStyle.reportBar], body: [bar, fragment.main])
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
            ("/verhalen", role == .analist ? "Verhalen" : "Mijn verhalen", ""),
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
