import Foundation
import ZIPFoundation

/// Writes an Excel workbook (`.xlsx`, Office Open XML) row by row: on each sheet a bold header row
/// that stays in view (frozen) while scrolling, then the rows. Rows go to a temporary file per
/// sheet as they come, so memory stays flat however many there are; `finish()` packs the workbook
/// and puts it in place whole, so a failed export never leaves half a file at `path`. A writer
/// dropped without `finish()` removes its temporary files.
///
/// Text cells are inline strings, never formulas: `=1+1` shows as `=1+1`. Numbers are numbers.
///
/// ```swift
/// let writer = try XLSXWriter(path: "scores.xlsx", sheetName: "scores", header: ["gebied", "n"])
/// try writer.append([.text("WK077201"), .integer(48)])
/// try writer.addSheet("toelichting", header: ["kolom", "betekenis"])   // further sheets, if any
/// try writer.append([.text("n"), .text("aantal respondenten")])
/// try writer.finish()
/// ```
public final class XLSXWriter {
    /// The workbook written by `finish()`.
    public let path: String
    /// The sheets begun so far, in order; rows go to the last.
    private var sheets: [SheetFile] = []
    private var bytes: [UInt8] = []
    private var rowNumber = 0
    private var columnNames: [String] = []
    private var isOpen = true

    /// One sheet's rows in a temporary file.
    private struct SheetFile {
        let name: String
        let url: URL
        let handle: FileHandle
        var size: Int64 = 0
    }

    /// Starts a workbook for `path` whose first sheet is `sheetName` (at most 31 characters, none
    /// of `[]:*?/\`), with `header` as its first row in bold.
    /// - Throws: `SpreadsheetWriteError` when the temporary sheet cannot be created.
    public init(path: String, sheetName: String, header: [String]) throws {
        self.path = path
        try addSheet(sheetName, header: header)
    }

    deinit {
        if isOpen {
            for sheet in sheets {
                try? sheet.handle.close()
                try? FileManager.default.removeItem(at: sheet.url)
            }
        }
    }

    /// Ends the current sheet and starts the next, `name` (named as in `init`, and unlike the
    /// others), with `header` as its first row in bold; the rows appended next go to it.
    /// - Throws: `SpreadsheetWriteError` when the temporary sheet cannot be created or written.
    public func addSheet(_ name: String, header: [String]) throws {
        precondition(isOpen, "XLSXWriter.addSheet(_:header:) called after finish()")
        precondition(!sheets.contains { $0.name == name }, "XLSXWriter: two sheets named '\(name)'")
        if !sheets.isEmpty { try endSheet() }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-sheet-\(UUID().uuidString).xml")
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: url.path) else {
            throw SpreadsheetWriteError(path: path, reason: "cannot create a temporary file")
        }
        sheets.append(SheetFile(name: name, url: url, handle: handle))
        rowNumber = 0
        bytes.append(contentsOf: XLSXParts.sheetStart.utf8)
        try append(header.map(SpreadsheetCell.text), style: 1)
    }

    /// Appends one row; an `.empty` cell is left out.
    public func append(_ cells: [SpreadsheetCell]) throws {
        try append(cells, style: 0)
    }

    /// Writes the workbook to `path` (replacing what was there) and removes the temporary sheets.
    /// - Throws: `SpreadsheetWriteError` when the workbook cannot be written.
    public func finish() throws {
        precondition(isOpen, "XLSXWriter.finish() called twice")
        isOpen = false
        defer { for sheet in sheets { try? FileManager.default.removeItem(at: sheet.url) } }
        try endSheet()
        let target = URL(fileURLWithPath: path)
        let packing = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: packing) }
        do {
            let archive = try Archive(url: packing, accessMode: .create)
            for (name, text) in [("[Content_Types].xml", XLSXParts.contentTypes(sheetCount: sheets.count)),
                                 ("_rels/.rels", XLSXParts.packageRelationships),
                                 ("xl/workbook.xml", XLSXParts.workbook(sheetNames: sheets.map(\.name))),
                                 ("xl/_rels/workbook.xml.rels", XLSXParts.workbookRelationships(sheetCount: sheets.count)),
                                 ("xl/styles.xml", XLSXParts.styles)] {
                let data = Data(text.utf8)
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: Self.date,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
                }
            }
            for (index, sheet) in sheets.enumerated() {
                let reader = try FileHandle(forReadingFrom: sheet.url)
                defer { try? reader.close() }
                try archive.addEntry(with: XLSXParts.sheetPath(index + 1), type: .file, uncompressedSize: sheet.size,
                                     modificationDate: Self.date, compressionMethod: .deflate) { _, size in
                    try reader.read(upToCount: size) ?? Data()
                }
            }
        } catch {
            throw SpreadsheetWriteError(path: path, reason: "\(error)")
        }
        guard rename(packing.path, target.path) == 0 else {
            throw SpreadsheetWriteError(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// One fixed time stamp for every part, so the same rows give the same file.
    private static let date = Date(timeIntervalSince1970: 1_735_689_600)

    private func append(_ cells: [SpreadsheetCell], style: Int) throws {
        rowNumber += 1
        let row = String(rowNumber)
        while columnNames.count < cells.count { columnNames.append(Self.columnName(columnNames.count)) }
        bytes.append(contentsOf: "<row r=\"\(row)\">".utf8)
        let styled = style == 0 ? "" : " s=\"\(style)\""
        for (index, cell) in cells.enumerated() {
            let reference = columnNames[index] + row
            switch cell {
            case .text(let text):
                bytes.append(contentsOf: "<c r=\"\(reference)\"\(styled) t=\"inlineStr\"><is><t xml:space=\"preserve\">".utf8)
                XMLText.append(text, to: &bytes)
                bytes.append(contentsOf: "</t></is></c>".utf8)
            case .number(let value) where value.isFinite:
                bytes.append(contentsOf: "<c r=\"\(reference)\"\(styled)><v>\(value)</v></c>".utf8)
            case .integer(let value):
                bytes.append(contentsOf: "<c r=\"\(reference)\"\(styled)><v>\(value)</v></c>".utf8)
            case .number, .empty:
                break
            }
        }
        bytes.append(contentsOf: "</row>".utf8)
        if bytes.count > 1 << 20 { try flush() }
    }

    /// Closes the current sheet's XML and its temporary file.
    private func endSheet() throws {
        bytes.append(contentsOf: XLSXParts.sheetEnd.utf8)
        try flush()
        try? sheets[sheets.count - 1].handle.close()
    }

    private func flush() throws {
        do {
            try sheets[sheets.count - 1].handle.write(contentsOf: bytes)
            sheets[sheets.count - 1].size += Int64(bytes.count)
        } catch {
            throw SpreadsheetWriteError(path: path, reason: "\(error)")
        }
        bytes.removeAll(keepingCapacity: true)
    }

    /// The column's letters: 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ index: Int) -> String {
        var index = index
        var letters: [Character] = []
        repeat {
            letters.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(index % 26))), at: 0)
            index = index / 26 - 1
        } while index >= 0
        return String(letters)
    }
}

/// A workbook that could not be written; says `cannot write PATH: REASON`.
public struct SpreadsheetWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that could not be written.
    public let path: String
    /// What went wrong.
    public let reason: String

    public var description: String { "cannot write \(path): \(reason)" }
}
