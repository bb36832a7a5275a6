import ArgumentParser
import Foundation
import VeerkrachtApp

extension Surveys {
    struct XLSFormCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "xlsform",
            abstract: "Write an instrument as an XLSForm, to collect it offline with KoboToolbox, ODK or Enketo.",
            discussion: """
                The workbook (survey, choices and settings sheets, Dutch labels) loads in KoboToolbox \
                and ODK Central as it is. Their export (CSV or XLS; names or labels as headers and \
                values; with or without groups in headers) imports with `veerkracht import responses` \
                and no options. Without a database and --instrument, the default instrument's form is \
                written. See Surveys/README.md.

                Example:
                  veerkracht surveys xlsform --out veerkrachtmeter.xlsx
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Id of the instrument (default: the last registered).", valueName: "id"))
        var instrument: String?

        @Option(help: ArgumentHelp("The workbook to write.", valueName: "file.xlsx"))
        var out: String

        func run() throws {
            let form = instrument == nil && !FileManager.default.fileExists(atPath: database.path)
                ? try DefaultInstrument.load()
                : try database.open().instrument(id: instrument).instrument
            do {
                try XLSForm(form).write(to: out)
            } catch {
                throw CommandFailure("\(error)")
            }
            Terminal.message("Wrote \(out): the XLSForm of \(form.reference)")
        }
    }
}
