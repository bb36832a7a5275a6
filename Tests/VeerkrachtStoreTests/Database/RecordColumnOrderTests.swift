import GRDB
@testable import VeerkrachtStore
import XCTest

/// The fast INSERTs of the imports bind by position: the activities INSERT fills the table's
/// columns in their order, which `CodingKeys` must follow; the responses INSERT names its columns,
/// which must be `ResponseRecord.importColumns`, in that order.
final class RecordColumnOrderTests: XCTestCase {
    func testResponseImportInsertNamesTheImportColumnsInOrder() throws {
        let sql = ResponseRecord.importInsertSQL
        let list = try XCTUnwrap(sql.split(separator: "(").dropFirst().first?.split(separator: ")").first)
        XCTAssertEqual(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
                       ResponseRecord.importColumns.map(\.stringValue))
        XCTAssertEqual(sql.filter { $0 == "?" }.count, ResponseRecord.importColumns.count)
    }

    func testResponseCodingKeysFollowTheColumnsOfTheTable() throws {
        let store = try Store()
        let columns = try store.database.read { db in try db.columns(in: ResponseRecord.databaseTableName).map(\.name) }
        XCTAssertEqual(ResponseRecord.CodingKeys.allCases.map(\.stringValue), columns)
    }

    func testActivityCodingKeysFollowTheColumnsOfTheTable() throws {
        let store = try Store()
        let columns = try store.database.read { db in try db.columns(in: ActivityRecord.databaseTableName).map(\.name) }
        XCTAssertEqual(ActivityRecord.CodingKeys.allCases.map(\.stringValue), columns)
    }
}
