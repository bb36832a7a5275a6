import VeerkrachtCSV

extension Store {
    /// The header row of an import file; an empty file is refused, naming the header it expects
    /// (`columns`, such as `code,naam`, when given).
    static func readHeader(_ reader: CSVReader, expecting columns: String? = nil) throws(ImportRefused) -> CSVRecord {
        guard let header = try nextRecord(reader) else { throw ImportRefused(.emptyFile(expecting: columns)) }
        return header
    }

    /// The next record, turning a malformed file into a refusal at its line.
    static func nextRecord(_ reader: CSVReader) throws(ImportRefused) -> CSVRecord? {
        var log = IssueLog()
        let record = try nextRecord(reader, log: &log)
        guard log.isEmpty else { throw log.refusal(warnings: []) }
        return record
    }

    /// The next record; a CSV syntax error ends the file, recorded in `log`.
    static func nextRecord(_ reader: CSVReader, log: inout IssueLog) throws(ImportRefused) -> CSVRecord? {
        try nextRow(reader, log: &log)?.record
    }

    /// The next record as raw fields; a CSV syntax error ends the file, recorded in `log`.
    static func nextRow(_ reader: CSVReader, log: inout IssueLog) throws(ImportRefused) -> CSVRow? {
        do {
            return try reader.nextRow()
        } catch let error as CSVError {
            log.add(ImportIssue(line: error.line, reason: error.message))
            throw log.refusal(warnings: [])
        } catch {
            log.add(ImportIssue(line: 0, reason: "\(error)"))
            throw log.refusal(warnings: [])
        }
    }
}
