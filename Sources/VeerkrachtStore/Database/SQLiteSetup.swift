import CSQLiteSetup
import GRDB

/// Where every connection's configuration starts, so that SQLite's process-wide setup
/// (`veerkracht_sqlite_setup`: multi-thread mode, no memory statistics) happens before the first
/// connection opens. Without it every SQLite call locks the connection's mutex and every
/// allocation a process-wide one: about 3% of an import's instructions (BENCHMARKS.md).
enum SQLiteSetup {
    private static let processWide: Void = { _ = veerkracht_sqlite_setup() }()

    /// A fresh configuration, after the process-wide setup.
    static func configuration() -> Configuration {
        processWide
        return Configuration()
    }
}
