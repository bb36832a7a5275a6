import VeerkrachtSpreadsheet

/// A workbook's sheet as the bytes of a CSV file whose line N is sheet row N: empty lines for
/// rows with nothing in them (the CSV reader skips them, but counts them), `,` between cells, a
/// cell quoted when it holds `,`, `;` or `"`, and a line break inside a cell read as a space. Every
/// row is as wide as the first filled row (the header): shorter rows get empty cells, empty cells
/// past it are dropped, so a row the spreadsheet leaves short still has its fields.
enum SheetCSV {
    /// The sheet has no filled row.
    struct EmptySheet: Error {
        let sheet: String
    }

    static func bytes(of workbook: XLSXReader, sheet: String?) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var lines = 0
        var width: Int?
        try workbook.readRows(sheet: sheet) { number, cells in
            var count = cells.count
            while count > 0 && cells[count - 1].isEmpty { count -= 1 }
            guard count > 0 else { return }
            if lines < number - 1 {
                bytes.append(contentsOf: repeatElement(newline, count: number - 1 - lines))
            }
            let columns = max(count, width ?? count)
            if width == nil { width = count }
            for index in 0..<columns {
                if index > 0 { bytes.append(comma) }
                if index < count { append(cells[index], to: &bytes) }
            }
            bytes.append(newline)
            lines = number
        }
        guard width != nil else { throw EmptySheet(sheet: sheet ?? workbook.sheetNames.first ?? "") }
        return bytes
    }

    private static func append(_ cell: String, to bytes: inout [UInt8]) {
        let utf8 = cell.utf8
        guard utf8.contains(where: { $0 == comma || $0 == semicolon || $0 == quote || $0 == newline || $0 == carriageReturn }) else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(quote)
        var previous: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case quote: bytes.append(contentsOf: [quote, quote])
            case carriageReturn: bytes.append(space)
            case newline: if previous != carriageReturn { bytes.append(space) }
            default: bytes.append(byte)
            }
            previous = byte
        }
        bytes.append(quote)
    }

    private static let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), space = UInt8(ascii: " ")
}
