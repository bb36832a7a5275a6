import ArgumentParser
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a database and register the instrument.",
        discussion: """
            Creates the database file (and its folder) if needed, brings its schema up to date and \
            registers the default instrument, Veerkrachtmeter v2, or the instrument file you give. \
            Running it again on an existing database is safe; a database with Veerkrachtmeter v1 \
            gets v2 as its current instrument and keeps v1 and every answer to it. A database that holds only the demo's \
            data (`veerkracht demo`) is replaced by an empty one, so that own data never mixes with \
            synthetic residents; `veerkracht demo` makes the demo again. \
            An empty file (0 bytes, as made with touch) becomes a new database; any other file that \
            is not a Veerkracht database is refused and left as it is.

            Example:
              veerkracht init --db wijkmonitor.sqlite
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("An instrument file to register instead of Veerkrachtmeter v2.", valueName: "file"))
    var instrument: String?

    func run() throws {
        let (loaded, source) = try InstrumentFile.load(instrument)
        if try DemoDatabase.remove(at: database.path) {
            Terminal.message("\(database.path) held only the demo's data; it was removed (`veerkracht demo` makes it again).")
        }
        let store = try database.open(create: true, initialiseEmpty: true)
        try store.register(loaded, source: source)
        Terminal.message("Database ready at \(database.path) with instrument \(loaded.reference).")
    }
}
