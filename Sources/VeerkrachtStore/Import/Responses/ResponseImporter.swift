import VeerkrachtCSV
import VeerkrachtCore

extension Store {
    /// Imports a responses file (SPEC §6) all or nothing.
    ///
    /// Every row is validated with the instrument's rules and scored; rows are written inside one
    /// transaction while the file streams by (`importPipelined`), so the database itself detects
    /// duplicate respondents (in the file or already stored). When any error is found the transaction is rolled back and
    /// `ImportRefused` lists every error by line and column.
    ///
    /// - Parameters:
    ///   - reader: the file, positioned before its header row.
    ///   - source: file name recorded as provenance.
    ///   - meting: meting label for rows without one (`--meting`).
    ///   - instrument: the instrument answered; the most recently registered one by default.
    ///   - mapping: how the file's columns and answer texts map onto the instrument (`--kolommen`).
    public func importResponses(from reader: CSVReader, source: String, meting: String? = nil,
                                instrument: StoredInstrument? = nil, mapping: ResponseMapping? = nil,
                                progress: (@Sendable (ImportProgress) -> Void)? = nil) throws -> ImportOutcome {
        let stored = try instrument ?? self.instrument()
        let header = try Self.readHeader(reader)
        let columns = try ResponseColumns(header: header, instrument: stored.instrument, metingOption: meting, mapping: mapping)
        let preparer = ResponsePreparer(instrument: stored, columns: columns, metingOption: meting, mapping: mapping)
        return try importPipelined(from: reader, header: header, source: source, preparer: preparer, progress: progress)
    }
}
