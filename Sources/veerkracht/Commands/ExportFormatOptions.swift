import ArgumentParser
import Foundation
import VeerkrachtCSV
import VeerkrachtReports

extension ExportFormat: ExpressibleByArgument {}

/// The format and destination every export takes: CSV to standard output by default.
struct ExportFormatOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "csv (comma separated, decimal point), csv-nl (for a Dutch Excel: semicolons, decimal comma) or xlsx (an Excel workbook; needs --out).",
        valueName: "csv|csv-nl|xlsx"))
    var format: ExportFormat = .csv

    @Option(help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var out: String?

    func validate() throws {
        if format == .xlsx, out == nil {
            throw ValidationError("--format xlsx writes a workbook, not text: add --out FILE.xlsx")
        }
    }

    /// Writes `table` in the chosen format to `--out` (whole or not at all) or standard output;
    /// `sheetName` names the workbook's sheet.
    func write(_ table: ExportTable, sheetName: String) throws {
        let bytes: [UInt8]
        switch format {
        case .csv: bytes = table.csvBytes(.standard)
        case .csvNL: bytes = table.csvBytes(.dutchExcel)
        case .xlsx:
            guard let out else { return }
            do {
                try table.writeXLSX(to: out, sheetName: sheetName)
            } catch {
                throw CommandFailure("\(error)")
            }
            Terminal.message("Wrote \(out)")
            return
        }
        guard let out else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(out): \(error.localizedDescription)")
        }
        Terminal.message("Wrote \(out)")
    }
}
