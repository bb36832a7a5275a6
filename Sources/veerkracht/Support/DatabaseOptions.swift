import ArgumentParser
import Foundation
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtStore

/// `--db PATH`, shared by every command that uses a database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file. Default: $VEERKRACHT_DB, else $XDG_DATA_HOME/veerkracht/veerkracht.sqlite (~/.local/share/veerkracht/veerkracht.sqlite).",
        valueName: "path"))
    var db: String?

    /// The database path this command uses.
    var path: String { db ?? Self.defaultPath }

    static var defaultPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["VEERKRACHT_DB"], !path.isEmpty { return path }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (dataHome as NSString).appendingPathComponent("veerkracht/veerkracht.sqlite")
    }

    /// Opens the database; a missing one is created when `create` is true, else an error that says
    /// to run `init`, and an empty file is given a schema only when `initialiseEmpty` is true. A
    /// database of an earlier version is brought up to date first, saying so.
    func open(create: Bool = false, initialiseEmpty: Bool = false) throws -> Store {
        try Store(path: path, create: create, initialiseEmpty: initialiseEmpty) { migrations in
            Terminal.message("Bringing \(path) up to date (\(migrations.joined(separator: "; "))); a large database takes a minute or more …")
        }
    }

    /// Opens the database for importing own data: refused when it holds the demo's synthetic
    /// residents, which would mix with them in every figure.
    func openForOwnData() throws -> Store {
        let store = try open()
        do {
            try DemoDatabase.requireOwnData(store, at: path)
        } catch let refusal as DemoDatabase.Refusal {
            throw CommandFailure(refusal)
        }
        try updateInstrument(store)
        return store
    }

    /// Makes the bundled default instrument the current one of a database that still has an
    /// earlier version of it (`DefaultInstrument.bringUpToDate`), saying so.
    func updateInstrument(_ store: Store) throws {
        guard let registered = try DefaultInstrument.bringUpToDate(store) else { return }
        Terminal.message("\(path) now uses \(registered.reference), with the optional background questions "
            + "\(registered.backgroundItems.map(\.id).joined(separator: " and ")); answers to earlier versions stay valid.")
    }

    /// The database a parsed command works on, when it takes `--db` (for messages about it).
    static func path(of command: any ParsableCommand) -> String? {
        Mirror(reflecting: command).children.lazy.compactMap { ($0.value as? OptionGroup<DatabaseOptions>)?.wrappedValue.path }.first
    }
}

extension Actor {
    /// The person running this command, for the audit log.
    static var commandLine: Actor { .command(ProcessInfo.processInfo.userName) }
}

/// The disclosure-control thresholds (SPEC §4).
struct DisclosureOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Withhold every figure but n of cells with fewer respondents.", valueName: "n"))
    var suppressBelow = 10

    @Option(help: ArgumentHelp("Mark cells with fewer respondents as indicatief.", valueName: "n"))
    var indicativeBelow = 30

    func validate() throws {
        guard Limits.suppressBelow.contains(suppressBelow), Limits.indicativeBelow.contains(indicativeBelow),
              indicativeBelow >= suppressBelow else {
            throw ValidationError("--suppress-below must be \(Limits.suppressBelow.lowerBound)–\(Limits.suppressBelow.upperBound) "
                + "and --indicative-below \(Limits.indicativeBelow.lowerBound)–\(Limits.indicativeBelow.upperBound), not below --suppress-below")
        }
    }

    var policy: DisclosurePolicy { DisclosurePolicy(suppressBelow: suppressBelow, indicativeBelow: indicativeBelow) }
}
