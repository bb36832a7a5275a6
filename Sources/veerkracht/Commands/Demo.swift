import ArgumentParser
import Foundation
import VeerkrachtApp
import VeerkrachtCSV
import VeerkrachtCore
import VeerkrachtDemo
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
                respondents), two metingen with a panel answering twice and missing answers, a \
                year of activities before each meting and a few stories (verhalen) from the field, \
                approved and highlighted as an analist would; writes them as CSV files next to the \
                database, imports them exactly as `veerkracht import` does, prints the latest \
                meting per gemeente, and writes the HTML reports of wijk \(DemoPipeline.wijk) and its gemeente \
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

        func run() throws {
            let demo = try DemoPipeline(databasePath: database.path, seed: seed)
            let store: Store
            do {
                store = try demo.build(by: .commandLine) { step in
                    let outcome = try ImportRun.perform(title: "Importing \(step.file)", step.run)
                    Terminal.message("Imported \(outcome.rows) \(step.kind == .responses ? "responses" : "activities") from \(step.file)")
                }
            } catch let refusal as DemoDatabase.Refusal {
                throw CommandFailure(refusal)
            }
            Terminal.write("\n" + (try demo.overview(of: store, policy: disclosure.policy)))
            let reports = try demo.writeReports(of: store, policy: disclosure.policy)
            let metingen = demo.configuration.metingen
            let approved = try store.verhalen(status: .goedgekeurd)
            let waiting = try store.verhaalCounts()[.ingediend] ?? 0
            Terminal.write("""

                Demo database: \(database.path)
                Reports:       \(reports.joined(separator: "\n               "))
                Verhalen:      \(approved.count) approved (\(approved.filter(\.uitgelicht).count) highlighted for the gemeente summary), \
                \(waiting) waiting for review
                Try:  veerkracht export scores --by wijk --meting \(demo.latestMeting)
                      veerkracht export change --by gemeente --van \(metingen[0]) --naar \(demo.latestMeting)
                      veerkracht export output --by gemeente
                      veerkracht verhalen list
                      veerkracht metingen add 2026-najaar   (an open meting, to try the entry forms of `veerkracht serve`)

                """)
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
            Terminal.message("Wrote \(files.all.joined(separator: ", ")).")
        }
    }
}
