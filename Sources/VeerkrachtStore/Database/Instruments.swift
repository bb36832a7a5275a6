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
            if let row = try Row.fetchOne(db, sql: "SELECT id, definition FROM instrument WHERE name = ? AND version = ?",
                                          arguments: [instrument.id, instrument.version]) {
                guard row["definition"] as String == source else { throw StoreError.conflictingInstrument(instrument.reference) }
                return row["id"]
            }
            try db.execute(sql: "INSERT INTO instrument (name, version, definition, registered_at) VALUES (?, ?, ?, ?)",
                           arguments: [instrument.id, instrument.version, source, Timestamp.now()])
            return db.lastInsertedRowID
        }
    }

    /// The most recently registered instrument, or the latest version of `id` when given.
    public func instrument(id: String? = nil) throws -> StoredInstrument {
        try database.read { db in try Self.instrument(db, id: id) }
    }

    /// `instrument(id:)` inside a transaction.
    static func instrument(_ db: Database, id: String? = nil) throws -> StoredInstrument {
        let row = if let id {
            try Row.fetchOne(db, sql: "SELECT id, definition FROM instrument WHERE name = ? ORDER BY version DESC LIMIT 1", arguments: [id])
        } else {
            try Row.fetchOne(db, sql: "SELECT id, definition FROM instrument ORDER BY id DESC LIMIT 1")
        }
        guard let row else { throw id.map { StoreError.unknownInstrument($0) } ?? StoreError.noInstrument }
        return try StoredInstrument(rowID: row["id"], instrument: ParsedInstruments.instrument(row["definition"]))
    }

    /// The instrument stored under row id `rowID`.
    static func instrument(_ db: Database, rowID: Int64) throws -> StoredInstrument {
        guard let source = try String.fetchOne(db, sql: "SELECT definition FROM instrument WHERE id = ?", arguments: [rowID]) else {
            throw StoreError.noInstrument
        }
        return StoredInstrument(rowID: rowID, instrument: try ParsedInstruments.instrument(source))
    }

    /// The instrument itself of `instrument(id: nil)`.
    public func currentInstrument() throws -> Instrument { try instrument().instrument }

    /// Every registered instrument by row id (responses may have answered different ones).
    static func allInstruments(_ db: Database) throws -> [Int64: Instrument] {
        var result: [Int64: Instrument] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, definition FROM instrument") {
            result[row["id"]] = try ParsedInstruments.instrument(row["definition"])
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

    /// Today's date in this machine's time zone (the organisation's), `YYYY-MM-DD`.
    static func today() -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1).description
    }

    /// A value-type style: making an `ISO8601DateFormatter` per call cost 0.1 ms, on every request.
    private static let style = Date.ISO8601FormatStyle()
}
