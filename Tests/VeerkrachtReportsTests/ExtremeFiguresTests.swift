import Foundation
import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtPresentation
@testable import VeerkrachtReports
@_spi(Testing) import VeerkrachtStore
import VeerkrachtSurveys
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Figures nobody expects (a mean that is not a number, an interval to infinity, hours summed past
/// every double) still give charts with finite coordinates on the chart, and reports that render:
/// an activity of 10³⁰⁰ hours used to trap and take the web app and `report wijk` down.
final class ExtremeFiguresTests: XCTestCase {
    static let extremes: [Double] = [.nan, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 9.2e18, -1e19, 1e300, -0.0, 0.05]

    /// 40 scores with `mean`, sum of squared deviations `squares` and `laag`/`hoog` counts that need not add up.
    private func figures(mean: Double, squares: Double = 39, laag: Int = 4, hoog: Int = 0) -> ScoreDistribution {
        ScoreDistribution(moments: Moments(count: 40, mean: mean, sumOfSquaredDeviations: squares), laag: laag, hoog: hoog)
    }

    private var distributions: [ScoreDistribution] {
        Self.extremes.flatMap { value in
            [figures(mean: value), figures(mean: 5, squares: value.magnitude), figures(mean: value, squares: value.magnitude, laag: 400, hoog: 400)]
        }
    }

    func testSVGCoordinatesAreTotal() {
        XCTAssertEqual(SVG.number(12.34), "12.3")
        XCTAssertEqual(SVG.number(40), "40")
        XCTAssertEqual(SVG.number(-0.04), "0")
        XCTAssertEqual(SVG.number(.nan), "0")
        XCTAssertEqual(SVG.number(.infinity), "100000")
        XCTAssertEqual(SVG.number(-1e300), "-100000")
        XCTAssertEqual(SVG.number(0x1p63), "100000")
    }

    func testChartsKeepEveryCoordinateFiniteAndOnTheChart() {
        let policy = DisclosurePolicy()
        let scores = distributions.map { ScoreFigures($0, policy: policy) }
        let changes = zip(distributions, distributions.reversed()).map {
            ChangeFigures(from: $0, to: $1, panel: PanelChange(ReliableChange.Tally(sDiff: nil)), policy: policy)
        }
        let charts: [HTML] = [
            IntervalChart.render(scores.map { .init(name: "Cohesie", figures: $0, comparison: $0) }, comparisonName: "gemeente", label: "niveau",
                                 bands: ScoreBands(thresholds: CategoryThresholds())),
            RadarChart.render(scores.map { .init(name: "Cohesie", figures: $0, comparison: $0) }, label: "radar"),
            DistributionChart.render(scores.map { ("Cohesie", $0) }, label: "verdeling"),
            ChangeChart.render(changes.map { .init(name: "Cohesie", change: $0) }, label: "verandering"),
        ] + changes.map { ChangeChart.render([.init(name: "Cohesie", change: $0)], label: "één verandering") }
        for chart in charts {
            let coordinates = Self.coordinates(in: chart.rendered)
            XCTAssertFalse(coordinates.isEmpty)
            for (attribute, value) in coordinates {
                XCTAssertTrue(value.isFinite && value.magnitude <= 2_000, "\(attribute)=\(value) in \(chart.rendered.prefix(120))")
            }
            #if canImport(FoundationXML) || canImport(Darwin)
            XCTAssertTrue(XMLParser(data: Data(chart.rendered.utf8)).parse(), "well-formed SVG")
            #endif
        }
    }

    func testFigureTextsAndTheTerminalOverviewTakeAnyFigure() throws {
        let instrument = try Instrument(yaml: BundledInstruments.veerkrachtmeterV1)
        let cells = distributions.enumerated().map { index, distribution in
            ScoreCell(meting: "2025-voorjaar", area: "WK0772\(index < 10 ? "0" : "")\(index)", construct: "cohesie", distribution: distribution)
        }
        let overview = OverviewText.render(cells, instrument: instrument, names: [:], respondents: [:], policy: DisclosurePolicy())
        XCTAssertTrue(overview.contains("1,8 × 10³⁰⁸") && overview.contains("∞") && overview.contains("–"), overview)
        for value in Self.extremes {
            for text in [DutchNumber.score(value), DutchNumber.signed(value), DutchNumber.percent(value), FigureText.alpha(value),
                         FigureText.differenceInterval(ConfidenceInterval(lower: -value, upper: value))] {
                XCTAssertFalse(text.isEmpty)
            }
        }
        XCTAssertEqual(DutchNumber.signed(.infinity), "+∞")
        XCTAssertEqual(JSONValue.object([("uren", .number(.infinity)), ("n", .number(.nan)), ("groot", .number(-1e300))]).text(),
                       "{\n  \"uren\": null,\n  \"n\": null,\n  \"groot\": -1e+300\n}")
    }

    /// Activities of 10³⁰⁰ hours in one wijk and twice the largest double in another, as a database
    /// written before `Limits` may hold them (an import refuses them now): the gemeente's hours add up
    /// to infinity. Both reports render as HTML and as valid JSON, and the output export writes what it can.
    func testReportsAndExportsOfAbsurdHours() throws {
        let store = try SmallWijkStore.make()
        var writer = CSVWriter(header: ["datum", "wijk", "activiteit", "thema", "deelnemers", "uren", "vrijwilligers", "hulpbronnen"],
                               for: .importFile)
        for (index, wijk) in ["WK077201", "WK077202", "WK077202"].enumerated() {
            writer.append(["2025-06-01", wijk, "Buurtkoffie \(index)", "Armoede & Meedoen", "12", "1", "2", "cohesie"].map(CSVField.text))
        }
        _ = try store.importActivities(from: CSVReader(bytes: Array(writer.text.utf8)), source: "activiteiten.csv")
        try store.executeAsEarlierVersion("UPDATE activiteit SET uren = CASE wijk WHEN 'WK077201' THEN 1e300 ELSE 1.7976931348623157e308 END")
        let (meting, previous) = (SmallWijkStore.metingen[1], SmallWijkStore.metingen[0])
        let wijk = try WijkReport(wijk: "WK077201", meting: meting, previous: previous, source: store, policy: DisclosurePolicy())
        let gemeente = try GemeenteReport(gemeente: "GM0772", meting: meting, previous: previous, source: store, policy: DisclosurePolicy())
        XCTAssertTrue(HTMLReport.render(wijk).contains("1,0 × 10³⁰⁰"))
        XCTAssertTrue(HTMLReport.render(gemeente).contains("∞"))
        for json in [ReportJSON.render(wijk), ReportJSON.render(gemeente)] {
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.utf8)), "valid JSON")
        }
        let export = OutputExport.csv(try store.outputTotals(level: .wijk), hulpbronnen: OutputExport.defaultHulpbronnen)
        XCTAssertTrue(export.contains("WK077201,1,12,1e+300,2,1,0,0,0,0\n"), export)
        XCTAssertTrue(export.contains("WK077202,2,24,,4,2,0,0,0,0\n"), "a sum past every double is empty: \(export)")
    }

    /// Every number in a coordinate attribute of `svg` (x, y, width, points, viewBox, …).
    private static func coordinates(in svg: String) -> [(String, Double)] {
        let pattern = try! NSRegularExpression(pattern: #" (x|y|x1|y1|x2|y2|cx|cy|r|width|height|points|viewBox)="([^"]*)""#)
        return pattern.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).flatMap { match -> [(String, Double)] in
            let name = String(svg[Range(match.range(at: 1), in: svg)!]), value = svg[Range(match.range(at: 2), in: svg)!]
            return value.split(whereSeparator: { $0 == " " || $0 == "," }).map { (name, Double($0) ?? .nan) }
        }
    }
}
