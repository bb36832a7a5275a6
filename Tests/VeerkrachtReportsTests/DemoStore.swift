import VeerkrachtApp
import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtDemo
import VeerkrachtReports
import VeerkrachtStore
import VeerkrachtSurveys

/// The demo data set (responses of both metingen, gebied names and activities) in an
/// in-memory store, imported once for all report tests through the real importers; the store is
/// their `ReportSource` through `VeerkrachtApp`.
enum DemoStore {
    static let metingen = DemoConfiguration().metingen

    static let shared = make()

    /// A new store with the demo data set, for tests that change it.
    static func make() -> Store {
        let instrument = try! Instrument(yaml: BundledInstruments.veerkrachtmeterV1)
        let store = try! Store()
        try! store.register(instrument, source: BundledInstruments.veerkrachtmeterV1)
        let demo = DemoGenerator(instrument: instrument, configuration: DemoConfiguration())
        _ = try! store.importGebieden(from: reader(DemoGenerator.gebiedenHeader, demo.gebieden), source: "gebieden.csv")
        for index in metingen.indices {
            var rows: [[String]] = []
            demo.responses(meting: index) { rows.append($0) }
            _ = try! store.importResponses(from: reader(demo.responsesHeader, rows), source: "responses.csv")
            var activities: [[String]] = []
            demo.activities(meting: index) { activities.append($0) }
            _ = try! store.importActivities(from: reader(DemoGenerator.activitiesHeader, activities), source: "activiteiten.csv")
        }
        return store
    }

    private static func reader(_ header: [String], _ rows: [[String]]) -> CSVReader {
        var writer = CSVWriter(header: header, for: .importFile)
        rows.forEach { writer.append($0.map(CSVField.text)) }
        return CSVReader(bytes: Array(writer.text.utf8))
    }
}
