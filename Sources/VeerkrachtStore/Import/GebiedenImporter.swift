import GRDB
import VeerkrachtCore

extension Store {
    /// Imports names of gemeenten and wijken from a CSV file with columns `code,naam`, all or nothing.
    /// Codes are CBS gemeente (`GM0772`) or wijk (`WK077201`) codes; a wijk's gemeente is added when new.
    public func importGebieden(from reader: CSVReader, source: String) throws -> ImportOutcome {
        guard let header = try Self.nextRecord(reader) else {
            throw ImportRefused(issues: [ImportIssue(line: 1, reason: "the file is empty; expected a header row 'code,naam'")], totalIssues: 1, warnings: [])
        }
        let names = header.fields.map(ResponseColumns.normalisedHeader)
        guard let codeColumn = names.firstIndex(of: "code"), let nameColumn = names.firstIndex(of: "naam") else {
            throw ImportRefused(issues: [ImportIssue(line: header.line, reason: "the header needs the columns 'code' and 'naam'")], totalIssues: 1, warnings: [])
        }
        var log = IssueLog()
        return try database.write { db in
            let batchID = try Batch.create(db, kind: "gebieden", source: source)
            var areas = AreaRegistry()
            var rows = 0
            while let record = try Self.nextRecord(reader, log: &log) {
                rows += 1
                guard record.fields.count == names.count else {
                    log.add(ImportIssue(line: record.line, reason: "expected \(names.count) fields, found \(record.fields.count)"))
                    continue
                }
                let code = FieldParsing.trimmed(record.fields[codeColumn])
                let naam: String
                switch FieldParsing.label(record.fields[nameColumn], maximum: 100) {
                case .success(let text): naam = text
                case .failure(let problem):
                    log.add(ImportIssue(line: record.line, column: nameColumn + 1, columnName: "naam", reason: problem.description))
                    continue
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
            guard log.isEmpty else { throw log.refusal(warnings: []) }
            try Batch.finish(db, id: batchID, rows: rows)
            return ImportOutcome(rows: rows, warnings: [], batchID: batchID)
        }
    }
}
