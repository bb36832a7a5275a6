import Foundation
import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtDemo
import VeerkrachtReports
import VeerkrachtStore

/// The demo from start to finish: synthetic data written as CSV files in a `demo` folder next to
/// the database, imported exactly as `veerkracht import` does, its metingen closed, an overview
/// per gemeente, and the reports of one wijk and its gemeente written next to the files. The shell
/// runs the steps in order and prints what they return.
///
/// ```swift
/// let demo = try DemoPipeline(databasePath: "demo.sqlite", seed: 2026)
/// let store = try demo.build(by: .command("demo")) { step in _ = try step.run(nil) }
/// print(try demo.overview(of: store, policy: DisclosurePolicy()))
/// let pages = try demo.writeReports(of: store, policy: DisclosurePolicy())
/// ```
public struct DemoPipeline {
    /// The wijk whose dashboard the demo writes (Centrum, Eindhoven), with its gemeente's summary.
    public static let wijk = "WK077201"

    /// The rapportagegebied the demo groups in Eindhoven: Achtse Barrier (6 respondents) with
    /// Woensel-Noord, the stadsdeel it lies in, so that reports show them as one area and need not
    /// withhold another wijk (Gestel) to protect Achtse Barrier.
    public static let rapportagegebied = (name: "Woensel-Noord en Achtse Barrier", wijken: ["WK077205", "WK077208"])

    /// One file to import, which the shell runs with its own progress display and messages.
    public struct Step {
        /// What a file holds.
        public enum Kind: Sendable {
            case responses, activities
        }

        /// The file's path.
        public let file: String
        public let kind: Kind
        /// Opens the file and imports it, reporting progress to the callback if given.
        public let run: ((@Sendable (ImportProgress) -> Void)?) throws -> ImportOutcome
    }

    /// A demo file that cannot be read or written, in words for the user.
    public struct FileError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The database the demo fills.
    public let databasePath: String
    /// What the demo generates (the default set with the given seed).
    public let configuration: DemoConfiguration
    /// The instrument the synthetic residents answer: the default one.
    public let instrument: Instrument

    public init(databasePath: String, seed: UInt64) throws {
        self.databasePath = databasePath
        var configuration = DemoConfiguration()
        configuration.seed = seed
        self.configuration = configuration
        instrument = try DefaultInstrument.load()
    }

    /// The folder of the demo's CSV files and reports: `demo` next to the database.
    public var folder: String {
        URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("demo").path
    }

    /// The meting the overview and the reports show: the last one.
    public var latestMeting: String { configuration.metingen.last! }

    /// The meting the reports compare with: the first, if there are two or more.
    public var previousMeting: String? { configuration.metingen.count > 1 ? configuration.metingen[0] : nil }

    /// Replaces the database (refused with `DemoDatabase.Refusal` when it holds other data), writes
    /// the CSV files, registers the default instrument, imports the gebied names, groups
    /// `rapportagegebied`, and then imports every
    /// responses file and the activities file through `runImport`, imports the demo's stories
    /// (`verhalen.csv`) and reviews them, and closes the metingen, both in the name of `actor`: the
    /// metingen are finished rounds, so gemeente accounts of the web app see them. Returns the
    /// filled store.
    public func build(by actor: Actor, runImport: (Step) throws -> Void) throws -> Store {
        try DemoDatabase.replace(at: databasePath)
        let generator = DemoGenerator(instrument: instrument, configuration: configuration)
        let files = try DemoFiles.write(generator, to: folder)

        let store = try Store(path: databasePath)
        try store.register(instrument, source: DefaultInstrument.source)
        _ = try store.importGebieden(from: try Self.open(files.gebieden), source: "demo:gebieden.csv")
        try store.addRapportagegebied(Self.rapportagegebied.name, wijken: Self.rapportagegebied.wijken)
        try DemoKaart.install(generator, folder: folder, in: store)
        for file in files.responses {
            try runImport(Step(file: file, kind: .responses) {
                try store.importResponses(from: try Self.open(file), source: Self.source(file), progress: $0)
            })
        }
        try runImport(Step(file: files.activiteiten, kind: .activities) {
            try store.importActivities(from: try Self.open(files.activiteiten), source: "demo:activiteiten.csv", progress: $0)
        })
        try DemoVerhalenFile.install(folder: folder, in: store, by: actor)
        for meting in configuration.metingen { try store.closeMeting(meting, by: actor) }
        return store
    }

    /// The latest meting's figures per gemeente as plain text.
    public func overview(of store: Store, policy: DisclosurePolicy) throws -> String {
        let cells = try store.scoreCells(level: .gemeente, meting: latestMeting)
        return OverviewText.render(cells, instrument: instrument, names: try store.areaNames(),
                                   respondents: try store.respondentCounts(level: .gemeente, meting: latestMeting), policy: policy)
    }

    /// Writes the dashboard of the demo wijk and the summary of its gemeente as HTML into the
    /// folder, and returns their paths.
    public func writeReports(of store: Store, policy: DisclosurePolicy) throws -> [String] {
        let reporting = Reporting(store: store, policy: policy)
        let wijk = try reporting.wijkReport(Self.wijk, meting: latestMeting, previous: previousMeting)
        let gemeente = try reporting.gemeenteReport(wijk.gemeente.code, meting: latestMeting, previous: previousMeting)
        let pages = [("wijk-\(wijk.wijk.code).html", HTMLReport.render(wijk)),
                     ("gemeente-\(gemeente.gemeente.code).html", HTMLReport.render(gemeente))]
        return try pages.map { name, html in
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                try html.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw FileError(description: "cannot write \(path): \(error.localizedDescription)")
            }
            return path
        }
    }

    private static func open(_ path: String) throws -> CSVReader {
        do {
            return try CSVReader(path: path)
        } catch let error as CSVError {
            throw FileError(description: error.message)
        }
    }

    private static func source(_ file: String) -> String { "demo:" + URL(fileURLWithPath: file).lastPathComponent }
}
