import Foundation
import TestSupport
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtSurveys
import XCTest

/// The XLSForm as a workbook: openpyxl reads back exactly the form's sheets, and pyxform (the
/// converter of KoboToolbox and ODK Central) makes an XForm of it with every item, for the default
/// instrument (Veerkrachtmeter v2, with its background questions) and for v1.
final class XLSFormWorkbookTests: FolderTestCase {
    private let instruments = [try! DefaultInstrument.load(), try! Instrument(yaml: BundledInstruments.veerkrachtmeterV1)]

    private func written(_ instrument: Instrument) throws -> (form: XLSForm, path: String) {
        let form = XLSForm(instrument)
        let path = folder.appendingPathComponent("veerkrachtmeter-v\(instrument.version).xlsx").path
        try form.write(to: path)
        return (form, path)
    }

    func testOpenpyxlReadsTheFormsSheets() throws {
        for instrument in instruments { try assertOpenpyxlReadsTheFormsSheets(instrument) }
    }

    func testPyxformConvertsItWithEveryItem() throws {
        for instrument in instruments { try assertPyxformConvertsItWithEveryItem(instrument) }
    }

    private func assertOpenpyxlReadsTheFormsSheets(_ instrument: Instrument) throws {
        let (form, path) = try written(instrument)
        let book = try OpenpyxlSheets.read(path)
        XCTAssertEqual(book.names, ["survey", "choices", "settings"])
        for sheet in form.sheets {
            XCTAssertEqual(book.rows[sheet.name], [sheet.header] + sheet.rows, sheet.name)
        }
    }

    private func assertPyxformConvertsItWithEveryItem(_ instrument: Instrument) throws {
        let (_, path) = try written(instrument)
        let conversion = try Pyxform.convert(path)
        XCTAssertEqual(conversion.warnings, [])
        let xform = conversion.xform
        for item in instrument.items {
            let group = item.constructIndex.map { instrument.constructs[$0].id } ?? "over_uzelf"
            XCTAssertTrue(xform.contains(#"nodeset="/data/\#(group)/\#(item.id)""#), item.id)
        }
        for field in ResponseField.allCases {
            XCTAssertTrue(xform.contains(#"nodeset="/data/\#(field.column)""#), field.column)
        }
        let version = instrument.version
        XCTAssertTrue(xform.contains(#"<data id="veerkrachtmeter_v\#(version)" version="\#(version)">"#), "the form's id and version")
        XCTAssertTrue(xform.contains(#"<translation lang="Nederlands (nl)" default="true()">"#), "Dutch is the default language")
        XCTAssertTrue(xform.contains(#"constraint="regex(., '^[Ww][Kk][0-9]{4}[0-9A-Za-z]{2}$')""#), "the wijk's constraint")
        XCTAssertTrue(xform.contains(#"<select1 ref="/data/cohesie/coh1" appearance="likert">"#))
        for scale in Set(instrument.items.filter { !instrument.asksForNumber($0) }.map { instrument.scale(of: $0).id }) {
            let list = try XCTUnwrap(xform.range(of: #"<instance id="\#(scale)">"#), scale)
            let end = try XCTUnwrap(xform.range(of: "</instance>", range: list.upperBound..<xform.endIndex))
            XCTAssertTrue(xform[list.upperBound..<end.lowerBound].contains("<name>98</name>"), "weet niet on \(scale)")
        }
        guard !instrument.backgroundItems.isEmpty else { return }
        XCTAssertTrue(xform.contains(#"<bind nodeset="/data/over_uzelf/leeftijd" type="int""#), "leeftijd is a whole number")
        XCTAssertTrue(xform.contains(#"constraint=". &gt;= 16 and . &lt;= 110""#), "leeftijd within 16–110")
        XCTAssertFalse(xform.contains(#"nodeset="/data/over_uzelf/leeftijd" required="true()""#), "optional")
        XCTAssertTrue(xform.contains(#"<select1 ref="/data/over_uzelf/geslacht">"#))
    }
}
