import Foundation
import GRDB
import VeerkrachtCore

/// An instrument as stored, with its row id.
public struct StoredInstrument: Sendable {
    public let rowID: Int64
    public let instrument: Instrument
}

extension Store {
    /// Registers an instrument (idempotent for identical content) and returns its row id.
    @discardableResult
    public func register(_ instrument: Instrument, source: String) throws -> Int64 {
        try database.write { db in
            let columns = InstrumentRecord.Columns.self
            if let stored = try InstrumentRecord.filter(columns.name == instrument.id && columns.version == instrument.version).fetchOne(db) {
                guard stored.definition == source else { throw StoreError.conflictingInstrument(instrument.reference) }
                return stored.id!
            }
            var record = InstrumentRecord(name: instrument.id, version: instrument.version, definition: source, registeredAt: Timestamp.now())
            try record.insert(db)
            return record.id!
        }
    }

    /// The most recently registered instrument, or the latest version of `id` when given.
    public func instrument(id: String? = nil) throws -> StoredInstrument {
        try database.read { db in try Self.instrument(db, id: id) }
    }

    /// `instrument(id:)` inside a transaction.
    static func instrument(_ db: Database, id: String? = nil) throws -> StoredInstrument {
        let columns = InstrumentRecord.Columns.self
        let latest = if let id {
            InstrumentRecord.filter(columns.name == id).order(columns.version.desc)
        } else {
            InstrumentRecord.order(columns.id.desc)
        }
        guard let record = try latest.fetchOne(db) else { throw id.map { StoreError.unknownInstrument($0) } ?? StoreError.noInstrument }
        return try StoredInstrument(rowID: record.id!, instrument: ParsedInstruments.instrument(record.definition))
    }

    /// The instrument stored under row id `rowID`.
    static func instrument(_ db: Database, rowID: Int64) throws -> StoredInstrument {
        guard let source = try InstrumentRecord.filter(key: rowID).select(InstrumentRecord.Columns.definition, as: String.self).fetchOne(db) else {
            throw StoreError.noInstrument
        }
        return StoredInstrument(rowID: rowID, instrument: try ParsedInstruments.instrument(source))
    }

    /// The instrument itself of `instrument(id: nil)`.
    public func currentInstrument() throws -> Instrument { try instrument().instrument }

    /// Every registered instrument by row id (responses may have answered different ones).
    static func allInstruments(_ db: Database) throws -> [Int64: Instrument] {
        var result: [Int64: Instrument] = [:]
        for record in try InstrumentRecord.fetchAll(db) {
            result[record.id!] = try ParsedInstruments.instrument(record.definition)
        }
        return result
    }
}

enum Timestamp {
    /// Current UTC time as ISO 8601 text.
    static func now() -> String { string(Date()) }

    /// A time as ISO 8601 text in UTC (these sort as text in time order), e.g. `2026-03-14T09:30:00Z`.
    static func string(_ date: Date) -> String {
        style.format(date)
    }

    /// Today's date in the Netherlands, `YYYY-MM-DD`: the day the web forms fill in
    /// (`DutchTime.today`), whatever time zone the server runs in.
    static func today() -> String {
        let parts = netherlands.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1).description
    }

    private static let netherlands: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
        return calendar
    }()

    /// A value-type style: making an `ISO8601DateFormatter` per call cost 0.1 ms, on every request.
    private static let style = Date.ISO8601FormatStyle()
}
