import GRDB
@testable import VeerkrachtStore
import XCTest

/// The fast INSERTs of the imports name no columns: they fill the table's columns in their order,
/// which the records' `CodingKeys` must follow.
final class RecordColumnOrderTests: XCTestCase {
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
