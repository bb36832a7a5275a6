import ArgumentParser
import Foundation
import VeerkrachtApp
import VeerkrachtSPSS

extension ResponsesFormat: ExpressibleByArgument {}

struct ExportResponses: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "responses",
        abstract: "Every stored response: raw answers and scores, for Excel or SPSS.",
        discussion: """
            One row per response, ordered by meting, wijk and respondent: respondent, wijk, gemeente, \
            meting and datum, then every item's answer and every construct's score (columns named by \
            their ids; a missing answer or score is empty, in SPSS system-missing). Individual \
            answers are not suppressed: handle the file as personal data.

            --format sav writes an SPSS data file with the questions as variable labels, the answer \
            labels as value labels and the "weet niet" codes declared missing. It needs the \
            ReadStat library (Debian/Ubuntu: apt-get install libreadstat1).

            Example:
              veerkracht export responses --format sav --out antwoorden.sav
              veerkracht export responses --meting 2025-voorjaar > antwoorden.csv
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Only this meting (default: all).", valueName: "label"))
    var meting: String?

    @Option(help: ArgumentHelp(
        "csv (comma separated, decimal point), csv-nl (for a Dutch Excel), xlsx (an Excel workbook) or sav (SPSS); xlsx and sav need --out.",
        valueName: "csv|csv-nl|xlsx|sav"))
    var format: ResponsesFormat = .csv

    @Option(help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var out: String?

    func validate() throws {
        if out == nil, format == .xlsx || format == .sav {
            throw ValidationError("--format \(format.rawValue) writes a binary file, not text: add --out FILE.\(format.rawValue)")
        }
    }

    func run() throws {
        let export = ResponsesExport(store: try database.open())
        let showsProgress = out != nil && Terminal.stderrIsTerminal
        do {
            try export.write(format, to: out, meting: meting, progress: showsProgress ? { rows, total in
                let percent = total > 0 ? " \(rows * 100 / total)%" : ""
                FileHandle.standardError.write(Data("\rExporting responses:\(percent) \(rows) rows".utf8))
            } : nil)
        } catch SPSSWriteError.libraryMissing {
            throw CommandFailure("SPSS export needs the ReadStat library: apt-get install libreadstat1 (Debian/Ubuntu)")
        } catch let error as ResponsesExportError {
            throw CommandFailure("\(error); export one meting at a time (--meting) or use --format csv or sav")
        } catch let error where StoreErrorMessages.message(for: error, path: nil) == nil {
            // A file that cannot be written: SPSSWriteError, CSVWriteError, SpreadsheetWriteError.
            throw CommandFailure("\(error)")
        }
        if showsProgress { Terminal.endProgress() }
        if let out { Terminal.message("Wrote \(out)") }
    }
}
