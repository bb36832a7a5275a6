import Foundation
import VeerkrachtCore
import VeerkrachtPresentation
@testable import VeerkrachtReports
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

final class HTMLReportTests: XCTestCase {
    private let source = FakeReportSource()

    private func wijkHTML() throws -> String {
        HTMLReport.render(try WijkReport(wijk: "WK077201", meting: FakeReportSource.meting, previous: FakeReportSource.previous,
                                         source: source, policy: DisclosurePolicy()))
    }

    private func gemeenteHTML() throws -> String {
        HTMLReport.render(try GemeenteReport(gemeente: "GM0772", meting: FakeReportSource.meting, previous: FakeReportSource.previous,
                                             source: source, policy: DisclosurePolicy()))
    }

    // MARK: Both pages

    func testEveryTextFromDataIsEscaped() throws {
        for html in [try wijkHTML(), try gemeenteHTML()] {
            XCTAssertFalse(html.lowercased().contains("<script"), "a name must never become a script")
            XCTAssertFalse(html.contains("<i>"), "the gemeente's name must not become markup")
            XCTAssertFalse(html.contains("<Meedoen>"), "theme names must be escaped")
            XCTAssertFalse(html.contains("voorjaar & zomer"), "meting labels must be escaped")
            XCTAssertTrue(html.contains("2026 voorjaar &amp; zomer"))
            XCTAssertTrue(html.contains("Cohesie &amp; &quot;buurt&quot;"), "construct names are escaped, also inside SVG")
        }
        XCTAssertTrue(try wijkHTML().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Oost&quot;"))
        XCTAssertTrue(try gemeenteHTML().contains("Armoede &amp; &lt;Meedoen&gt;"))
        XCTAssertTrue(try gemeenteHTML().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the wijk row shows the escaped name")
    }

    func testPagesAreSelfContainedDutchHTMLWithInlineSVG() throws {
        for html in [try wijkHTML(), try gemeenteHTML()] {
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
            XCTAssertTrue(html.contains("<svg"))
            XCTAssertTrue(html.contains("@page"), "prints on A4")
            for forbidden in ["http://", "https://", "<link", "<img", "@import", "url("] {
                XCTAssertFalse(html.contains(forbidden), "nothing may be loaded from elsewhere: \(forbidden)")
            }
            XCTAssertEqual(occurrences(of: "<h1>", in: html), 1)
        }
    }

    func testTheFileIsTheFragmentInThePageShell() throws {
        let report = try WijkReport(wijk: "WK077201", meting: FakeReportSource.meting, previous: FakeReportSource.previous,
                                    source: source, policy: DisclosurePolicy())
        let fragment = HTMLReport.fragment(report)
        XCTAssertEqual(HTMLReport.render(report), PageShell.document(title: fragment.title, styles: [fragment.stylesheet], body: [fragment.main]))
        XCTAssertTrue(fragment.main.rendered.hasPrefix("<main><header>") && fragment.main.rendered.hasSuffix("</footer></main>"))
        XCTAssertEqual(fragment.title, "Wijkrapport <script>alert(1)</script> & \"Oost\" – meting \(FakeReportSource.meting)")
    }

    func testChartsAreWellFormedMarkup() throws {
        #if canImport(FoundationXML) || canImport(Darwin)
        for html in [try wijkHTML(), try gemeenteHTML()] {
            for svg in fragments("<svg", "</svg>", in: html) {
                let parser = XMLParser(data: Data(svg.utf8))
                XCTAssertTrue(parser.parse(), "SVG is not well-formed: \(parser.parserError.map(String.init(describing:)) ?? "")\n\(svg.prefix(300))")
            }
        }
        #endif
    }

    // MARK: Wijk dashboard

    func testWijkPageNeverShowsAWithheldFigure() throws {
        let html = try wijkHTML()
        XCTAssertFalse(html.contains(DutchNumber.format(FakeReportSource.suppressedWijkMean)),
                       "the mean of the onderdrukte cohesie cell must not appear anywhere")
        XCTAssertTrue(html.contains("onderdrukt (n\u{A0}=\u{A0}7)"))
        XCTAssertTrue(html.contains("Indicatief en onderdrukt"), "the methods note explains onderdrukt")
        XCTAssertTrue(html.contains("minder dan 10 respondenten"))
        XCTAssertTrue(html.contains("Niet getekend voor de wijk, omdat minder dan 10 bewoners antwoordden (onderdrukt): Cohesie &amp; &quot;buurt&quot; (n\u{A0}=\u{A0}7)"),
                      "the radar says why a hulpbron is missing")
        XCTAssertTrue(html.contains("series-line area") && !html.contains("series-shape area"),
                      "with a withheld hulpbron the wijk's radar shape stays open")
    }

    func testWijkPageStructure() throws {
        let html = try wijkHTML()
        XCTAssertEqual(headings("h2", in: html), [
            "Wat hebben we gedaan?", "Hoe staan de bewoners ervoor?", "Wat is er veranderd sinds 2025-voorjaar?",
            "Wie deden mee?", "Van activiteit naar hulpbron", "Over de cijfers",
        ])
        let logicModel = try XCTUnwrap(fragments("<table class=\"logic-model\">", "</table>", in: html).first)
        let body = try XCTUnwrap(fragments("<tbody>", "</tbody>", in: logicModel).first)
        XCTAssertEqual(occurrences(of: "<tr>", in: body), 5, "one row per hulpbron")
        XCTAssertTrue(html.contains("1 maart – 28 mei 2026"), "when the data were taken, in Dutch")
        XCTAssertTrue(html.contains("<footer>") && html.contains("veerkrachttest, versie 3"), "provenance in the footer")
        XCTAssertTrue(html.contains("0,84"), "Cronbach's α with two decimals")
        XCTAssertTrue(html.contains("significant gestegen"))
        XCTAssertTrue(html.contains("indicatief"))
        XCTAssertTrue(html.contains("36,5"), "hours with a decimal comma")
    }

    // MARK: Gemeente summary

    func testGemeentePageShowsAggregatesOnlyAndMarksSuppression() throws {
        let html = try gemeenteHTML()
        XCTAssertFalse(html.contains(DutchNumber.format(FakeReportSource.suppressedWijkMean)))
        XCTAssertFalse(html.contains(DutchNumber.format(FakeReportSource.smallWijkMean)), "the small wijk's figures are all withheld")
        XCTAssertTrue(html.contains("onderdrukt: minder dan 10 respondenten, cijfers niet getoond"), "legend")
        XCTAssertTrue(html.contains("significant gestegen sinds 2025-voorjaar"), "legend for ▲")
        XCTAssertEqual(headings("h2", in: html), [
            "In één oogopslag", "Wat is er veranderd?", "Wijken vergeleken", "Wie deden mee?", "Wat hebben we gedaan?", "Zo lees je dit rapport",
        ])
        let sentences = try XCTUnwrap(fragments("<ul class=\"sentences\">", "</ul>", in: html).first)
        XCTAssertFalse(sentences.isEmpty)
        for table in fragments("<table class=\"wijken\">", "</table>", in: html) {
            let body = try XCTUnwrap(fragments("<tbody>", "</tbody>", in: table).first)
            XCTAssertEqual(occurrences(of: "<tr>", in: body), 3, "one row per wijk")
            XCTAssertTrue(body.contains("cell withheld"))
        }
    }

    func testGemeentePageExplainsComplementarySuppression() throws {
        let html = try gemeenteHTML()
        XCTAssertTrue(html.contains("aanvullend onderdrukt om terugrekenen te voorkomen: genoeg respondenten, maar cijfers niet getoond"),
                      "legend")
        XCTAssertTrue(html.contains("<dt>Aanvullend onderdrukt</dt>"), "the methods note explains the rule")
        XCTAssertTrue(html.contains("(aanvullend onderdrukt), zodat niets terug te rekenen is"), "the provenance says so")
        let tables = fragments("<table class=\"wijken\">", "</table>", in: html)
        XCTAssertEqual(tables.count, 2)
        // WK077203 protects WK077202 in every construct but cohesie, where WK077201 (7) and WK077202 (5) protect each other.
        let rows = tables.map { table in fragments("<tr>", "</tr>", in: table).first { $0.contains("WK077203") } ?? "" }
        XCTAssertEqual(occurrences(of: ">aanvullend onderdrukt<", in: rows[0]), 4, "hulpbronnen but cohesie")
        XCTAssertEqual(occurrences(of: "<strong>", in: rows[0]), 1, "cohesie is shown")
        XCTAssertEqual(occurrences(of: ">aanvullend onderdrukt<", in: rows[1]), 4, "redzaamheid and veerkracht")
        XCTAssertEqual(occurrences(of: "<strong>", in: rows[1]), 0)
    }

    func testWijkPageOfAComplementaryWijkSaysWhy() throws {
        let html = HTMLReport.render(try WijkReport(wijk: "WK077203", meting: FakeReportSource.meting, previous: FakeReportSource.previous,
                                                    source: source, policy: DisclosurePolicy()))
        XCTAssertTrue(html.contains("aanvullend onderdrukt (n\u{A0}=\u{A0}12)"))
        XCTAssertTrue(html.contains("Niet getekend voor de wijk, aanvullend onderdrukt om terugrekenen te voorkomen: Binding met de buurt"),
                      "the radar says why")
        XCTAssertTrue(html.contains("<dt>Aanvullend onderdrukt</dt>"))
        XCTAssertEqual(occurrences(of: "dot level", in: html), 1, "only the legend: no redzaamheid or veerkracht mean is drawn")
    }

    // MARK: Helpers

    private func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Every piece of `text` from `start` up to and including the next `end`.
    private func fragments(_ start: String, _ end: String, in text: String) -> [String] {
        var result: [String] = []
        var rest = text[...]
        while let from = rest.range(of: start), let to = rest[from.upperBound...].range(of: end) {
            result.append(String(rest[from.lowerBound..<to.upperBound]))
            rest = rest[to.upperBound...]
        }
        return result
    }

    /// The text of every `<tag>` heading, without nested markup such as the kicker.
    private func headings(_ tag: String, in html: String) -> [String] {
        fragments("<\(tag)>", "</\(tag)>", in: html).map { heading in
            let inner = heading.dropFirst(tag.count + 2)
            return String(inner.prefix { $0 != "<" })
        }
    }
}

/// A gemeente (GM0772) with three wijken: WK077201 with a hostile name, 40 respondents, an
/// indicatief binding cell (n = 20) and an onderdrukt cohesie cell (n = 7); WK077202 with only 5;
/// WK077203 with 12, aanvullend onderdrukt beside WK077202 wherever WK077201 does not protect it.
struct FakeReportSource: ReportSource {
    static let meting = "2026 voorjaar & zomer"
    static let previous = "2025-voorjaar"
    static let suppressedScores = [9.0, 9.5, 9.5, 9.0, 10.0, 9.5, 9.1]
    static var suppressedWijkMean: Double { suppressedScores.reduce(0, +) / Double(suppressedScores.count) }
    static let smallScores = [8.9, 8.7, 8.8, 8.9, 8.8]
    static var smallWijkMean: Double { smallScores.reduce(0, +) / Double(smallScores.count) }
    static let complementScores = [1.5, 2.5, 1.5, 2.5, 1.5, 2.5, 1.5, 2.5, 1.5, 2.5, 1.5, 2.5]

    private static let instrumentYAML = """
        id: veerkrachttest
        version: 3
        title: Veerkrachttest
        scales:
          s:
            min: 0
            max: 10
        constructs:
          cohesie: {kind: hulpbron, name: 'Cohesie & "buurt"'}
          binding: {kind: hulpbron, name: Binding met de buurt}
          sociaal_vertrouwen: {kind: hulpbron, name: Sociaal vertrouwen}
          veranderingsbereidheid: {kind: hulpbron, name: Veranderingsbereidheid}
          digitaal_contact: {kind: hulpbron, name: Digitaal contact}
          zelfredzaamheid: {kind: redzaamheid, name: Zelfredzaamheid}
          samenredzaamheid: {kind: redzaamheid, name: Samenredzaamheid}
          community_redzaamheid: {kind: redzaamheid, name: Community redzaamheid}
          veerkracht:
            kind: composite
            name: Sociale veerkracht
            of: [zelfredzaamheid, samenredzaamheid, community_redzaamheid]
        items:
          - {id: coh1, construct: cohesie, scale: s, text: Vraag}
          - {id: bin1, construct: binding, scale: s, text: Vraag}
          - {id: svt1, construct: sociaal_vertrouwen, scale: s, text: Vraag}
          - {id: vb1, construct: veranderingsbereidheid, scale: s, text: Vraag}
          - {id: dig1, construct: digitaal_contact, scale: s, text: Vraag}
          - {id: zr1, construct: zelfredzaamheid, scale: s, text: Vraag}
          - {id: sr1, construct: samenredzaamheid, scale: s, text: Vraag}
          - {id: cr1, construct: community_redzaamheid, scale: s, text: Vraag}
        """

    private let instrument = try! Instrument(yaml: instrumentYAML)
    private var constructs: [String] { instrument.constructs.map(\.id) }

    func currentInstrument() throws -> Instrument { instrument }

    /// The wijken's background answers; none unless a test sets them (see `BackgroundReportTests`).
    var breakdownCells: [BreakdownCells] = []

    func breakdowns(level: AreaLevel, meting: String, area: String?) throws -> [BreakdownCells] {
        breakdownCells.filter { matches($0.area, area) }
    }

    func areaNames() throws -> [String: String] {
        ["GM0772": "Eindhoven <i>", "WK077201": "<script>alert(1)</script> & \"Oost\"", "WK077202": "Noord", "WK077203": "Zuid"]
    }

    /// The two metingen, without periods unless a test gives them some (see `VerhalenReportTests`).
    var metingen = [Meting(label: Self.previous), Meting(label: Self.meting)]

    func metingList() throws -> [Meting] { metingen }

    /// Approved stories; none unless a test sets them (see `VerhalenReportTests`).
    var verhalen: [ApprovedVerhaal] = []

    func approvedVerhalen(wijken: [WijkCode], from: String?, through: String?) throws -> [ApprovedVerhaal] {
        verhalen.filter { story in
            wijken.contains(story.verhaal.wijk) && from.map { story.verhaal.datum >= $0 } != false
                && through.map { story.verhaal.datum <= $0 } != false
        }
    }

    func scoreCells(level: AreaLevel, meting: String?, area: String?) throws -> [ScoreCell] {
        guard meting == Self.meting else { return [] }
        return constructs.flatMap { construct -> [ScoreCell] in
            switch level {
            case .gemeente:
                return [ScoreCell(meting: Self.meting, area: "GM0772", construct: construct, distribution: distribution(count: 52, base: 5.0),
                                  reliability: construct == "veerkracht" ? nil : 0.79)]
            case .wijk:
                let first: ScoreDistribution = switch construct {
                case "cohesie": distribution(Self.suppressedScores)
                case "binding": distribution(count: 20, base: 5.0)
                default: distribution(count: 40, base: 5.0)
                }
                return [ScoreCell(meting: Self.meting, area: "WK077201", construct: construct, distribution: first,
                                  reliability: construct == "veerkracht" ? nil : 0.8412),
                        ScoreCell(meting: Self.meting, area: "WK077202", construct: construct, distribution: distribution(Self.smallScores)),
                        ScoreCell(meting: Self.meting, area: "WK077203", construct: construct, distribution: distribution(Self.complementScores))]
            }
        }
        .filter { matches($0.area, area) }
    }

    func changeCells(level: AreaLevel, from: String, to: String, area: String?) throws -> [ChangeCell] {
        let code = level == .gemeente ? "GM0772" : "WK077201"
        let cells = constructs.map { construct in
            var tally = ReliableChange.Tally(sDiff: construct == "veerkracht" ? nil : 1.0)
            for i in 0..<12 { tally.add(pre: 5, post: i < 4 ? 7 : 5) }
            let before = construct == "cohesie" ? distribution(count: 20, base: 4.0) : distribution(count: 40, base: 3.5)
            let after = construct == "cohesie" && level == .wijk ? distribution(Self.suppressedScores) : distribution(count: 40, base: 5.0)
            return ChangeCell(area: code, construct: construct, from: before, to: after, panel: PanelChange(tally))
        }
        return cells.filter { matches($0.area, area) }
    }

    func participation(level: AreaLevel, meting: String, area: String?) throws -> [String: Participation] {
        let year = meting == Self.meting ? "2026" : "2025"
        let all: [String: Participation] = level == .gemeente
            ? ["GM0772": Participation(respondents: 57, firstDate: "\(year)-03-01", lastDate: "\(year)-05-28")]
            : ["WK077201": Participation(respondents: 40, firstDate: "\(year)-03-01", lastDate: "\(year)-05-28"),
               "WK077202": Participation(respondents: 5, firstDate: "\(year)-03-02", lastDate: "\(year)-05-20"),
               "WK077203": Participation(respondents: 12, firstDate: "\(year)-03-03", lastDate: "\(year)-05-21")]
        return all.filter { matches($0.key, area) }
    }

    func outputTotals(level: AreaLevel, from: String?, to: String?, area: String?) throws -> [String: OutputTotals] {
        var totals = OutputTotals()
        totals.activities = 12
        totals.participants = 150
        totals.hours = 36.5
        totals.volunteers = 9
        totals.perHulpbron = ["cohesie": 4, "binding": 3, "digitaal_contact": 6]
        totals.perThema = ["Armoede & <Meedoen>": 7, "Jeugd": 5]
        let code = level == .gemeente ? "GM0772" : "WK077201"
        return matches(code, area) ? [code: totals] : [:]
    }

    func themes() throws -> [String] { ["Armoede & <Meedoen>", "Jeugd"] }

    func rapportagegebieden(gemeente: String?) throws -> [Rapportagegebied] { [] }

    func groupScoreCells(gemeente: String, meting: String) throws -> [ScoreCell] { [] }

    func groupChangeCells(gemeente: String, from: String, to: String) throws -> [ChangeCell] { [] }

    func snapshot() throws -> String { "2026-06-01T10:00:00Z" }

    /// Whether `code` lies in `area` (a wijk lies in the gemeente with the same four digits).
    private func matches(_ code: String, _ area: String?) -> Bool {
        guard let area else { return true }
        return code == area || (area.hasPrefix("GM") && code.dropFirst(2).hasPrefix(area.dropFirst(2)))
    }

    private func distribution(_ scores: [Double]) -> ScoreDistribution {
        var distribution = ScoreDistribution()
        for score in scores { distribution.add(score, category: CategoryThresholds().category(of: score)) }
        return distribution
    }

    /// `count` scores spread over base … base + 3 in steps of 0.5.
    private func distribution(count: Int, base: Double) -> ScoreDistribution {
        distribution((0..<count).map { base + Double($0 % 7) * 0.5 })
    }
}
