import GRDB
import VeerkrachtCSV
import VeerkrachtCore

extension Store {
    /// Imports a verhalen file all or nothing: the columns `wijk,datum,hulpbronnen,titel,tekst,bevestiging`
    /// in any order (other columns are ignored with a warning), every row validated as the story
    /// form validates it (`VerhaalValidator`: hulpbronnen of the most recently registered instrument,
    /// `bevestiging` `ja`, no e-mail address, phone number, postcode or address; a date not in the
    /// future; a wijk of the gebieden). Every story waits for an analist's review. When any row is
    /// refused nothing is stored and `ImportRefused` lists every problem by line and column.
    public func importVerhalen(from reader: CSVReader, source: String,
                               progress: (@Sendable (ImportProgress) -> Void)? = nil) throws -> ImportOutcome {
        let instrument = try self.instrument().instrument
        let header = try Self.readHeader(reader, expecting: VerhaalColumns.expected)
        let columns = try VerhaalColumns(header: header, kind: "verhalen")
        return try importRows(from: reader, header: header, kind: "verhalen", source: source, warnings: columns.warnings,
                              progress: progress) { db in
            VerhaalImportSession(validator: VerhaalValidator(instrument: instrument), rules: try Self.entryRules(db), columns: columns)
        }
    }
}

/// Where the fields of a story stand in a verhalen file.
typealias VerhaalColumns = FieldColumns<VerhaalValidator.Field>

/// The state of one verhalen import: validation and the areas it has made sure of.
private struct VerhaalImportSession: RowImporter {
    static let needsDataRows = true
    let validator: VerhaalValidator
    let rules: EntryRules
    let columns: VerhaalColumns
    var areas = AreaRegistry()
    var log = IssueLog()
    var newWijken: [WijkCode] = []

    mutating func importRow(_ record: CSVRecord, batchID: Int64, db: Database) throws {
        guard let fields = columns.fields(of: record, log: &log) else { return }
        let result = validator.validate(
            wijk: columns.text(.wijk, in: fields), datum: columns.text(.datum, in: fields),
            hulpbronnen: columns.text(.hulpbronnen, in: fields), titel: columns.text(.titel, in: fields),
            tekst: columns.text(.tekst, in: fields), bevestiging: columns.text(.bevestiging, in: fields))
        guard let verhaal = columns.checked(result, line: record.line, log: &log),
              columns.passes(rules.problems(of: verhaal), line: record.line, log: &log) else { return }
        if try areas.ensure(verhaal.wijk, db: db) { newWijken.append(verhaal.wijk) }
        var stored = VerhaalRecord(verhaal, batchID: batchID, sourceLine: record.line, enteredBy: nil)
        try stored.insert(db)
    }

    func finish(_ db: Database) throws -> [String] {
        AreaRegistry.newWijkenWarning(newWijken).map { [$0] } ?? []
    }
}
