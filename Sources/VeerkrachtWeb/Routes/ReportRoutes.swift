import Foundation
import Hummingbird
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore

/// The dashboards of the report issue, served to the roles that may see them. A gemeente account
/// sees only its own gemeente and that gemeente's wijken; every figure is an aggregate under the
/// disclosure policy, so no page shows one resident's answers.
enum ReportRoutes {
    /// The disclosure thresholds of the reports (SPEC §4 defaults).
    static let policy = DisclosurePolicy()

    /// `GET /rapporten?meting=&vorige=`: choose metingen and a gemeente or wijk.
    static func overview(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        .page(try overviewPage(request, context, store, current: "/rapporten"))
    }

    /// The overview page; also a gemeente account's start page.
    static func overviewPage(_ request: Request, _ context: AppRequestContext, _ store: Store, current: String) throws -> String {
        let session = try EntryAccess.session(context)
        let query = FormData.query(request)
        let metingen = try visibleMetingen(store, session.user)
        let meting = nonEmpty(query["meting"]).flatMap { metingen.contains($0) ? $0 : nil } ?? metingen.last
        let previous: String?
        if let asked = query["vorige"] {
            previous = nonEmpty(asked).flatMap { metingen.contains($0) && $0 != meting ? $0 : nil }
        } else {   // first visit: compare with the meting before
            previous = meting.flatMap { metingen.firstIndex(of: $0) }.flatMap { $0 > 0 ? metingen[$0 - 1] : nil }
        }
        let wijken = try store.knownWijken()
        let byName = { (a: KnownArea, b: KnownArea) in (a.name ?? a.code, a.code) < (b.name ?? b.code, b.code) }
        let gemeenten = try store.knownGemeenten()
            .filter { area in session.user.role != .gemeente || area.code == session.user.gemeente?.rawValue }
            .sorted(by: byName)
            .map { area in
                ReportsPage.Gemeente(area: area, wijken: wijken.filter { WijkCode($0.code)?.gemeente.rawValue == area.code }.sorted(by: byName))
            }
        return ReportsPage.render(session: session, gemeenten: gemeenten, metingen: metingen, meting: meting, previous: previous,
                                  current: current)
    }

    /// `GET /rapporten/wijk/{code}?meting=&vorige=`: the wijk dashboard.
    static func wijk(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        guard let code = context.parameters.get("code"), let wijk = WijkCode(code) else { throw PageError.notFound }
        try requireGemeente(wijk.gemeente, context)
        let (meting, previous) = try metingen(request, context, store)
        let report = try explained {
            try Reporting(store: store, policy: policy).wijkReport(code, meting: meting, previous: previous)
        }
        return .page(Layout.report(HTMLReport.fragment(report), back: overviewLink(meting: meting, previous: previous)))
    }

    /// `GET /rapporten/gemeente/{code}?meting=&vorige=`: the gemeente impact summary.
    static func gemeente(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        guard let code = context.parameters.get("code"), let gemeente = GemeenteCode(code) else { throw PageError.notFound }
        try requireGemeente(gemeente, context)
        let (meting, previous) = try metingen(request, context, store)
        let report = try explained {
            try Reporting(store: store, policy: policy).gemeenteReport(code, meting: meting, previous: previous)
        }
        return .page(Layout.report(HTMLReport.fragment(report), back: overviewLink(meting: meting, previous: previous)))
    }

    /// A gemeente account may open only its own gemeente and its wijken.
    private static func requireGemeente(_ gemeente: GemeenteCode, _ context: AppRequestContext) throws {
        guard let user = context.user else { throw PageError.forbidden }
        if user.role == .gemeente && user.gemeente != gemeente {
            throw PageError(status: .forbidden, title: "Geen toegang",
                            message: "Je account hoort bij een andere gemeente. Je ziet alleen de rapporten van je eigen gemeente.")
        }
    }

    /// The metingen whose reports `user` may open: a gemeente account only closed ones (their figures
    /// no longer move, so comparing two versions of a report tells nothing about a resident), others all.
    private static func visibleMetingen(_ store: Store, _ user: User) throws -> [String] {
        try store.metingList().filter { user.role != .gemeente || $0.isClosed }.map(\.label)
    }

    /// The meting asked for (or the latest visible one) and the one to compare with, if any; a
    /// meting this account may not see answers as an unknown one.
    private static func metingen(_ request: Request, _ context: AppRequestContext, _ store: Store) throws -> (String, String?) {
        guard let user = context.user else { throw PageError.forbidden }
        let query = FormData.query(request)
        let visible = try visibleMetingen(store, user)
        guard let meting = nonEmpty(query["meting"]) ?? visible.last else {
            throw PageError(status: .notFound, title: "Nog geen metingen",
                            message: user.role == .gemeente ? "Er is nog geen afgesloten meting, dus nog geen rapport."
                                : "Er zijn nog geen vragenlijsten, dus nog geen rapporten.")
        }
        let previous = nonEmpty(query["vorige"])
        guard previous != meting else { throw PageError.badRequest("Kies om te vergelijken een andere meting dan \(meting).") }
        for label in [meting, previous].compactMap({ $0 }) where user.role == .gemeente && !visible.contains(label) {
            throw PageError(status: .notFound, title: "Onbekende meting", message: "Er is geen afgesloten meting ‘\(label)’.")
        }
        return (meting, previous)
    }

    /// A report, with "no data" as a calm page instead of an error.
    private static func explained<Report>(_ make: () throws -> Report) throws -> Report {
        do {
            return try make()
        } catch is ReportError {
            throw PageError(status: .notFound, title: "Geen gegevens", message: "Voor dit gebied zijn er (nog) geen gegevens.")
        }
    }

    /// The overview of reports for these metingen, where a report page leads back to.
    private static func overviewLink(meting: String, previous: String?) -> String {
        "/rapporten?" + QueryString.encode([("meting", meting), ("vorige", previous ?? "")])
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text = text.map({ FieldParsing.trimmed($0) }), !text.isEmpty else { return nil }
        return text
    }
}
