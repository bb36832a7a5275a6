import ArgumentParser
import Foundation
import VeerkrachtStore

struct ImportVerhalen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verhalen",
        abstract: "Import stories (verhalen) from the field, all or nothing; each waits for an analist's review.",
        discussion: """
            The file has a header row with the columns wijk (CBS code), datum (YYYY-MM-DD), \
            hulpbronnen (the hulpbronnen the story illustrates, at least one, separated by |: \
            cohesie|binding), titel (up to 120 characters), tekst (up to 1,000 characters; line \
            breaks are kept) and bevestiging: 'ja' confirms that the story holds no names or other \
            details that identify a resident. A text with an e-mail address, a phone number, a \
            postcode or a street with a house number is refused. Columns may come in any order; \
            other columns are ignored with a warning. An Excel workbook (.xlsx) is read from its \
            first sheet or the one --sheet names.

            If any row has an error, nothing is stored: every error is listed as \
            'line L, column C: reason' and the exit status is 1. Imported stories appear in \
            reports only once an analist approved them (in the web app, or with \
            `veerkracht verhalen approve ID`).

            Example:
              veerkracht import verhalen verhalen-voorjaar.csv
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The CSV file or Excel workbook (.xlsx) to import.", valueName: "file"))
    var file: String

    @OptionGroup var sheet: SheetOption

    func run() throws {
        let store = try database.openForOwnData()
        let reader = try CSVFile.open(file, sheet: sheet.sheet)
        let outcome = try ImportRun.perform(title: "Importing \(file)") {
            try store.importVerhalen(from: reader, source: URL(fileURLWithPath: file).lastPathComponent, progress: $0)
        }
        Terminal.message("Imported \(outcome.rows) \(outcome.rows == 1 ? "story" : "stories") from \(file) as import \(outcome.batchID), "
            + "waiting for review (`veerkracht verhalen list`); `veerkracht import undo \(outcome.batchID)` removes them again.")
    }
}
