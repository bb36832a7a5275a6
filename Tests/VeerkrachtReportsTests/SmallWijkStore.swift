import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore
import VeerkrachtSurveys

/// A gemeente (GM0772) whose wijken make complementary suppression necessary, in an in-memory
/// store filled through the real importer. Every respondent answers every item, so each construct
/// has as many scores as the wijk has respondents.
///
/// | wijk     | 2025-voorjaar | 2026-voorjaar | answered both |
/// |----------|---------------|---------------|---------------|
/// | WK077201 | 40            | 40            | 30            |
/// | WK077202 | 25            | 24            | 5             |
/// | WK077203 | 14            | 15            | 0             |
/// | WK077204 | 6             | 6             | 0             |
/// | WK077205 | 8             | 30            | 0             |
enum SmallWijkStore {
    static let metingen = ["2025-voorjaar", "2026-voorjaar"]
    static let wijken: [(code: String, first: Int, second: Int, panel: Int)] = [
        ("WK077201", 40, 40, 30), ("WK077202", 25, 24, 5), ("WK077203", 14, 15, 0), ("WK077204", 6, 6, 0), ("WK077205", 8, 30, 0),
    ]

    static func make() throws -> Store {
        let instrument = try Instrument(yaml: BundledInstruments.veerkrachtmeterV1)
        let store = try Store()
        try store.register(instrument, source: BundledInstruments.veerkrachtmeterV1)
        let items = instrument.items.map(\.id)
        for (index, meting) in metingen.enumerated() {
            var writer = CSVWriter(header: ["respondent", "wijk", "datum", "meting"] + items, for: .importFile)
            for (w, wijk) in wijken.enumerated() {
                let count = index == 0 ? wijk.first : wijk.second
                for r in 0..<count {
                    // The panel keeps its ids; everyone else is new in the second meting.
                    let id = index == 0 || r < wijk.panel ? "\(wijk.code)-\(r)" : "\(wijk.code)-nieuw-\(r)"
                    let answers = items.indices.map { String(1 + (r * 7 + $0 * 3 + w + index * (w + 1)) % 5) }
                    writer.append(([id, wijk.code, "\(meting.prefix(4))-03-10", meting] + answers).map(CSVField.text))
                }
            }
            _ = try store.importResponses(from: CSVReader(bytes: Array(writer.text.utf8)), source: "\(meting).csv")
        }
        return store
    }
}
