/// Turns a sheet part's XML events into rows of text, collected in `rows` as each ends for the
/// reader to hand on after every chunk, so the sheet is never held whole. Cells are placed by their reference (`r="C7"`): a gap in a row is an
/// empty cell; a row's number comes from its `r`. Cell types: `s` (shared string), `inlineStr`,
/// `str` (a formula's text), `b` (`TRUE`/`FALSE`), `e` (the error, such as `#N/A`), `d` (an ISO
/// date as written) and `n` (a number, or a date in a date style).
struct XLSXSheetParser: XMLEvents {
    private let sharedStrings: [String]
    private let styles: XLSXStyles
    private let date1904: Bool
    /// The rows completed since the reader last took them: the sheet row number and its cells.
    var rows: [(number: Int, cells: [String])] = []

    private var rowNumber = 0
    private var cells: [String] = []
    private var inRow = false
    private var column = -1
    private var type = CellType.number
    private var style = 0
    private var inCell = false
    private var collecting = false
    private var inInline = false
    private var phoneticDepth = 0
    private var hasValue = false
    private var value: [UInt8] = []

    init(sharedStrings: [String], styles: XLSXStyles, date1904: Bool) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = date1904
    }

    private enum CellType { case shared, inline, formulaText, boolean, error, isoDate, number }

    /// The most rows and columns a sheet has (Excel's limits).
    static let maximumRows = 1_048_576, maximumColumns = 16_384

    mutating func start(_ name: UnsafeBufferPointer<UInt8>, attributes: UnsafeBufferPointer<UInt8>, closed: Bool) throws {
        if XMLScanner.equal(name, "c") {
            try startCell(attributes)
            if closed { inCell = false }
        } else if inCell {
            if XMLScanner.equal(name, "v") {
                collecting = !closed && phoneticDepth == 0
                hasValue = true
            } else if XMLScanner.equal(name, "is") {
                inInline = !closed
                hasValue = true
            } else if XMLScanner.equal(name, "t") {
                collecting = inInline && !closed && phoneticDepth == 0
            } else if XMLScanner.equal(name, "rPh") {
                if !closed { phoneticDepth += 1 }
            }
        } else if XMLScanner.equal(name, "row") {
            try startRow(attributes)
            if closed { endRow() }
        }
    }

    mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws {
        if inCell {
            if XMLScanner.equal(name, "v") || XMLScanner.equal(name, "t") {
                collecting = false
            } else if XMLScanner.equal(name, "is") {
                inInline = false
            } else if XMLScanner.equal(name, "rPh") {
                phoneticDepth -= 1
            } else if XMLScanner.equal(name, "c") {
                try endCell()
            }
        } else if inRow && XMLScanner.equal(name, "row") {
            endRow()
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, raw: Bool) throws {
        if collecting { XMLTextDecoding.append(bytes, raw: raw, to: &value) }
    }

    /// Completes the last row when the sheet has ended without closing it.
    mutating func finish() {
        if inRow { endRow() }
    }

    private mutating func startRow(_ attributes: UnsafeBufferPointer<UInt8>) throws {
        if inRow { endRow() }
        var number = rowNumber + 1
        if let reference = XMLScanner.attribute("r", in: attributes) {
            guard let given = Int(String(decoding: reference, as: UTF8.self)) else {
                throw XLSXSheetError(row: rowNumber + 1, reason: "the row number '\(String(decoding: reference, as: UTF8.self))' is not a number")
            }
            number = given
        }
        guard number > rowNumber, number <= Self.maximumRows else {
            throw XLSXSheetError(row: number, reason: "row \(number) comes after row \(rowNumber)")
        }
        rowNumber = number
        inRow = true
        column = -1
        cells.removeAll(keepingCapacity: true)
    }

    private mutating func endRow() {
        inRow = false
        rows.append((rowNumber, cells))
    }

    private mutating func startCell(_ attributes: UnsafeBufferPointer<UInt8>) throws {
        if !inRow { try startRow(UnsafeBufferPointer(start: nil, count: 0)) }
        column += 1
        type = .number
        style = 0
        var failure: XLSXSheetError?
        XMLScanner.forEachAttribute(in: attributes) { name, value in
            guard name.count == 1 else { return }
            switch name[0] {
            case UInt8(ascii: "r"):
                do { column = try Self.column(of: value, row: rowNumber) } catch { failure = error as? XLSXSheetError }
            case UInt8(ascii: "t"): type = Self.type(value)
            case UInt8(ascii: "s"): style = Self.integer(value) ?? 0
            default: break
            }
        }
        if let failure { throw failure }
        guard column < Self.maximumColumns else {
            throw XLSXSheetError(row: rowNumber, reason: "the row has more than \(Self.maximumColumns) columns")
        }
        inCell = true
        hasValue = false
        collecting = false
        inInline = false
        phoneticDepth = 0
        value.removeAll(keepingCapacity: true)
    }

    private mutating func endCell() throws {
        inCell = false
        guard hasValue else { return }
        let text: String
        switch type {
        case .shared:
            let raw = String(decoding: value, as: UTF8.self)
            guard let index = Int(raw), index >= 0, index < sharedStrings.count else {
                throw XLSXSheetError(row: rowNumber, reason: "cell \(Self.name(ofColumn: column))\(rowNumber) refers to shared string '\(raw)', "
                    + "which the workbook does not have")
            }
            text = sharedStrings[index]
        case .inline, .formulaText, .error, .isoDate:
            text = XMLTextDecoding.string(value)
        case .boolean:
            text = value == [UInt8(ascii: "1")] ? "TRUE" : value == [UInt8(ascii: "0")] ? "FALSE" : String(decoding: value, as: UTF8.self)
        case .number:
            let raw = String(decoding: value, as: UTF8.self)
            text = styles.isDate(style) ? XLSXCellValue.date(raw, date1904: date1904) : XLSXCellValue.number(raw)
        }
        if cells.count <= column {
            if cells.count < column { cells.append(contentsOf: repeatElement("", count: column - cells.count)) }
            cells.append(text)
        } else {
            cells[column] = text
        }
    }

    /// A small non-negative decimal number, such as a style index.
    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count < 10 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func type(_ attribute: UnsafeBufferPointer<UInt8>) -> CellType {
        if XMLScanner.equal(attribute, "s") { return .shared }
        if XMLScanner.equal(attribute, "inlineStr") { return .inline }
        if XMLScanner.equal(attribute, "str") { return .formulaText }
        if XMLScanner.equal(attribute, "b") { return .boolean }
        if XMLScanner.equal(attribute, "e") { return .error }
        if XMLScanner.equal(attribute, "d") { return .isoDate }
        return .number
    }

    /// The 0-based column of a reference such as `C7` (2).
    static func column(of reference: UnsafeBufferPointer<UInt8>, row: Int) throws -> Int {
        var column = 0
        var letters = 0
        for byte in reference {
            let upper = byte & ~0x20
            guard upper >= UInt8(ascii: "A") && upper <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(upper - UInt8(ascii: "A")) + 1
            letters += 1
            if letters > 3 { break }
        }
        guard letters > 0 && letters <= 3 else {
            throw XLSXSheetError(row: row, reason: "the cell reference '\(String(decoding: reference, as: UTF8.self))' is not valid")
        }
        return column - 1
    }

    /// The letters of a 0-based column: 0 → A, 26 → AA.
    static func name(ofColumn index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(index % 26))), at: letters.startIndex)
            index = index / 26 - 1
        } while index >= 0
        return letters
    }
}

/// A sheet part that cannot be read as rows, at the sheet row where that showed.
struct XLSXSheetError: Error {
    let row: Int
    let reason: String
}
