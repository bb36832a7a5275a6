import VeerkrachtCSV
import VeerkrachtReports
import VeerkrachtSPSS
import VeerkrachtStore

/// The formats of `export responses`: the export formats, and SPSS.
public enum ResponsesFormat: String, Sendable, CaseIterable {
    case csv
    case csvNL = "csv-nl"
    case xlsx
    /// An SPSS data file, through the ReadStat library (loaded at run time).
    case sav

    /// The export format it is; nil for SPSS.
    var exportFormat: ExportFormat? {
        switch self {
        case .csv: .csv
        case .csvNL: .csvNL
        case .xlsx: .xlsx
        case .sav: nil
        }
    }
}

/// Why `export responses` could not be written in the chosen format.
public enum ResponsesExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// More responses than an Excel sheet has rows.
    case tooManyRowsForExcel(responses: Int)

    public var description: String {
        switch self {
        case .tooManyRowsForExcel(let responses):
            "\(responses) responses do not fit in an Excel sheet (\(ResponsesExport.excelRowLimit) rows below the header at most)"
        }
    }
}

/// One row per stored response, with its raw answers and scores, for analysts: written as it is
/// read, so memory stays flat however many responses there are.
///
/// ```swift
/// let rows = try ResponsesExport(store: store).write(.sav, to: "antwoorden.sav", meting: "2025-voorjaar")
/// ```
public struct ResponsesExport {
    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// The rows an Excel sheet holds below its header (1,048,576 in all).
    public static let excelRowLimit = 1_048_575

    /// Progress is reported every this many rows.
    public static let progressInterval = 10_000

    /// Writes the responses of `meting` (nil: every meting) in `format` to `path` (nil: standard
    /// output, CSV only), calling `progress` with the rows written and the total every
    /// `progressInterval` rows. Returns the number of rows.
    /// - Throws: `MetingError.unknown` for an unknown meting; `ResponsesExportError` for more
    ///   responses than an Excel sheet holds; `SPSSWriteError`, `CSVWriteError` or
    ///   `SpreadsheetWriteError` when the file cannot be written; nothing is left at `path` then.
    @discardableResult
    public func write(_ format: ResponsesFormat, to path: String?, meting: String? = nil,
                      progress: ((_ rows: Int, _ total: Int) -> Void)? = nil) throws -> Int {
        if format == .sav, !SAVWriter.isAvailable { throw SPSSWriteError.libraryMissing }
        return try store.scanResponses(meting: meting) { scan in
            var rows = 0
            let advance = {
                rows += 1
                if rows % Self.progressInterval == 0 { progress?(rows, scan.count) }
            }
            if let tableFormat = format.exportFormat {
                try Self.writeTable(scan, format: tableFormat, to: path, advance: advance)
            } else {
                guard let path else { throw SPSSWriteError.cannotWrite(path: "-", reason: "an SPSS file needs a path") }
                try Self.writeSAV(scan, to: path, advance: advance)
            }
            return rows
        }
    }

    private static func writeTable(_ scan: ResponseScan, format: ExportFormat, to path: String?, advance: () -> Void) throws {
        if format == .xlsx, scan.count > excelRowLimit { throw ResponsesExportError.tooManyRowsForExcel(responses: scan.count) }
        let columns = ResponseExportColumns(instrument: scan.instrument)
        let stream = try ExportStream(format: format, header: columns.names, path: path, sheetName: "responses")
        var fields: [CSVField] = []
        try scan.forEach { row in
            columns.fields(row, into: &fields)
            try stream.append(fields)
            advance()
        }
        try stream.finish()
    }

    private static func writeSAV(_ scan: ResponseScan, to path: String, advance: () -> Void) throws {
        let columns = ResponseExportColumns(instrument: scan.instrument)
        let writer = try SAVWriter(path: path, variables: columns.variables(respondentWidth: scan.respondentWidth, metingWidth: scan.metingWidth),
                                   rowCount: scan.count, fileLabel: scan.instrument.title)
        var values: [SAVValue] = []
        try scan.forEach { row in
            columns.values(row, into: &values)
            try writer.append(values)
            advance()
        }
        try writer.finish()
    }
}
