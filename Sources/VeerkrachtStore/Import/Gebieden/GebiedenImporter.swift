import GRDB
import VeerkrachtCSV
import VeerkrachtCore

extension Store {
    /// Imports names of gemeenten and wijken from a CSV file with columns `code,naam`, all or nothing.
    /// Codes are CBS gemeente (`GM0772`) or wijk (`WK077201`) codes; a wijk's gemeente is added when new.
    public func importGebieden(from reader: CSVReader, source: String) throws -> ImportOutcome {
        let header = try Self.readHeader(reader, expecting: "code,naam")
        let names = header.fields.map(HeaderColumns.normalisedName)
        guard let codeColumn = names.firstIndex(of: "code"), let nameColumn = names.firstIndex(of: "naam") else {
            throw ImportRefused(ImportIssue(line: header.line, reason: "the header needs the columns 'code' and 'naam'"))
        }
        return try importRows(from: reader, header: header, kind: "gebieden", source: source, warnings: [], progress: nil) { _ in
            GebiedenImportSession(columns: names.count, codeColumn: codeColumn, nameColumn: nameColumn)
        }
    }
}

/// The state of one gebieden import: where code and naam stand, and the areas it has made sure of.
private struct GebiedenImportSession: RowImporter {
    static let needsDataRows = false
    let columns: Int
    let codeColumn: Int
    let nameColumn: Int
    var areas = AreaRegistry()
    var log = IssueLog()

    init(columns: Int, codeColumn: Int, nameColumn: Int) {
        self.columns = columns
        self.codeColumn = codeColumn
        self.nameColumn = nameColumn
    }

    mutating func importRow(_ record: CSVRecord, batchID: Int64, db: Database) throws {
        guard record.fields.count == columns else {
            log.add(.fieldCount(line: record.line, expected: columns, found: record.fields.count))
            return
        }
        let code = FieldParsing.trimmed(record.fields[codeColumn])
        let naam: String
        switch FieldParsing.label(record.fields[nameColumn], maximum: 100) {
        case .success(let text): naam = text
        case .failure(let problem):
            log.add(ImportIssue(line: record.line, column: nameColumn + 1, columnName: "naam", reason: problem.description))
            return
        }
        if let gemeente = GemeenteCode(code) {
            try GemeenteRecord(code: gemeente.rawValue, naam: naam).upsert(db)
        } else if let wijk = WijkCode(code) {
            try areas.ensure(wijk, db: db)
            try WijkRecord(code: wijk.rawValue, gemeente: wijk.gemeente.rawValue, naam: naam).update(db)
        } else {
            log.add(ImportIssue(line: record.line, column: codeColumn + 1, columnName: "code",
                                reason: "\(MessageText.quoted(code)) is not a CBS gemeente code (GM0772) or wijk code (WK077201)"))
        }
    }

    func finish(_ db: Database) throws -> [String] { [] }
}
