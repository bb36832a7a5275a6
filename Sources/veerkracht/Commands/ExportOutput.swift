import ArgumentParser
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtStore

struct ExportOutput: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "output",
        abstract: "What was done per area: activities, participants, hours, volunteers.",
        discussion: """
            One row per gebied with activities in the period: the number of activities, \
            deelnemers, uren and vrijwilligers summed, and per hulpbron the number of activities \
            contributing to it. Dates are inclusive. Output describes the organisation's work, \
            not residents, so nothing is suppressed.

            Example:
              veerkracht export output --by wijk \\
                --van 2025-01-01 --tot 2025-12-31 --format csv-nl --out output-2025.csv
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Aggregate per wijk or per gemeente.", valueName: "wijk|gemeente"))
    var by: AreaLevel

    @Option(help: ArgumentHelp("First date counted, YYYY-MM-DD (default: the first activity).", valueName: "date"))
    var van: String?

    @Option(help: ArgumentHelp("Last date counted, YYYY-MM-DD (default: the last activity).", valueName: "date"))
    var tot: String?

    @OptionGroup var output: ExportFormatOptions

    func validate() throws {
        for (option, value) in [("--van", van), ("--tot", tot)] {
            if let value, case .failure(let problem) = FieldParsing.date(value) { throw ValidationError("\(option): \(problem)") }
        }
        if let van, let tot, van > tot { throw ValidationError("--van \(van) lies after --tot \(tot)") }
    }

    func run() throws {
        try output.write(Reporting(store: database.open()).outputTable(level: by, from: van, to: tot), sheetName: "output")
    }
}
