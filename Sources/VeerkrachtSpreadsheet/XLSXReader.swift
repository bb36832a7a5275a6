import Foundation
import ZIPFoundation

/// Reads the rows of an Excel workbook (`.xlsx`, Office Open XML) as text, as Excel shows them
/// unformatted: shared and inline strings, numbers as their shortest text (`5`, `3.5`), dates (a
/// number in a date style) as `yyyy-mm-dd` or `yyyy-mm-ddThh:mm:ss`, in the 1900 or 1904 date
/// system the workbook declares. Reads what Excel, LibreOffice, openpyxl and xlsxwriter (KoboToolbox's
/// exports: inline strings, dates as text) write.
///
/// Memory: the shared strings are held (one `String` each); the sheet is streamed out of the
/// archive in chunks and handed on row by row, never held whole.
///
/// ```swift
/// let workbook = try XLSXReader(path: "enquete.xlsx")
/// try workbook.readRows(sheet: "Blad1") { number, cells in print(number, cells) }
/// ```
public final class XLSXReader {
    /// The workbook read.
    public let path: String
    /// The names of the sheets, in the workbook's order.
    public let sheetNames: [String]
    private let sheetParts: [String]
    private let sharedStringsPart: String?
    private let stylesPart: String?
    private let date1904: Bool
    private let archive: Archive

    /// Opens the workbook at `path` and reads its list of sheets.
    /// - Throws: `SpreadsheetReadError` when the file is no readable ZIP archive or no workbook.
    public init(path: String) throws {
        self.path = path
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw SpreadsheetReadError.damaged(path: path)
        }
        self.archive = archive
        let workbookPart = Self.officeDocument(in: archive) ?? "xl/workbook.xml"
        guard archive[workbookPart] != nil else { throw SpreadsheetReadError.notAWorkbook(path: path) }
        let workbook = try XLSXWorkbookParts.Workbook(xml: Self.data(of: workbookPart, in: archive, path: path), part: workbookPart, path: path)
        let folder = (workbookPart as NSString).deletingLastPathComponent
        let relationshipsPart = XLSXWorkbookParts.join(folder, "_rels/" + (workbookPart as NSString).lastPathComponent + ".rels")
        let relationships = try archive[relationshipsPart].map { _ in
            try XLSXWorkbookParts.Relationships(xml: Self.data(of: relationshipsPart, in: archive, path: path), folder: folder,
                                                part: relationshipsPart, path: path)
        } ?? XLSXWorkbookParts.Relationships(targets: [:], types: [:])
        sheetNames = workbook.sheets.map(\.name)
        sheetParts = workbook.sheets.map { sheet in relationships.targets[sheet.relationship] ?? "" }
        sharedStringsPart = relationships.part(ofType: "sharedStrings") ?? XLSXWorkbookParts.join(folder, "sharedStrings.xml")
        stylesPart = relationships.part(ofType: "styles") ?? XLSXWorkbookParts.join(folder, "styles.xml")
        date1904 = workbook.date1904
    }

    /// Reads sheet `name` (the first sheet when nil) and calls `body` with each row that is in the
    /// sheet, in order: its 1-based sheet row number (rows that hold nothing may be left out) and
    /// its cells from column A, a gap being an empty cell.
    /// - Throws: `SpreadsheetReadError` for an unknown sheet or a damaged part; what `body` throws.
    public func readRows(sheet name: String? = nil, _ body: (_ number: Int, _ cells: [String]) throws -> Void) throws {
        let index: Int
        if let name {
            guard let found = sheetNames.firstIndex(of: name) else {
                throw SpreadsheetReadError.unknownSheet(path: path, name: name, sheets: sheetNames)
            }
            index = found
        } else {
            guard !sheetNames.isEmpty else { throw SpreadsheetReadError.notAWorkbook(path: path) }
            index = 0
        }
        let part = sheetParts[index]
        guard let entry = archive[part] else {
            throw SpreadsheetReadError.malformed(path: path, part: part, reason: "sheet '\(sheetNames[index])' is missing from the workbook")
        }
        var parser = XLSXSheetParser(sharedStrings: try sharedStrings(), styles: try styles(), date1904: date1904)
        var scanner = XMLScanner()
        var checksum = PartChecksum()
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 18, skipCRC32: true) { chunk in
                try chunk.withUnsafeBytes { bytes in
                    checksum.update(bytes)
                    try scanner.feed(bytes, final: false, to: &parser)
                }
                do {
                    for row in parser.rows { try body(row.number, row.cells) }
                } catch {
                    throw Forwarded(error: error)
                }
                parser.rows.removeAll(keepingCapacity: true)
            }
            try scanner.feed(UnsafeRawBufferPointer(start: nil, count: 0), final: true, to: &parser)
            guard checksum.value == entry.checksum else {
                throw SpreadsheetReadError.malformed(path: path, part: part, reason: "the part is damaged (its checksum does not match)")
            }
        } catch let forwarded as Forwarded {
            throw forwarded.error
        } catch let error as SpreadsheetReadError {
            throw error
        } catch let error as XLSXSheetError {
            throw SpreadsheetReadError.malformed(path: path, part: part, reason: "row \(error.row): \(error.reason)")
        } catch let error as XMLScanError {
            throw SpreadsheetReadError.malformed(path: path, part: part, reason: error.reason)
        } catch {
            throw SpreadsheetReadError.malformed(path: path, part: part, reason: "the part is damaged (\(error))")
        }
        parser.finish()
        for row in parser.rows { try body(row.number, row.cells) }
    }

    /// An error of the caller's row handler, passed through unchanged.
    private struct Forwarded: Error {
        let error: any Error
    }

    private func sharedStrings() throws -> [String] {
        guard let part = sharedStringsPart, let entry = archive[part] else { return [] }
        var strings = XLSXSharedStrings()
        var scanner = XMLScanner()
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 18) { chunk in
                try chunk.withUnsafeBytes { try scanner.feed($0, final: false, to: &strings) }
            }
            try scanner.feed(UnsafeRawBufferPointer(start: nil, count: 0), final: true, to: &strings)
        } catch {
            throw SpreadsheetReadError.malformed(path: path, part: part, reason: "\(error)")
        }
        return strings.strings
    }

    private func styles() throws -> XLSXStyles {
        guard let part = stylesPart, archive[part] != nil else { return XLSXStyles() }
        do {
            return try XLSXStyles(xml: Self.data(of: part, in: archive, path: path))
        } catch let error as SpreadsheetReadError {
            throw error
        } catch {
            throw SpreadsheetReadError.malformed(path: path, part: part, reason: "\(error)")
        }
    }

    /// The workbook part the package's relationships name (`xl/workbook.xml` as a rule).
    private static func officeDocument(in archive: Archive) -> String? {
        guard let entry = archive["_rels/.rels"] else { return nil }
        var data = Data()
        guard (try? archive.extract(entry, consumer: { data.append($0) })) != nil,
              let relationships = try? XLSXWorkbookParts.Relationships(xml: data, folder: "", part: "_rels/.rels", path: "") else { return nil }
        return relationships.part(ofType: "officeDocument")
    }

    private static func data(of part: String, in archive: Archive, path: String) throws -> Data {
        guard let entry = archive[part] else { throw SpreadsheetReadError.malformed(path: path, part: part, reason: "the part is missing") }
        var data = Data()
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            throw SpreadsheetReadError.malformed(path: path, part: part, reason: "\(error)")
        }
        return data
    }
}
