import Foundation
import TestSupport
import VeerkrachtApp
import VeerkrachtCore
import XCTest

/// The XLSForm as a workbook: openpyxl reads back exactly the form's sheets, and pyxform (the
/// converter of KoboToolbox and ODK Central) makes an XForm of it with every item.
final class XLSFormWorkbookTests: FolderTestCase {
    private let instrument = try! DefaultInstrument.load()

    private func written() throws -> (form: XLSForm, path: String) {
        let form = XLSForm(instrument)
        let path = folder.appendingPathComponent("veerkrachtmeter.xlsx").path
        try form.write(to: path)
        return (form, path)
    }

    func testOpenpyxlReadsTheFormsSheets() throws {
        let (form, path) = try written()
        let book = try OpenpyxlSheets.read(path)
        XCTAssertEqual(book.names, ["survey", "choices", "settings"])
        for sheet in form.sheets {
            XCTAssertEqual(book.rows[sheet.name], [sheet.header] + sheet.rows, sheet.name)
        }
    }

    func testPyxformConvertsItWithEveryItem() throws {
        let (_, path) = try written()
        let conversion = try Pyxform.convert(path)
        XCTAssertEqual(conversion.warnings, [])
        let xform = conversion.xform
        for item in instrument.items {
            let construct = instrument.constructs[item.constructIndex].id
            XCTAssertTrue(xform.contains(#"nodeset="/data/\#(construct)/\#(item.id)""#), item.id)
        }
        for field in ResponseField.allCases {
            XCTAssertTrue(xform.contains(#"nodeset="/data/\#(field.column)""#), field.column)
        }
        XCTAssertTrue(xform.contains(#"<data id="veerkrachtmeter_v1" version="1">"#), "the form's id and version")
        XCTAssertTrue(xform.contains(#"<translation lang="Nederlands (nl)" default="true()">"#), "Dutch is the default language")
        XCTAssertTrue(xform.contains(#"constraint="regex(., '^[Ww][Kk][0-9]{4}[0-9A-Za-z]{2}$')""#), "the wijk's constraint")
        XCTAssertTrue(xform.contains(#"<select1 ref="/data/cohesie/coh1" appearance="likert">"#))
        for scale in Set(instrument.items.map { instrument.scale(of: $0).id }) {
            let list = try XCTUnwrap(xform.range(of: #"<instance id="\#(scale)">"#), scale)
            let end = try XCTUnwrap(xform.range(of: "</instance>", range: list.upperBound..<xform.endIndex))
            XCTAssertTrue(xform[list.upperBound..<end.lowerBound].contains("<name>98</name>"), "weet niet on \(scale)")
        }
    }
}
