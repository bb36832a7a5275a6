import ArgumentParser
import Foundation
import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtDemo
import VeerkrachtReports
import VeerkrachtStore

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fill a database with realistic synthetic data and show the figures.",
        subcommands: [Run.self, Generate.self],
        defaultSubcommand: Run.self)

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the demo database and print a summary per gemeente (the default).",
            discussion: """
                Generates six gemeenten with wijken of very different sizes (some under 10 \
                respondents), two metingen with a panel answering twice and missing answers, and a \
                year of activities before each meting; writes them as CSV files next to the \
                database, imports them exactly as `veerkracht import` does, prints the latest \
                meting per gemeente, and writes the HTML reports of wijk \(demoWijk) and its gemeente \
                next to the CSV files. An existing database is replaced only if it holds nothing but \
                demo data.

                Example:
                  veerkracht demo
                  veerkracht export scores --by wijk
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var disclosure: DisclosureOptions

        @Option(help: "Seed of the synthetic data; the same seed gives the same data.")
        var seed: UInt64 = 2026

        /// The wijk whose dashboard the demo writes (Centrum, Eindhoven), with its gemeente's summary.
        static let demoWijk = "WK077201"

        func run() throws {
            try DemoDatabase.replace(at: database.path)
            let instrument = try DefaultInstrument.load()
            var configuration = DemoConfiguration()
            configuration.seed = seed
            let generator = DemoGenerator(instrument: instrument, configuration: configuration)
            let folder = URL(fileURLWithPath: database.path).deletingLastPathComponent().appendingPathComponent("demo").path
            let files = try DemoFiles.write(generator, to: folder)

            let store = try Store(path: database.path)
            try store.register(instrument, source: DefaultInstrument.source)
            _ = try store.importGebieden(from: try CSVFile.open(files.gebieden), source: "demo:gebieden.csv")
            for file in files.responses {
                let outcome = try ImportRun.perform(title: "Importing \(file)") {
                    try store.importResponses(from: try CSVFile.open(file), source: "demo:" + URL(fileURLWithPath: file).lastPathComponent, progress: $0)
                }
                Terminal.message("Imported \(outcome.rows) responses from \(file)")
            }
            let activities = try ImportRun.perform(title: "Importing \(files.activiteiten)") {
                try store.importActivities(from: try CSVFile.open(files.activiteiten), source: "demo:activiteiten.csv", progress: $0)
            }
            Terminal.message("Imported \(activities.rows) activities from \(files.activiteiten)")
            // The demo's metingen are finished rounds: closed, so gemeente accounts of the web app see them.
            for meting in configuration.metingen { try store.closeMeting(meting, by: .commandLine) }
            let latest = configuration.metingen.last!
            let cells = try store.scoreCells(level: .gemeente, meting: latest)
            Terminal.write("\n" + OverviewText.render(cells, instrument: instrument, names: try store.areaNames(),
                                                      respondents: try store.respondentCounts(level: .gemeente, meting: latest),
                                                      policy: disclosure.policy))
            let previous = configuration.metingen.count > 1 ? configuration.metingen[0] : nil
            let reports = try writeReports(store, folder: folder, meting: latest, previous: previous)
            Terminal.write("""

                Demo database: \(database.path)
                Reports:       \(reports.joined(separator: "\n               "))
                Try:  veerkracht export scores --by wijk --meting \(latest)
                      veerkracht export change --by gemeente --van \(configuration.metingen[0]) --naar \(latest)
                      veerkracht export output --by gemeente
                      veerkracht metingen add 2026-najaar   (an open meting, to try the entry forms of `veerkracht serve`)

                """)
        }

        /// Writes the dashboard of the demo wijk and the summary of its gemeente as HTML into
        /// `folder`, and returns their paths.
        private func writeReports(_ store: Store, folder: String, meting: String, previous: String?) throws -> [String] {
            let wijk = try WijkReport(wijk: Self.demoWijk, meting: meting, previous: previous, source: store, policy: disclosure.policy)
            let gemeente = try GemeenteReport(gemeente: wijk.gemeente.code, meting: meting, previous: previous, source: store,
                                              policy: disclosure.policy)
            let pages = [("wijk-\(wijk.wijk.code).html", HTMLReport.render(wijk)),
                         ("gemeente-\(gemeente.gemeente.code).html", HTMLReport.render(gemeente))]
            return try pages.map { name, html in
                let path = (folder as NSString).appendingPathComponent(name)
                do {
                    try html.write(toFile: path, atomically: true, encoding: .utf8)
                } catch {
                    throw CommandFailure("cannot write \(path): \(error.localizedDescription)")
                }
                return path
            }
        }
    }

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write synthetic data as CSV files in the import formats.",
            discussion: """
                Writes gebieden.csv (code,naam), one responses-<meting>.csv per meting and \
                activiteiten.csv (a year of activities before each meting) into the folder. Without \
                --respondents it writes the demo's six named gemeenten; with it, that many \
                respondents per meting spread over --wijken wijken in --gemeenten gemeenten. The \
                same seed always gives the same files.

                Example:
                  veerkracht demo generate --out data \\
                    --respondents 1000000 --wijken 3000 --gemeenten 250
                """)

        @Option(help: ArgumentHelp("Folder to write the files into (created if needed).", valueName: "folder"))
        var out: String

        @Option(help: "Seed of the synthetic data: a whole number from 0 to 18446744073709551615.")
        var seed: UInt64 = 2026

        @Option(help: ArgumentHelp("Respondents per meting: from --wijken (one per wijk) to 10000000 (default: the named demo set).",
                                   valueName: "n"))
        var respondents: Int?

        @Option(help: "Number of wijken (with --respondents): from --gemeenten to 1296 per gemeente.")
        var wijken = 3000

        @Option(help: "Number of gemeenten (with --respondents): 1 to 9999.")
        var gemeenten = 250

        @Option(help: ArgumentHelp("Meting labels, comma separated: 1 to 100, different; a label that starts with a number starts "
                                       + "with its year (1901–2026).", valueName: "labels"))
        var metingen = "2025-voorjaar,2026-voorjaar"

        @Option(help: "Share of respondents who answer the next meting again: 0 to 1.")
        var panel = 0.4

        @Option(help: "Share of missing answers: 0 to 1.")
        var missing = 0.05

        /// What the options ask for; `DemoConfiguration.validate()` holds the ranges above.
        private var configuration: DemoConfiguration {
            var configuration = DemoConfiguration()
            configuration.seed = seed
            configuration.respondents = respondents
            configuration.wijken = wijken
            configuration.gemeenten = gemeenten
            configuration.metingen = metingen.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            configuration.panelShare = panel
            configuration.missingShare = missing
            return configuration
        }

        func validate() throws {
            do {
                try configuration.validate()
            } catch {
                throw ValidationError(error.description)
            }
        }

        func run() throws {
            let files = try DemoFiles.write(DemoGenerator(instrument: try DefaultInstrument.load(), configuration: configuration), to: out)
            Terminal.message("Wrote \(([files.gebieden] + files.responses + [files.activiteiten]).joined(separator: ", ")).")
        }
    }
}

/// Writing a demo data set to CSV files.
enum DemoFiles {
    static func write(_ generator: DemoGenerator, to folder: String) throws -> (gebieden: String, responses: [String], activiteiten: String) {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let gebieden = (folder as NSString).appendingPathComponent("gebieden.csv")
        var writer = try CSVFileWriter(path: gebieden, header: DemoGenerator.gebiedenHeader)
        generator.gebieden.forEach { writer.append($0) }
        writer.close()
        let responses = try generator.configuration.metingen.indices.map { index in
            let path = (folder as NSString).appendingPathComponent("responses-\(generator.configuration.metingen[index]).csv")
            var writer = try CSVFileWriter(path: path, header: generator.responsesHeader)
            generator.responses(meting: index) { writer.append($0) }
            writer.close()
            return path
        }
        let activiteiten = (folder as NSString).appendingPathComponent("activiteiten.csv")
        var activityWriter = try CSVFileWriter(path: activiteiten, header: DemoGenerator.activitiesHeader)
        for index in generator.configuration.metingen.indices {
            generator.activities(meting: index) { activityWriter.append($0) }
        }
        activityWriter.close()
        return (gebieden, responses, activiteiten)
    }
}
