import Foundation
import GRDB
import VeerkrachtCSV
import VeerkrachtCore
@testable import VeerkrachtStore
import VeerkrachtSurveys

/// Shared test helpers: an in-memory store with the default instrument, and CSV text builders.
enum Fixtures {
    static let instrument = try! Instrument(yaml: BundledInstruments.veerkrachtmeterV1)
    static let itemIDs = instrument.items.map(\.id)

    static func store() throws -> Store {
        let store = try Store()
        try store.register(instrument, source: BundledInstruments.veerkrachtmeterV1)
        return store
    }

    /// A responses row: every item answered `answer` unless overridden.
    static func row(_ respondent: String, wijk: String = "WK077201", datum: String = "2025-03-14", meting: String = "2025-voorjaar",
                    answer: String = "4", overrides: [String: String] = [:]) -> [String] {
        [respondent, wijk, datum, meting] + itemIDs.map { overrides[$0] ?? ($0 == "svt1" || $0 == "svt2" || $0 == "svt3" ? "7" : answer) }
    }

    static var header: [String] { ["respondent", "wijk", "datum", "meting"] + itemIDs }

    /// CSV text with `delimiter`, quoting fields that need it, lines ended by `newline`.
    static func csv(_ rows: [[String]], delimiter: String = ",", newline: String = "\n") -> String {
        rows.map { row in
            row.map { field in
                field.contains(delimiter) || field.contains("\"") || field.contains("\n")
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: delimiter)
        }.joined(separator: newline) + newline
    }

    static func reader(_ text: String) -> CSVReader { CSVReader(bytes: Array(text.utf8)) }

    /// Imports `text`, returning the refusal (and failing the caller if the import succeeded).
    static func refusal(_ store: Store, _ text: String, meting: String? = nil) throws -> ImportRefused? {
        do {
            _ = try store.importResponses(from: reader(text), source: "test.csv", meting: meting)
            return nil
        } catch let refused as ImportRefused {
            return refused
        }
    }

    /// The stored construct scores of one response, by construct id.
    static func scores(_ store: Store, respondent: String) throws -> [String: Double] {
        let blob = try store.database.read { db in try Data.fetchOne(db, sql: "SELECT scores FROM response WHERE respondent = ?", arguments: [respondent])! }
        var result: [String: Double] = [:]
        for (construct, score) in zip(instrument.constructs, ScoreVector.decode(blob)) { result[construct.id] = score }
        return result
    }

    /// The stored raw answers of one response, by item id (nil: missing).
    static func answers(_ store: Store, respondent: String) throws -> [String: Int?] {
        let blob = try store.database.read { db in try Data.fetchOne(db, sql: "SELECT answers FROM response WHERE respondent = ?", arguments: [respondent])! }
        var result: [String: Int?] = [:]
        for (item, answer) in zip(instrument.items, AnswerVector.decode(blob, count: instrument.items.count)) { result[item.id] = answer }
        return result
    }

    static func count(_ store: Store, _ table: String) throws -> Int {
        try store.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")! }
    }
}
