import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtStore
import VeerkrachtWeb
import XCTest

/// What a user can type reaches every page and download without breaking it: a meting label that a
/// spreadsheet would run as a formula.
final class ExtremeEntryTests: XCTestCase {
    func testDownloadsNeutraliseFormulasInLabels() async throws {
        let world = try WebFixture.make()
        let label = "=HYPERLINK(\"https://example.com\",\"klik\")"
        _ = try world.store.enterResponse(WebFixture.questionnaire("r600", meting: label), by: world.anna).get()
        let anna = try world.login(world.anna)
        try await world.app.test(.router) { client in
            let csv = try await client.get("/export/scores.csv?by=wijk", as: anna).text
            XCTAssertTrue(csv.contains("\n\"'=HYPERLINK(\"\"https://example.com\"\",\"\"klik\"\")\",WK077201,cohesie,1,"), csv)
            XCTAssertFalse(csv.split(separator: "\n").contains { $0.hasPrefix("=") || $0.hasPrefix("\"=") })
        }
    }
}
