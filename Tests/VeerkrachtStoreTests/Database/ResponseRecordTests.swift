import GRDB
@testable import VeerkrachtStore
import XCTest

/// The import's INSERT names no columns: it fills the table's columns in their order, which
/// `ResponseRecord.CodingKeys` must follow.
final class ResponseRecordTests: XCTestCase {
    func testCodingKeysFollowTheColumnsOfTheTable() throws {
        let store = try Store()
        let columns = try store.database.read { db in try db.columns(in: ResponseRecord.databaseTableName).map(\.name) }
        XCTAssertEqual(ResponseRecord.CodingKeys.allCases.map(\.stringValue), columns)
    }
}
