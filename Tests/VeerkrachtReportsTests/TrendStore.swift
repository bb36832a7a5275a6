import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtReports
import VeerkrachtStore
import VeerkrachtSurveys

/// A gemeente (GM0772) with four metingen for the trend, in an in-memory store filled through the
/// real importer. Every respondent answers every item; a panel keeps its ids through all metingen.
///
/// | wijk     | 2023-najaar | 2024-voorjaar | 2025-voorjaar | 2026-voorjaar | first and last |
/// |----------|-------------|---------------|---------------|---------------|----------------|
/// | WK077201 | 40          | 40            | 40            | 40            | 25             |
/// | WK077202 | 20          | 0 (a gap)     | 22            | 25            | 12             |
/// | WK077203 | 6           | 12            | 8             | 15            | 6              |
/// | WK077204 | 11          | 11            | 11            | 11            | 5              |
///
/// WK077201 rises from 2025-voorjaar on, WK077202 falls in 2026-voorjaar (so that some panel
/// members change reliably, each way); WK077203 is small in
/// 2023-najaar and 2025-voorjaar, when WK077204 protects it (aanvullend onderdrukt).
enum TrendStore {
    static let metingen = ["2023-najaar", "2024-voorjaar", "2025-voorjaar", "2026-voorjaar"]
    static let wijken: [(code: String, counts: [Int], panel: Int)] = [
        ("WK077201", [40, 40, 40, 40], 25), ("WK077202", [20, 0, 22, 25], 12), ("WK077203", [6, 12, 8, 15], 6), ("WK077204", [11, 11, 11, 11], 5),
    ]
    private static let dates = ["2023-10-10", "2024-03-10", "2025-03-10", "2026-03-10"]

    /// Every response of every meting, as one import file.
    static func csv() throws -> String {
        let items = try instrument().items.map(\.id)
        var writer = CSVWriter(header: ["respondent", "wijk", "datum", "meting"] + items, for: .importFile)
        for (m, meting) in metingen.enumerated() {
            for (w, wijk) in wijken.enumerated() {
                for r in 0..<wijk.counts[m] {
                    let id = r < wijk.panel ? "\(wijk.code)-\(r)" : "\(wijk.code)-\(m)-\(r)"
                    let answers = items.indices.map { String(answer(wijk: w, respondent: r, item: $0, meting: m)) }
                    writer.append(([id, wijk.code, dates[m], meting] + answers).map(CSVField.text))
                }
            }
        }
        return writer.text
    }

    static func make() throws -> Store {
        let store = try Store()
        try store.register(try instrument(), source: BundledInstruments.veerkrachtmeterV1)
        _ = try store.importResponses(from: CSVReader(bytes: Array(try csv().utf8)), source: "trend.csv")
        return store
    }

    /// An answer from 1 to 5 (valid on every scale of the instrument): a person's own level on
    /// every item with a little item noise; half of WK077201 one step higher from the third meting
    /// on, two thirds of WK077202 one step lower at the fourth.
    private static func answer(wijk w: Int, respondent r: Int, item j: Int, meting m: Int) -> Int {
        let level = 1 + r % 4 + ((r + j) % 5 == 0 ? 1 : 0)
        let rise = w == 0 && m >= 2 && r % 2 == 0 ? 1 : 0
        let fall = w == 1 && m == 3 && r % 3 != 0 ? 1 : 0
        let noise = (r + j + m) % 7 == 0 ? 1 : 0
        return min(5, max(1, level + rise + noise - fall))
    }

    private static func instrument() throws -> Instrument { try Instrument(yaml: BundledInstruments.veerkrachtmeterV1) }
}
