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
            log.add(ImportIssue(line: error.line, reason: error.message == CSVError.invalidUTF8 ? notUTF8 : error.message))
            throw log.refusal(warnings: [])
        } catch {
            log.add(ImportIssue(line: 0, reason: "\(error)"))
            throw log.refusal(warnings: [])
        }
    }

    /// Why a file with bytes that are not UTF-8 is refused, and what to do: Excel's plain "CSV"
    /// saves Windows-1252, whose accented letters are such bytes. (Decoding it instead would guess:
    /// the same bytes are other letters in other code pages.)
    static let notUTF8 = "\(CSVError.invalidUTF8): the file is not saved as UTF-8 (Excel's plain 'CSV' saves Windows-1252); "
        + "in Excel choose Opslaan als > 'CSV UTF-8 (door komma's gescheiden)' and import that file"
}
