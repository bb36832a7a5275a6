import ArgumentParser
import Foundation
import VeerkrachtStore

struct ImportActivities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activiteiten",
        abstract: "Import an activities file (output registration), all or nothing.",
        discussion: """
            The file has a header row with the columns datum (YYYY-MM-DD), wijk (CBS code), \
            activiteit (its name), thema (one of `veerkracht themas list`), deelnemers and \
            vrijwilligers (whole numbers), uren (hours; 1.5 or 1,5) and hulpbronnen: the \
            hulpbronnen the activity contributes to, separated by | (cohesie|binding), or empty. \
            Columns may come in any order; other columns are ignored with a warning. An Excel \
            workbook (.xlsx) is read from its first sheet or the one --sheet names.

            If any row has an error, nothing is stored: every error is listed as \
            'line L, column C: reason' and the exit status is 1. A row identical to an activity \
            imported before is an error too, so a file cannot be counted twice.

            Example:
              veerkracht import activiteiten activiteiten-2025.csv
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The CSV file or Excel workbook (.xlsx) to import.", valueName: "file"))
    var file: String

    @OptionGroup var sheet: SheetOption

    func run() throws {
        let store = try database.openForOwnData()
        let reader = try CSVFile.open(file, sheet: sheet.sheet)
        let outcome = try ImportRun.perform(title: "Importing \(file)") {
            try store.importActivities(from: reader, source: URL(fileURLWithPath: file).lastPathComponent, progress: $0)
        }
        Terminal.message("Imported \(outcome.rows) \(outcome.rows == 1 ? "activity" : "activities") from \(file) as import \(outcome.batchID); "
            + "`veerkracht import undo \(outcome.batchID)` removes them again.")
    }
}
