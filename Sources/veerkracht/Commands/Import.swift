import ArgumentParser
import Foundation
import VeerkrachtApp
import VeerkrachtCSV
import VeerkrachtStore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import questionnaire responses, activities, verhalen or gebied names from CSV files or Excel workbooks (.xlsx).",
        discussion: """
            Every import is all or nothing and is recorded with a number: `veerkracht import list` \
            shows them, `veerkracht import undo N` removes exactly the rows of one. Own data is not \
            imported into the demo database.
            """,
        subcommands: [ImportResponses.self, ImportActivities.self, ImportVerhalen.self, ImportGebieden.self, ImportList.self, ImportUndo.self])
}

struct ImportResponses: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "responses",
        abstract: "Import a responses file: validate, score and store it, all or nothing.",
        discussion: """
            The file has a header row with the columns respondent, wijk (CBS code), datum \
            (YYYY-MM-DD), meting (optional with --meting) and one column per item of the instrument \
            (coh1, coh2, …). Other columns are ignored with a warning. The delimiter (, or ;) is \
            detected; an empty cell or NA is a missing answer. An Excel workbook (.xlsx) is read \
            from its first sheet or the one --sheet names; line L of a message is its row L.

            A meting the database does not have yet is added (and named in a warning), unless it \
            looks like one it has (2026-Voorjaar for 2026-voorjaar): then the import is refused; \
            add a really new meting first with `veerkracht metingen add`. A closed meting takes no \
            imports. Dates may not lie in the future nor outside the meting's period.

            Exports of KoboToolbox, ODK Central and LimeSurvey are read as they come: group \
            prefixes (groep/coh1, groep-coh1) are taken off, the tools' own columns are ignored, \
            question texts may stand for the column names and answer texts (labels) for the \
            values; "weet niet" codes such as 98 and 99 are missing answers. Dates may be \
            date-times (the date part is kept) or day first as a Dutch Excel writes them \
            (25-4-2025); a decimal comma is read (5,0 is 5).

            Another source's columns and answer codes map with --kolommen FILE, a YAML file:
              kolommen:               # column in the file: item id or respondent, wijk, datum, meting
                "Q1[SQ001]": coh1
                token: respondent
              waarden:                # answer texts and their values, for 'alle' items or one item
                alle: {A1: 1, A2: 2, A3: 3, A4: 4, A5: 5}
              ontbrekend: ["-oth-"]   # extra codes for "weet niet"

            If any row has an error, nothing is stored: every error is listed as \
            'line L, column C: reason' and the exit status is 1.

            Example:
              veerkracht import responses enquete-2025.csv --meting 2025-voorjaar
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The CSV file or Excel workbook (.xlsx) to import.", valueName: "file"))
    var file: String

    @OptionGroup var sheet: SheetOption

    @Option(help: ArgumentHelp("Meting label for rows without a meting column or cell, e.g. 2025-voorjaar.", valueName: "label"))
    var meting: String?

    @Option(help: ArgumentHelp("Id of the instrument the responses answered (default: the last registered).", valueName: "id"))
    var instrument: String?

    @Option(help: ArgumentHelp("A YAML file mapping the file's columns and answer codes onto the instrument (see above).",
                               valueName: "file"))
    var kolommen: String?

    func run() throws {
        let store = try database.openForOwnData()
        let stored = try store.instrument(id: instrument)
        let mapping = try kolommen.map { try MappingFile.load($0, instrument: stored.instrument) }
        let reader = try CSVFile.open(file, sheet: sheet.sheet)
        let outcome = try ImportRun.perform(title: "Importing \(file)") {
            try store.importResponses(from: reader, source: URL(fileURLWithPath: file).lastPathComponent, meting: meting,
                                      instrument: stored, mapping: mapping, progress: $0)
        }
        Terminal.message("Imported \(outcome.rows) responses from \(file) (instrument \(stored.instrument.reference)) "
            + "as import \(outcome.batchID); `veerkracht import undo \(outcome.batchID)` removes them again.")
    }
}

struct ImportGebieden: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gebieden",
        abstract: "Import names of gemeenten and wijken.",
        discussion: """
            The file has the columns code and naam; codes are CBS gemeente codes (GM0772) or wijk \
            codes (WK077201). Names appear in reports. All or nothing, like every import.

            Example:
              veerkracht import gebieden gebieden.csv
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The CSV file or Excel workbook (.xlsx) to import.", valueName: "file"))
    var file: String

    @OptionGroup var sheet: SheetOption

    func run() throws {
        let store = try database.openForOwnData()
        let reader = try CSVFile.open(file, sheet: sheet.sheet)
        let outcome = try ImportRun.perform(title: "Importing \(file)") { _ in
            try store.importGebieden(from: reader, source: URL(fileURLWithPath: file).lastPathComponent)
        }
        Terminal.message("Imported \(outcome.rows) gebied names from \(file).")
    }
}

/// Opening files to import (CSV or .xlsx), with a clear error.
enum CSVFile {
    static func open(_ path: String, sheet: String? = nil) throws -> CSVReader {
        do {
            return try ImportFile.open(path, sheet: sheet)
        } catch {
            throw CommandFailure(error.message)
        }
    }
}

/// `--sheet NAME`: which sheet of an Excel workbook to import.
struct SheetOption: ParsableArguments {
    @Option(help: ArgumentHelp("The sheet of an Excel workbook (.xlsx) to import (default: the first).", valueName: "name"))
    var sheet: String?
}

/// Runs an import with progress on the terminal, printing warnings and turning a refusal into exit status 1.
enum ImportRun {
    static func perform(title: String, _ body: ((@Sendable (ImportProgress) -> Void)?) throws -> ImportOutcome) throws -> ImportOutcome {
        let progress = Terminal.progress(title)
        do {
            let outcome = try body(progress)
            if progress != nil { Terminal.endProgress() }
            for warning in outcome.warnings { Terminal.message("warning: \(warning)") }
            return outcome
        } catch let refused as ImportRefused {
            if progress != nil { Terminal.endProgress() }
            for warning in refused.warnings { Terminal.message("warning: \(warning)") }
            throw CommandFailure(refused.description)
        }
    }
}
