import ArgumentParser
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write figures (or every response) as CSV (to standard output or a file), an Excel workbook or an SPSS file.",
        subcommands: [ExportScores.self, ExportChange.self, ExportOutput.self, ExportResponses.self])
}

extension AreaLevel: ExpressibleByArgument {}

struct ExportScores: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scores",
        abstract: "Score levels per meting, area and construct.",
        discussion: """
            One row per meting × gebied × construct with n, mean (gemiddelde), standard deviation, \
            95% interval of the mean (Student t), % laag and % hoog, and a status: ok, indicatief \
            (fewer than 30 respondents) or onderdrukt (fewer than 10: every figure but n withheld).

            Example:
              veerkracht export scores --by wijk --meting 2025-voorjaar > scores.csv
              veerkracht export scores --by wijk --format xlsx --out scores.xlsx
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var disclosure: DisclosureOptions

    @Option(help: ArgumentHelp("Aggregate per wijk or per gemeente.", valueName: "wijk|gemeente"))
    var by: AreaLevel

    @Option(help: ArgumentHelp("Only this meting (default: all).", valueName: "label"))
    var meting: String?

    @OptionGroup var output: ExportFormatOptions

    func run() throws {
        try output.write(Reporting(store: database.open(), policy: disclosure.policy).scoresTable(level: by, meting: meting),
                         sheetName: "scores")
    }
}

struct ExportChange: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Change between two metingen per area and construct.",
        discussion: """
            One row per gebied × construct: n and mean at both metingen, the difference with its \
            95% Welch interval and whether that excludes 0 (significant: ja/nee), and for panel \
            respondents (answered both times) the share reliably improved or worsened (RCI). \
            Change is verandering, not proof of an effect.

            Example:
              veerkracht export change --by gemeente \\
                --van 2025-voorjaar --naar 2026-voorjaar
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var disclosure: DisclosureOptions

    @Option(help: ArgumentHelp("Aggregate per wijk or per gemeente.", valueName: "wijk|gemeente"))
    var by: AreaLevel

    @Option(help: ArgumentHelp("The earlier meting.", valueName: "label"))
    var van: String

    @Option(help: ArgumentHelp("The later meting.", valueName: "label"))
    var naar: String

    @OptionGroup var output: ExportFormatOptions

    func run() throws {
        try output.write(Reporting(store: database.open(), policy: disclosure.policy).changeTable(level: by, from: van, to: naar),
                         sheetName: "change")
    }
}
