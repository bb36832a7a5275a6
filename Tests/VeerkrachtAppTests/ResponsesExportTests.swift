import Foundation
import TestSupport
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtCSV
import VeerkrachtSPSS
import VeerkrachtStore
import XCTest

/// `export responses` in every format, read back by independent readers (openpyxl, pyreadstat):
/// one row per stored response with the stored answers and scores, nothing else.
final class ResponsesExportTests: FolderTestCase {
    private var store: Store!
    private var instrument: Instrument!
    /// The rows as the store hands them over, in order.
    private var expected: [ResponseRow] = []

    override func setUpWithError() throws {
        try super.setUpWithError()
        instrument = try DefaultInstrument.load()
        store = try Store()
        try store.register(instrument, source: DefaultInstrument.source)
        let items = instrument.items.map(\.id)
        // The background questions of v2: an age of 98 (not "weet niet" on leeftijd), "zeg ik liever niet", unanswered.
        let background = ["r3": ["leeftijd": "98", "geslacht": "zeg ik liever niet"], "=Zoë-1": ["leeftijd": "45", "geslacht": "2"],
                          "r1 2026-voorjaar": ["leeftijd": "", "geslacht": "3"], "r1 2025-voorjaar": ["leeftijd": "16", "geslacht": "vrouw"]]
        func row(_ respondent: String, _ wijk: String, _ meting: String, _ answer: (String) -> String) -> String {
            let own = background[respondent] ?? background["\(respondent) \(meting)"] ?? [:]
            return ([respondent, wijk, "2025-03-14", meting] + items.map { own[$0] ?? answer($0) }).joined(separator: ",")
        }
        // r3: no cohesie answers (no cohesie score), "weet niet" coded 98 and weet_niet; =Zoë-1 needs the formula guard.
        let text = ([(["respondent", "wijk", "datum", "meting"] + items).joined(separator: ",")] + [
            row("r3", "WK077202", "2025-voorjaar") { $0.hasPrefix("coh") ? "" : $0 == "bin1" ? "98" : $0 == "bin2" ? "weet_niet" : "2" },
            row("=Zoë-1", "WK077201", "2025-voorjaar") { $0.hasPrefix("svt") ? "9" : "4" },
            row("r1", "WK077201", "2026-voorjaar") { $0 == "zr1" ? "" : "5" },
            row("r1", "WK036301", "2025-voorjaar") { _ in "1" },
        ]).joined(separator: "\n") + "\n"
        _ = try store.importResponses(from: CSVReader(bytes: Array(text.utf8)), source: "test.csv")
        expected = try store.scanResponses { scan in
            var rows: [ResponseRow] = []
            try scan.forEach { rows.append($0) }
            return rows
        }
    }

    private var header: [String] {
        ["respondent", "wijk", "gemeente", "meting", "datum"] + instrument.items.map(\.id) + instrument.constructs.map(\.id)
    }

    /// A row's fields as text: answers as whole numbers, scores as the shortest text of the double, missing empty.
    private func texts(_ row: ResponseRow) -> [String] {
        [row.respondent, row.wijk, row.gemeente, row.meting, row.datum] + row.answers.map { $0.map(String.init) ?? "" }
            + row.scores.map { $0.map(\.description) ?? "" }
    }

    func testTheRowsAreTheStoredResponsesInOrder() throws {
        XCTAssertEqual(expected.map { "\($0.meting) \($0.wijk) \($0.respondent) \($0.gemeente)" }, [
            "2025-voorjaar WK036301 r1 GM0363", "2025-voorjaar WK077201 =Zoë-1 GM0772", "2025-voorjaar WK077202 r3 GM0772",
            "2026-voorjaar WK077201 r1 GM0772",
        ])
        let r3 = expected[2]
        XCTAssertEqual(r3.answers.prefix(7).map { $0 }, [nil, nil, nil, nil, nil, nil, nil])
        XCTAssertNil(r3.scores[instrument.constructIndex("cohesie")!])
        XCTAssertEqual(expected[3].answers[instrument.itemIndex("zr1")!], nil)
        XCTAssertEqual(expected.map { Array($0.answers.suffix(2)) }, [[16, 2], [45, 2], [98, nil], [nil, 3]], "leeftijd and geslacht")
    }

    func testCSVHasOneLinePerResponseWithTheFormulaGuard() throws {
        let file = folder.appendingPathComponent("antwoorden.csv").path
        XCTAssertEqual(try ResponsesExport(store: store).write(.csv, to: file), 4)
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        XCTAssertEqual(lines.count, 6)
        XCTAssertEqual(lines.last, "")
        XCTAssertEqual(lines[0], header.joined(separator: ","))
        for (line, row) in zip(lines.dropFirst(), expected) {
            var fields: [String] = texts(row)
            if fields[0].hasPrefix("=") { fields[0] = "'" + fields[0] }
            let written: [String] = line.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
            XCTAssertEqual(written, fields)
        }
        XCTAssertTrue(lines[2].hasPrefix("'=Zoë-1,WK077201,GM0772,2025-voorjaar,2025-03-14,4,4,"), lines[2])
    }

    func testCSVNLIsTheCSVForADutchExcel() throws {
        let plain = folder.appendingPathComponent("a.csv").path
        let dutch = folder.appendingPathComponent("b.csv").path
        try ResponsesExport(store: store).write(.csv, to: plain)
        try ResponsesExport(store: store).write(.csvNL, to: dutch, meting: nil)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: dutch))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let expected = try String(contentsOfFile: plain, encoding: .utf8)
            .replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: ".", with: ",")
        XCTAssertEqual(String(decoding: bytes.dropFirst(3), as: UTF8.self), expected)
    }

    func testAMetingFilterAndAnUnknownMeting() throws {
        let file = folder.appendingPathComponent("m.csv").path
        XCTAssertEqual(try ResponsesExport(store: store).write(.csv, to: file, meting: "2026-voorjaar"), 1)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").count, 2)
        let missing = folder.appendingPathComponent("none.sav").path
        XCTAssertThrowsError(try ResponsesExport(store: store).write(.csv, to: missing, meting: "2030")) { error in
            XCTAssertEqual(error as? MetingError, .unknown("2030", known: ["2025-voorjaar", "2026-voorjaar"]))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["m.csv"])
    }

    /// Every cell as openpyxl reads it: text as text, answers as whole numbers, scores as the same double, missing empty.
    func testXLSXHoldsEveryValueAsATypedCell() throws {
        let file = folder.appendingPathComponent("antwoorden.xlsx").path
        try ResponsesExport(store: store).write(.xlsx, to: file)
        let book = try OpenpyxlWorkbook.read(file)
        XCTAssertEqual(book.sheets, ["responses"])
        XCTAssertEqual(book.freeze, "A2")
        XCTAssertEqual(book.bold, Array(repeating: true, count: header.count))
        XCTAssertEqual(book.rows.first?.map(\.text), header)
        XCTAssertEqual(book.rows.count, 1 + expected.count)
        for (cells, row) in zip(book.rows.dropFirst(), expected) {
            let kinds = Array(repeating: "str", count: 5) + row.answers.map { $0 == nil ? "NoneType" : "int" }
                + row.scores.map { $0 == nil ? "NoneType" : "float" }
            XCTAssertEqual(cells.map(\.kind), kinds)
            XCTAssertEqual(cells.map(\.text), texts(row))
        }
    }

    /// Every value, label, value label and missing declaration as pyreadstat reads them.
    func testSAVHoldsEveryValueWithItsLabelsAndMissingDeclaration() throws {
        guard SAVWriter.isAvailable else {
            throw XCTSkip("the ReadStat library is not installed (apt-get install libreadstat1): the SPSS export test is skipped")
        }
        let file = folder.appendingPathComponent("antwoorden.sav").path
        XCTAssertEqual(try ResponsesExport(store: store).write(.sav, to: file), 4)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["antwoorden.sav"])
        let sav = try PyreadstatFile.read(file)
        XCTAssertEqual(sav.names, header)
        XCTAssertEqual(sav.rowCount, 4)
        XCTAssertEqual(sav.fileLabel, "Veerkrachtmeter")
        for (index, row) in expected.enumerated() {
            let values: [PyreadstatFile.Value] = [row.respondent, row.wijk, row.gemeente, row.meting, row.datum].map { .text($0) }
                + row.answers.map { $0.map { .number(Double($0)) } ?? .missing } + row.scores.map { $0.map { .number($0) } ?? .missing }
            XCTAssertEqual(header.map { sav.columns[$0]?[index] }, values, "row \(index + 1)")
        }
        // The text variables as wide as their longest value in bytes ("=Zoë-1" is 7).
        XCTAssertEqual(["respondent", "wijk", "gemeente", "meting", "datum"].map { sav.formats[$0] }, ["A7", "A8", "A6", "A13", "A10"])
        XCTAssertEqual(sav.labels["respondent"], ResponseField.respondent.label)
        XCTAssertEqual(sav.labels["datum"], ResponseField.datum.label)
        XCTAssertEqual(sav.measures["wijk"], "nominal")
        let missingLabels = ["98.0": instrument.missingLabel, "99.0": instrument.missingLabel]
        for item in instrument.items where !item.isBackground {
            let scale = instrument.scale(of: item)
            XCTAssertEqual(sav.labels[item.id], item.text)
            XCTAssertEqual(sav.formats[item.id], "F8.0")
            XCTAssertEqual(sav.measures[item.id], scale.isOpen ? "scale" : "ordinal")
            let labels = Dictionary(uniqueKeysWithValues: scale.labels.map { ("\(Double($0.value))", $0.text) })
            XCTAssertEqual(sav.valueLabels[item.id], labels.merging(missingLabels) { $1 }, item.id)
            XCTAssertEqual(sav.missing[item.id], [PyreadstatFile.MissingRange(lo: 98, hi: 98), PyreadstatFile.MissingRange(lo: 99, hi: 99)], item.id)
        }
        // leeftijd: a number of years (98 is an age there, so no code is declared missing); geslacht: nominal, labelled.
        XCTAssertEqual(sav.labels["leeftijd"], "Wat is uw leeftijd?")
        XCTAssertEqual(sav.formats["leeftijd"], "F8.0")
        XCTAssertEqual(sav.measures["leeftijd"], "scale")
        XCTAssertNil(sav.valueLabels["leeftijd"])
        XCTAssertEqual(sav.missing["leeftijd"] ?? [], [])
        XCTAssertEqual(sav.labels["geslacht"], "Wat is uw geslacht?")
        XCTAssertEqual(sav.measures["geslacht"], "nominal")
        XCTAssertEqual(sav.valueLabels["geslacht"], ["1.0": "man", "2.0": "vrouw", "3.0": "anders",
                                                     "98.0": "zeg ik liever niet", "99.0": "zeg ik liever niet"])
        XCTAssertEqual(sav.missing["geslacht"], [PyreadstatFile.MissingRange(lo: 98, hi: 98), PyreadstatFile.MissingRange(lo: 99, hi: 99)])
        for construct in instrument.constructs {
            XCTAssertEqual(sav.labels[construct.id], construct.name)
            XCTAssertEqual(sav.formats[construct.id], "F8.2")
            XCTAssertEqual(sav.measures[construct.id], "scale")
            XCTAssertNil(sav.valueLabels[construct.id])
        }
    }

    /// A file that cannot be written is an error, and leaves nothing behind.
    func testAFailedSAVLeavesNoFile() throws {
        guard SAVWriter.isAvailable else { throw XCTSkip("the ReadStat library is not installed: the SPSS export test is skipped") }
        let file = folder.appendingPathComponent("no-such-folder/antwoorden.sav").path
        XCTAssertThrowsError(try ResponsesExport(store: store).write(.sav, to: file)) { error in
            guard case .cannotWrite(let path, _)? = error as? SPSSWriteError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, file)
        }
        let existing = folder.appendingPathComponent("kept.sav").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: existing))
        XCTAssertThrowsError(try ResponsesExport(store: store).write(.sav, to: existing, meting: "2030"))
        XCTAssertEqual(try String(contentsOfFile: existing, encoding: .utf8), "old")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["kept.sav"])
    }
}
