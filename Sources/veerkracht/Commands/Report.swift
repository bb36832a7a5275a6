import ArgumentParser
import Foundation
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtReports

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a wijk dashboard or a gemeente impact summary.",
        subcommands: [Wijk.self, Gemeente.self])

    /// Output format of a report.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, json
    }

    /// Options every report takes.
    struct Options: ParsableArguments {
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var disclosure: DisclosureOptions

        @Option(help: ArgumentHelp("The meting to report on.", valueName: "label"))
        var meting: String

        @Option(help: ArgumentHelp("An earlier meting to show change since.", valueName: "label"))
        var vorige: String?

        @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
        var out: String

        @Option(help: "html (a self-contained page) or json (the same figures for other tools).")
        var format: Format = .html

        /// The reports of the database under the chosen disclosure thresholds.
        func reporting() throws -> Reporting {
            Reporting(store: try database.open(), policy: disclosure.policy)
        }

        /// Writes the report in the chosen format.
        func write(html: @autoclosure () -> String, json: @autoclosure () -> String) throws {
            let text = format == .html ? html() : json()
            do {
                try text.write(toFile: out, atomically: true, encoding: .utf8)
            } catch {
                throw CommandFailure("cannot write \(out): \(error.localizedDescription)")
            }
            Terminal.message("Wrote \(out)")
        }
    }

    struct Wijk: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The dashboard of one wijk: output next to outcome.",
            discussion: """
                For a wijkteam and its opdrachtgever: what was done in the meting's period \
                (activities, participants, hours, volunteers) next to how residents score on \
                every construct, against the gemeente, and how that changed since --vorige. \
                Cells with too few respondents are withheld.

                Example:
                  veerkracht report wijk WK077201 --meting 2026-voorjaar \\
                    --vorige 2025-voorjaar --out wijk.html
                """)

        @Argument(help: ArgumentHelp("CBS wijk code, e.g. WK077201.", valueName: "wijk"))
        var code: String

        @OptionGroup var options: Options

        func run() throws {
            let report = try options.reporting().wijkReport(code, meting: options.meting, previous: options.vorige)
            try options.write(html: HTMLReport.render(report), json: ReportJSON.render(report))
        }
    }

    struct Gemeente: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The impact summary of a gemeente: aggregates only.",
            discussion: """
                For the municipality: headline figures, every wijk × construct with withheld \
                cells marked, change since --vorige, output per thema and hulpbron, and plain \
                sentences on what changed significantly. When a wijk had to be withheld to \
                protect a small one, a note on the terminal names both and the \
                rapportagegebied that would avoid it (see `veerkracht rapportagegebieden`). With a wijk map (stored with \
                `veerkracht kaart set`, or given with --kaart) the wijken are drawn on a map.

                Example:
                  veerkracht report gemeente GM0772 --meting 2026-voorjaar \\
                    --vorige 2025-voorjaar --out gemeente.html
                """)

        @Argument(help: ArgumentHelp("CBS gemeente code, e.g. GM0772.", valueName: "gemeente"))
        var code: String

        @OptionGroup var options: Options

        @OptionGroup var kaart: KaartOptions

        func run() throws {
            let report = try options.reporting().gemeenteReport(code, meting: options.meting, previous: options.vorige,
                                                                kaart: kaart.map(), kaartConstruct: kaart.kaartConstruct)
            try options.write(html: HTMLReport.render(report), json: ReportJSON.render(report))
            for protection in report.protections {
                func label(_ row: GemeenteReport.WijkRow) -> String {
                    let count = "\(MessageText.count(row.respondents)) respondent\(row.respondents == 1 ? "" : "s")"
                    return row.wijk.name == row.wijk.code ? "\(row.wijk.code) (\(count))" : "\(row.wijk.name) (\(row.wijk.code), \(count))"
                }
                Terminal.message("note: \(label(protection.withheld)) is withheld to protect "
                    + protection.protects.map(label).joined(separator: "; ") + ": with fewer than "
                    + "\(options.disclosure.policy.suppressBelow) respondents, \(protection.protects.count == 1 ? "its" : "their") "
                    + "figures could otherwise be recomputed from the gemeente's")
            }
            if let suggestion = report.groupingSuggestion(policy: options.disclosure.policy) {
                let small = suggestion.wijken.prefix(report.protections.first?.protects.count ?? 0).map(\.wijk.name).joined(separator: ", ")
                let added = suggestion.wijken.dropFirst(report.protections.first?.protects.count ?? 0).map(\.wijk.name).joined(separator: ", ")
                Terminal.message("note: grouping \(small) \(added.isEmpty ? "together" : "with \(added)"), reported as one area, would avoid it: "
                    + "veerkracht rapportagegebieden add \"\(suggestion.name)\" " + suggestion.wijken.map(\.wijk.code).joined(separator: " "))
            }
        }
    }
}
