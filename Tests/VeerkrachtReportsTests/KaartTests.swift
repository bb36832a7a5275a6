import Foundation
import VeerkrachtApp
import VeerkrachtCore
@testable import VeerkrachtDemo
import VeerkrachtPresentation
@testable import VeerkrachtReports
import VeerkrachtSurveys
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The map in the gemeente summary: every wijk in the band of its mean, a withheld wijk hatched and
/// without any figure, names escaped, a well-formed SVG; and the demo's synthetic map.
final class KaartTests: XCTestCase {
    private static let generator = DemoGenerator(instrument: try! Instrument(yaml: BundledInstruments.veerkrachtmeterV1),
                                                 configuration: DemoConfiguration())
    private static let demoMap = DemoMap.make(generator.gemeenten)

    private func report(_ map: WijkMap = KaartTests.demoMap, construct: String? = nil) throws -> GemeenteReport {
        try Reporting(store: DemoStore.shared).gemeenteReport("GM0772", meting: DemoStore.metingen[1], previous: DemoStore.metingen[0],
                                                              kaart: map, kaartConstruct: construct)
    }

    // MARK: The demo map

    func testTheDemoMapIsDeterministicReadableAndItsNeighboursShareTheirBorder() throws {
        let map = DemoMap.make(Self.generator.gemeenten)
        XCTAssertEqual(map, Self.demoMap)
        XCTAssertEqual(try WijkMapReader.read(Data(map.geoJSON().utf8)), map)
        XCTAssertEqual(Set(map.wijken.map(\.code)), Set(Self.generator.gemeenten.flatMap { $0.wijken.map(\.code) }))
        func points(_ code: String) -> Set<String> {
            Set(map.wijken.first { $0.code.rawValue == code }!.polygons[0].rings[0].map { "\($0.x) \($0.y)" })
        }
        let centrum = points("WK077201"), stratum = points("WK077202")
        XCTAssertEqual(centrum.intersection(stratum).count, DemoMap.bends + 1, "Centrum and Stratum share one border, point for point")
    }

    // MARK: What the map shows

    func testEveryWijkIsInTheBandOfItsMeanOrWithheldOrWithoutData() throws {
        let report = try report()
        let kaart = try XCTUnwrap(report.kaart)
        XCTAssertEqual(kaart.construct.id, "veerkracht")
        XCTAssertEqual(kaart.construct.name, "Sociale veerkracht")
        XCTAssertEqual(kaart.areas.count, 8)
        let states = Dictionary(uniqueKeysWithValues: kaart.areas.map { ($0.name, $0.state) })
        XCTAssertEqual(states["Achtse Barrier"], .withheld(.tooFew))
        XCTAssertEqual(states["Gestel"], .withheld(.complementary))
        for row in report.wijken where row.wijk.name != "Achtse Barrier" && row.wijk.name != "Gestel" {
            let mean = try XCTUnwrap(row.constructs.first { $0.id == "veerkracht" }?.figures.values?.mean)
            XCTAssertEqual(states[row.wijk.name], .band(report.provenance.thresholds.category(of: mean), mean: mean), row.wijk.name)
        }
        XCTAssertTrue(kaart.missing.isEmpty)
        let cohesie = try XCTUnwrap(try self.report(construct: "cohesie").kaart)
        XCTAssertEqual(cohesie.construct.name, "Cohesie in straat en buurt")
    }

    /// With Achtse Barrier grouped with Woensel-Noord, both wijken take the band of their
    /// rapportagegebied, which the summary shows as one row, and Gestel is in the band of its own mean.
    func testAWijkReportedWithinItsRapportagegebiedTakesTheGroupsBand() throws {
        let store = DemoStore.make()
        let name = "Woensel-Noord en Achtse Barrier"
        try store.addRapportagegebied(name, wijken: ["WK077205", "WK077208"])
        let report = try Reporting(store: store).gemeenteReport("GM0772", meting: DemoStore.metingen[1], previous: DemoStore.metingen[0],
                                                               kaart: Self.demoMap, kaartConstruct: nil)
        let kaart = try XCTUnwrap(report.kaart)
        let states = Dictionary(uniqueKeysWithValues: kaart.areas.map { ($0.name, $0.state) })
        let group = try XCTUnwrap(report.rapportagegebieden.first { $0.group.name == name })
        let mean = try XCTUnwrap(group.constructs.compactMap { $0 }.first { $0.id == "veerkracht" }?.figures.values?.mean)
        let band = report.provenance.thresholds.category(of: mean)
        XCTAssertEqual(states["Achtse Barrier"], .band(band, mean: mean, group: name))
        XCTAssertEqual(states["Woensel-Noord"], .band(band, mean: mean, group: name))
        let gestel = try XCTUnwrap(report.wijken.first { $0.wijk.name == "Gestel" }?.constructs.first { $0.id == "veerkracht" }?.figures.values?.mean)
        XCTAssertEqual(states["Gestel"], .band(report.provenance.thresholds.category(of: gestel), mean: gestel))
        let html = HTMLReport.render(report)
        XCTAssertTrue(html.contains("Achtse Barrier, als deel van \(name)"), "the tooltip says whose figure it is")
    }

    /// Gestel has 120 respondents and a mean in the database, but is withheld to protect Achtse Barrier.
    func testAWithheldWijkHasNoFigureAnywhereInTheMapAndIsHatched() throws {
        let html = HTMLReport.render(try report())
        let svg = try mapSVG(html)
        let gestel = try XCTUnwrap(svg.components(separatedBy: "<path ").first { $0.contains("<title>Gestel") })
        XCTAssertTrue(gestel.contains(#"class="wijk kaart-onderdrukt""#), gestel)
        XCTAssertTrue(gestel.contains("<title>Gestel: onderdrukt (ter bescherming van een andere wijk)</title>"))
        XCTAssertTrue(svg.contains("<title>Achtse Barrier: onderdrukt (te weinig respondenten)</title>"))
        XCTAssertEqual(svg.components(separatedBy: #"class="arcering""#).count - 1, 2, "Gestel and Achtse Barrier are hatched")
        XCTAssertFalse(html.contains("url("), "hatched with lines: the page refers to nothing by url")
        let unsuppressed = try DemoStore.shared.scoreCells(level: .wijk, meting: DemoStore.metingen[1], area: "GM0772")
            .first { $0.area == "WK077207" && $0.construct == "veerkracht" }!.distribution.moments.mean
        let hidden = DutchNumber.score(unsuppressed)
        for text in svg.components(separatedBy: "<title>").filter({ $0.hasPrefix("Gestel") || $0.hasPrefix("Achtse") }) {
            XCTAssertFalse(text.contains("gemiddeld") || text.contains(hidden), text)
        }
        XCTAssertTrue(html.contains("Onderdrukt: Gestel, Achtse Barrier."), "the list names them only as withheld")
        XCTAssertTrue(svg.contains(#">Gestel</text>"#) && svg.contains(#">onderdrukt</text>"#), "labelled as withheld on the map")
    }

    func testNamesFromTheMapAreEscapedAndWijkenWithoutDataMarked() throws {
        let name = #"<script>alert(1)</script> & "Oost""#
        let extra = WijkMap.Wijk(code: WijkCode("WK077299")!, name: name, polygons: [square(170_000, 380_000, 3_000)])
        let map = WijkMap(system: .rdNew, wijken: Self.demoMap.wijken.filter { $0.code.rawValue != "WK077208" } + [extra])
        let report = try report(map)
        let html = HTMLReport.render(report)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Oost&quot;: geen gegevens"))
        XCTAssertEqual(report.kaart?.areas.last?.state, .noData)
        XCTAssertEqual(report.kaart?.missing.map(\.name), ["Achtse Barrier"])
        XCTAssertTrue(html.contains("Niet op de kaart (de kaart heeft deze wijk niet): Achtse Barrier (WK077208)."))
        _ = try mapSVG(html)
    }

    func testTheMapIsWellFormedSVGWithATextAlternativeLegendAndNorthUp() throws {
        let html = HTMLReport.render(try report())
        let svg = try mapSVG(html)
        #if canImport(FoundationXML) || canImport(Darwin)
        let parser = XMLParser(data: Data(svg.utf8))
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #endif
        XCTAssertTrue(svg.contains(#"role="img" aria-label="Kaart van sociale veerkracht per wijk""#))
        XCTAssertTrue(svg.contains("<desc>Midden: "), svg.prefix(400).description)
        XCTAssertTrue(svg.contains(#"class="noordpijl""#))
        XCTAssertTrue(svg.contains(">1 km</text>"), "a scale bar of a round length")
        for legend in ["laag: onder 4,0", "midden: 4,0 tot 7,0", "hoog: 7,0 of meer", "onderdrukt: te weinig respondenten",
                       "geen gegevens: geen respondenten", "Zo lees je de kaart."] {
            XCTAssertTrue(html.contains(legend), legend)
        }
        XCTAssertFalse(html.contains("<script"), "no JavaScript")
        XCTAssertFalse(html.contains("http://") || html.contains("https://"), "nothing loaded from elsewhere")
    }

    func testWithoutAMapTheSummaryIsAsItWas() throws {
        let plain = try GemeenteReport(gemeente: "GM0772", meting: DemoStore.metingen[1], previous: DemoStore.metingen[0],
                                       source: DemoStore.shared, policy: DisclosurePolicy())
        XCTAssertNil(plain.kaart)
        let html = HTMLReport.render(plain)
        XCTAssertFalse(html.contains(#"class="chart kaart""#) || html.contains("Zo lees je de kaart"))
    }

    func testAnUnknownConstructOrAMapOfAnotherGemeenteIsRefused() throws {
        XCTAssertThrowsError(try report(construct: "geluk")) {
            XCTAssertEqual("\($0)", "'geluk' is not a construct of the instrument; choose one of cohesie, binding, sociaal_vertrouwen, "
                + "veranderingsbereidheid, digitaal_contact, zelfredzaamheid, samenredzaamheid, community_redzaamheid, veerkracht")
        }
        let enschede = try Self.demoMap.keeping(gemeente: GemeenteCode("GM0153")!)
        XCTAssertThrowsError(try report(enschede)) {
            XCTAssertEqual("\($0)", "the map holds no wijk of GM0772; it holds wijken of GM0153")
        }
    }

    // MARK: Geometry, pinned to an independent computation

    /// Reference (Python, textbook recursive Douglas–Peucker):
    /// `dp([(0,0),(1,0.1),(2,-0.1),(3,5),(4,6),(5,7),(6,8.1),(7,9),(8,9),(9,9)], 0.5)`
    /// → `[(0, 0), (2, -0.1), (3, 5), (7, 9), (9, 9)]`; for the closed ring of 40 points
    /// `(10 + 10 cos(2πk/40) + 0.3 sin(7k), 10 + 10 sin(2πk/40))`, first split at the point farthest
    /// from its start, the kept indices are `[0, 2, 5, 8, 11, 14, 16, 19, 22, 24, 26, 29, 31, 34, 36, 38, 40]`.
    func testSimplificationMatchesTheReference() {
        let line: [KaartGeometry.Point] = [(0, 0), (1, 0.1), (2, -0.1), (3, 5), (4, 6), (5, 7), (6, 8.1), (7, 9), (8, 9), (9, 9)]
        XCTAssertEqual(KaartGeometry.simplify(line, tolerance: 0.5).map { "\($0.x),\($0.y)" }, ["0.0,0.0", "2.0,-0.1", "3.0,5.0", "7.0,9.0", "9.0,9.0"])
        var ring: [KaartGeometry.Point] = (0..<40).map { k in
            let k = Double(k)
            return (10 + 10 * cos(2 * .pi * k / 40) + 0.3 * sin(7 * k), 10 + 10 * sin(2 * .pi * k / 40))
        }
        ring.append(ring[0])
        let kept = KaartGeometry.simplify(ring, tolerance: 0.5)
        let indices = kept.enumerated().map { index, point in
            index == kept.count - 1 ? ring.count - 1 : ring.firstIndex { $0.x == point.x && $0.y == point.y }!
        }
        XCTAssertEqual(indices, [0, 2, 5, 8, 11, 14, 16, 19, 22, 24, 26, 29, 31, 34, 36, 38, 40])
    }

    /// A square of 0.1° by 0.1° at latitude 51.5–51.6 is drawn 0.1 · cos(51.55°) wide for 0.1 high:
    /// Python `math.cos(math.radians(51.55))` = 0.621831445233813, so at 608 units high (640 less
    /// two margins of 16) it is 608 · 0.621831445233813 = 378.07 units wide.
    func testWGS84IsDrawnWithTheCosineOfTheLatitudeAndRDAsMetres() {
        let square = WijkMap.Polygon(rings: [[(5.4, 51.5), (5.5, 51.5), (5.5, 51.6), (5.4, 51.6), (5.4, 51.5)].map { WijkMap.Point(x: $0.0, y: $0.1) }])
        let wgs84 = KaartGeometry(WijkMap(system: .wgs84, wijken: [WijkMap.Wijk(code: WijkCode("WK077201")!, name: nil, polygons: [square])]),
                                  width: 720, maxHeight: 640, margin: 16)
        let xs = wgs84.shapes[0][0][0].map(\.x), ys = wgs84.shapes[0][0][0].map(\.y)
        XCTAssertEqual(wgs84.height, 640)
        XCTAssertEqual(xs.max()! - xs.min()!, 378.07, accuracy: 0.01)
        XCTAssertEqual(ys.max()! - ys.min()!, 608, accuracy: 1e-9)
        XCTAssertEqual(ys[0], 624, accuracy: 1e-9, "north up: the southern edge is at the bottom")
        let rd = KaartGeometry(WijkMap(system: .rdNew, wijken: [WijkMap.Wijk(code: WijkCode("WK077201")!, name: nil,
                                                                              polygons: [self.square(155_000, 380_000, 2_000)])]),
                               width: 720, maxHeight: 640, margin: 16)
        XCTAssertEqual(rd.metresPerUnit, 2_000.0 / 608, accuracy: 1e-9)
    }

    /// A label goes beside a hole, not on it: the widest stretch inside the wijk along its middle.
    func testALabelIsPlacedInsideTheWijkBesideAHole() throws {
        let outer: [KaartGeometry.Point] = [(0, 0), (100, 0), (100, 60), (0, 60), (0, 0)]
        let hole: [KaartGeometry.Point] = [(30, 20), (30, 40), (50, 40), (50, 20), (30, 20)]
        let place = try XCTUnwrap(KaartGeometry.labelPlace([[outer, hole]]))
        XCTAssertEqual(place.point.x, 75)
        XCTAssertEqual(place.point.y, 30)
        XCTAssertEqual(place.room, 50)
        XCTAssertEqual(place.height, 60)
    }

    /// The lines x + y = 5, 10 and 15 through the square from (0, 0) to (10, 10), 5/√2 apart;
    /// the hole from (4, 4) to (6, 6) cuts the middle one in two.
    func testHatchingIsLinesInsideTheWijkOutsideItsHoles() {
        let square: [KaartGeometry.Point] = [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]
        XCTAssertEqual(KaartGeometry.hatch([[square]], spacing: 5 / 2.0.squareRoot()), "M0 5L5 0M0 10L10 0M5 10L10 5")
        let hole: [KaartGeometry.Point] = [(4, 4), (4, 6), (6, 6), (6, 4), (4, 4)]
        XCTAssertEqual(KaartGeometry.hatch([[square, hole]], spacing: 5 / 2.0.squareRoot()), "M0 5L5 0M0 10L4 6M6 4L10 0M5 10L10 5")
    }

    // MARK: Helpers

    private func square(_ x: Double, _ y: Double, _ size: Double) -> WijkMap.Polygon {
        WijkMap.Polygon(rings: [[(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)].map { WijkMap.Point(x: $0.0, y: $0.1) }])
    }

    /// The map's `<svg>` element in the page.
    private func mapSVG(_ html: String) throws -> String {
        let start = try XCTUnwrap(html.range(of: #"<svg viewBox="0 0 720"#))
        let end = try XCTUnwrap(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
        let svg = String(html[start.lowerBound..<end.upperBound])
        XCTAssertTrue(svg.contains(#"class="chart kaart""#))
        return svg
    }
}
