import GRDB
import VeerkrachtCSV
import VeerkrachtCore

extension Store {
    /// Imports an activities file (SPEC §6 "Activities CSV") all or nothing.
    ///
    /// Columns `datum,wijk,activiteit,thema,deelnemers,uren,vrijwilligers,hulpbronnen` in any order
    /// (other columns are ignored with a warning). Every row is validated with `ActivityValidator`
    /// against the configured themes and the hulpbron constructs of the most recently registered
    /// instrument. Rows are written inside one transaction while the file streams by; when any error
    /// is found the transaction is rolled back and `ImportRefused` lists every error by line and column.
    ///
    /// A row identical to an activity already stored by an earlier import (same datum, wijk,
    /// activiteit, thema, figures and hulpbronnen) is an error: importing a file twice would count
    /// its activities twice.
    ///
    /// - Parameters:
    ///   - reader: the file, positioned before its header row.
    ///   - source: file name recorded as provenance.
    public func importActivities(from reader: CSVReader, source: String,
                                 progress: (@Sendable (ImportProgress) -> Void)? = nil) throws -> ImportOutcome {
        let instrument = try self.instrument().instrument
        let header = try Self.readHeader(reader, expecting: ActivityColumns.expected)
        let columns = try ActivityColumns(header: header, kind: "activities")
        return try importRows(from: reader, header: header, kind: "activiteiten", source: source, warnings: columns.warnings,
                              progress: progress) { db in
            ActivityImportSession(validator: ActivityValidator(instrument: instrument, themes: try Self.themes(db)),
                                  rules: try Self.entryRules(db), columns: columns)
        }
    }
}

/// Where the fields of an activity stand in an activities file.
typealias ActivityColumns = FieldColumns<ActivityValidator.Field>

/// The state of one activities import: validation and the areas it has made sure of.
private struct ActivityImportSession: RowImporter {
    static let needsDataRows = true
    let validator: ActivityValidator
    let rules: EntryRules
    let columns: ActivityColumns
    var areas = AreaRegistry()
    var log = IssueLog()
    var newWijken: [WijkCode] = []

    init(validator: ActivityValidator, rules: EntryRules, columns: ActivityColumns) {
        self.validator = validator
        self.rules = rules
        self.columns = columns
    }

    mutating func importRow(_ record: CSVRecord, batchID: Int64, db: Database) throws {
        guard let fields = columns.fields(of: record, log: &log) else { return }
        let result = validator.validate(
            datum: columns.text(.datum, in: fields), wijk: columns.text(.wijk, in: fields),
            name: columns.text(.activiteit, in: fields), thema: columns.text(.thema, in: fields),
            participants: columns.text(.deelnemers, in: fields), hours: columns.text(.uren, in: fields),
            volunteers: columns.text(.vrijwilligers, in: fields), hulpbronnen: columns.text(.hulpbronnen, in: fields))
        guard let activity = columns.checked(result, line: record.line, log: &log),
              columns.passes(rules.problems(of: activity), line: record.line, log: &log) else { return }
        if let earlier = try ActivityRecord.storedTwin(of: activity, excluding: .batch(batchID), db: db) {
            log.add(columns.issue(.activiteit, reason: "the same activity (datum, wijk, activiteit, thema, figures and hulpbronnen) "
                + "is already stored from \(earlier.source)\(earlier.line.map { ", line \($0)" } ?? ""); was this file imported before?",
                line: record.line))
            return
        }
        if try areas.ensure(activity.wijk, db: db) { newWijken.append(activity.wijk) }
        var stored = ActivityRecord(activity, batchID: batchID, sourceLine: record.line, enteredBy: nil)
        try stored.insertRow(db)
    }

    func finish(_ db: Database) throws -> [String] {
        AreaRegistry.newWijkenWarning(newWijken).map { [$0] } ?? []
    }
}
