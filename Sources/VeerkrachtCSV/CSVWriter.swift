/// One field of a CSV row. The caller says what it is, so the writer never guesses from the
/// content: a meting label `-2025` is text, a mean `-0.113` is a number.
public enum CSVField: Sendable, Hashable {
    /// Text: a label, a code, a name, a word. Empty when nil.
    case text(String?)
    /// A number with `.` as decimal separator, the shortest text that reads back as the same
    /// double (17 significant digits at most, never fewer than needed). Empty when nil or not finite.
    case number(Double?)
    /// A whole number, such as a count. Empty when nil.
    case count(Int?)
}

/// Builds RFC 4180 CSV text: `,` separated, fields quoted only when they need it, LF line ends;
/// or, in the `Dialect.dutchExcel` dialect, what a Dutch Excel opens as columns: `;` separated,
/// decimal comma, a UTF-8 byte order mark first.
///
/// Works on UTF-8 bytes: a field is quoted when its bytes hold the separator, `"`, CR or LF, also where a
/// combining mark follows one of them (as one `Character` it would compare unequal to `,`).
///
/// An export is opened by people in a spreadsheet program, which may run a cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return as a formula ("CSV injection"). So in an export
/// every text field that starts with one of those six characters gets a leading `'` (the OWASP
/// advice): `=HYPERLINK(…)` is written as `'=HYPERLINK(…)`, and the spreadsheet shows it as
/// text. Numbers are written as they are (`-0.113`). An import file is written exactly as given,
/// because Veerkracht's importer reads it back and a `'` would change the data.
///
/// ```swift
/// var writer = CSVWriter(header: ["meting", "gemiddelde"])
/// writer.append([.text("=1+1"), .number(-0.113)])      // '=1+1,-0.113
/// ```
public struct CSVWriter {
    /// Who reads the file.
    public enum Purpose: Sendable {
        /// People, in a spreadsheet program: text that a spreadsheet would run as a formula is neutralised.
        case export
        /// Veerkracht's importer (demo and test data): text is written exactly as given.
        case importFile
    }

    /// How fields are separated and numbers written.
    public struct Dialect: Sendable, Equatable {
        /// The byte between fields.
        let separator: UInt8
        /// Whether a number's decimal separator is `,` instead of `.`.
        let decimalComma: Bool
        /// Whether the text starts with a UTF-8 byte order mark.
        let byteOrderMark: Bool

        /// RFC 4180: `,` between fields, `.` in numbers, no byte order mark.
        public static let standard = Dialect(separator: UInt8(ascii: ","), decimalComma: false, byteOrderMark: false)
        /// What a spreadsheet with Dutch settings reads as columns and numbers: `;` between fields,
        /// `,` in numbers, and a byte order mark so that it reads the text as UTF-8.
        public static let dutchExcel = Dialect(separator: UInt8(ascii: ";"), decimalComma: true, byteOrderMark: true)
    }

    private let purpose: Purpose
    private let dialect: Dialect
    private var bytes: [UInt8] = []

    public init(header: [String], for purpose: Purpose = .export, dialect: Dialect = .standard) {
        self.purpose = purpose
        self.dialect = dialect
        if dialect.byteOrderMark { bytes = [0xEF, 0xBB, 0xBF] }
        append(header.map(CSVField.text))
    }

    /// The CSV written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The number of UTF-8 bytes written so far.
    public var byteCount: Int { bytes.count }

    /// Appends one row.
    public mutating func append(_ fields: [CSVField]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(dialect.separator) }
            switch field {
            case .text(let text?):
                let isFormula = purpose == .export && text.utf8.first.map(Self.formulaStarts.contains) == true
                Self.escape(isFormula ? "'" + text : text, separator: dialect.separator, into: &bytes)
            case .number(let value?) where value.isFinite:
                if dialect.decimalComma {
                    bytes.append(contentsOf: value.description.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: ",") : $0 })
                } else {
                    bytes.append(contentsOf: value.description.utf8)
                }
            case .count(let value?): bytes.append(contentsOf: String(value).utf8)
            case .text(nil), .number, .count(nil): break
            }
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Returns the bytes written so far and starts empty (for streaming large files).
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// The first bytes that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab, CR.
    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    private static let quote = UInt8(ascii: "\"")

    static func escape(_ field: String, separator: UInt8, into bytes: inout [UInt8]) {
        let utf8 = field.utf8
        guard utf8.contains(where: { $0 == separator || $0 == quote || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(quote)
        for byte in utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
    }
}
