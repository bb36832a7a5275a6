import Foundation
import GRDB
import FuzzSupport
import VeerkrachtCore
import VeerkrachtCSV
@testable import VeerkrachtStore
import XCTest

/// `import verhalen` under the same fuzzing as the other imports: valid files (in every CSV style,
/// columns shuffled) import whole, mutated ones import whole or not at all, a refusal names lines of
/// the file, and what is stored says what the file says, holds nothing identifying and waits for review.
final class VerhalenImportFuzzTests: XCTestCase {
    func testVerhalenImportIsAllOrNothing() {
        let report = FuzzRun.execute(VerhalenImportTarget.self, cases: FuzzSettings.cases(300))
        report.check()
        report.expectMix(["imported": 0.15, "refused": 0.3])
    }
}

/// One verhalen import per case.
typealias VerhalenImportTarget = FixedColumnImportTarget<VerhalenFiles>

/// Verhalen files: valid ones, and odd values for each column.
enum VerhalenFiles: FixedColumnImport {
    static let name = "verhalen-import"
    static let kind = ImportKind.verhalen

    static func run(_ store: Store, _ reader: CSVReader) throws -> ImportOutcome {
        try store.importVerhalen(from: reader, source: "fuzz.csv")
    }

    static let columns = VerhaalValidator.Field.allCases.map(\.rawValue)
    static let titles = ["Samen de stoep op", "Koffie met \"de buurvrouw\"", "Digicafé, De Kapel", "Moestuin 't Hofje", "Wat een middag!"]
    static let texts = ["Na de barbecue ruimen buren samen op.", "Eerste alinea.\n\nTweede alinea; met een puntkomma.",
                        "Ze zei: \"dit had ik nooit gedacht\".\r\nEn toen lachten we.", "In 2025 kwamen 40 buren, 12 vaker dan in 2024.",
                        String(repeating: "Een lange zin over de buurt. ", count: 34)]

    static func make(_ r: inout FuzzRandom) -> FixedColumnInput {
        FixedColumnFiles.make(&r, columns: columns, validValue: validValue, oddValue: oddValue)
    }

    /// A valid value of `column` in row `k`.
    static func validValue(_ column: String, _ k: Int, _ r: inout FuzzRandom) -> String {
        switch column {
        case "datum": return ResponsesFiles.randomDate(&r)
        case "wijk": return r.pick(ResponsesFiles.wijken)
        case "titel": return "\(r.pick(titles)) \(k)"
        case "tekst": return r.pick(texts)
        case "bevestiging": return r.pick(["ja", "Ja", "JA", " ja ", "x", "1"])
        default: // hulpbronnen
            var chosen = ActivitiesFiles.hulpbronnen
            r.shuffle(&chosen)
            return chosen.prefix(r.int(1...3)).map { r.chance(0.1) ? $0.uppercased() : $0 }.joined(separator: r.pick(["|", " | "]))
        }
    }

    /// An odd value for a column of a verhalen file.
    static func oddValue(_ column: String, _ r: inout FuzzRandom) -> String {
        switch column {
        case "datum": return r.pick(OddValues.dates + ["2-4-2025", "31-2-2025", "2025-04-02T10:00:00+02:00"])
        case "wijk": return r.pick(OddValues.wijken)
        case "titel":
            return r.chance(0.6) ? OddValues.label(&r, maximum: 120)
                : r.pick(["", " ", String(repeating: "a", count: 120), String(repeating: "a", count: 121), "Titel\nmet regel", "NA",
                          String(repeating: "e\u{301}", count: 100), "=HYPERLINK(\"x\")", "Bel 0612345678"])
        case "tekst":
            return r.pick(["", " \n \n", String(repeating: "a", count: 1000), String(repeating: "a", count: 1001),
                           String(repeating: "e\u{301}", count: 999), "Mail jan@example.org", "Haar nummer: +31 6 1234 5678",
                           "Woont op 5611 AB", "Op de Kastanjelaan 12 was het feest", "Een\u{200B}verhaal", "<script>alert(1)</script>",
                           "Regel\r\rmet losse CR", "Tab\tin de tekst", OddValues.generic(&r)])
        case "bevestiging": return r.pick(["", "nee", "NA", "ja?", "jaa", "0", "no", "ja\u{00A0}", "JA"])
        case "hulpbronnen":
            return r.pick(["", "NA", "|", "veerkracht", "sociale_veerkracht", "Cohesie | BINDING", "cohesie,binding", "cohesie|onbekend"])
        default: return OddValues.generic(&r)
        }
    }

    /// Each stored story says what its line of the file says, read with the documented rules, waits
    /// for review, and holds nothing the validator refuses.
    static func contentProblems(header: CSVRecord, data: [CSVRecord], batchID: Int64, db: Database) throws -> [String] {
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let columns = Self.columns.compactMap { names.firstIndex(of: $0) }
        guard columns.count == Self.columns.count else { return ["imported a file whose header lacks verhalen columns: \(names)"] }
        let records = Dictionary(data.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM verhaal WHERE batch_id = ?", arguments: [batchID]) {
            guard let line = row["source_line"] as Int?, let record = records[line], record.fields.count == names.count else {
                problems.append("story names line \(row["source_line"] as Int? ?? -1), which is no data row of the header's width")
                continue
            }
            let cell = columns.map { FuzzText.trimmed(record.fields[$0]) }
            func expect(_ what: String, _ same: Bool) {
                if !same { problems.append("line \(line): stored \(what) \(FuzzText.escaped(String(describing: row[what] ?? "nil")))") }
            }
            expect("wijk", row["wijk"] as String == cell[0].uppercased())
            expect("datum", (row["datum"] as String) <= FuzzText.today && (cell[1].hasPrefix(row["datum"] as String)
                                                                          || FuzzText.dayFirst(cell[1]) == row["datum"] as String))
            let given = Set(cell[2].split(separator: "|").map { FuzzText.trimmed(String($0)).lowercased() }.filter { !$0.isEmpty })
            expect("hulpbronnen", !given.isEmpty && given == Set((row["hulpbronnen"] as String).split(separator: "|").map(String.init)))
            expect("titel", row["titel"] as String == cell[3].precomposedStringWithCanonicalMapping)
            let tekst: String = row["tekst"]
            expect("tekst", !tekst.contains("\r") && !tekst.contains("\t") && (1...1000).contains(tekst.unicodeScalars.count)
                   && IdentifyingDetail.first(in: tekst) == nil && !tekst.hasPrefix("\n") && !tekst.hasSuffix("\n"))
            expect("status", row["status"] as String == "ingediend" && row["uitgelicht"] as Int == 0)
            if !VerhaalValidator.confirmations.contains(cell[5].lowercased()) { problems.append("line \(line): imported without confirmation") }
            if problems.count >= 10 { break }
        }
        return problems
    }
}
