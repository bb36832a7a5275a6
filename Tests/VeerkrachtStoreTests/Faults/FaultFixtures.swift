import Foundation
import GRDB
import VeerkrachtDemo

/// Data and checks shared by the fault tests: demo responses files and a database's content.
enum FaultFixtures {
    /// A responses file of `count` demo respondents (20 wijken in 2 gemeenten) for `meting`.
    static func responses(_ count: Int, meting: String, seed: UInt64) -> String {
        var configuration = DemoConfiguration()
        configuration.respondents = count
        configuration.wijken = 20
        configuration.gemeenten = 2
        configuration.metingen = [meting]
        configuration.seed = seed
        let generator = DemoGenerator(instrument: Fixtures.instrument, configuration: configuration)
        var text = generator.responsesHeader.joined(separator: ",") + "\n"
        generator.responses(meting: 0) { fields in text += fields.joined(separator: ",") + "\n" }
        return text
    }

    /// Everything the database holds, table by table and row by row, as text: equal before and
    /// after means that nothing was changed (the file's bytes may differ, e.g. by a checkpoint).
    static func content(_ db: Database) throws -> String {
        var text = ""
        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
            text += "\(table)\n"
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)") { text += "\(row)\n" }
        }
        return text
    }

    /// `content` of the database file at `path`. Opened for writing, as the tool opens it, so that
    /// closing it checkpoints and removes the -wal and -shm files (a read-only connection leaves
    /// them, and a folder made read-only afterwards would then still take writes).
    static func content(ofFile path: String) throws -> String {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read(content)
    }
}
