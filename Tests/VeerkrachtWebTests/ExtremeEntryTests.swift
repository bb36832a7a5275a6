import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtStore
import VeerkrachtWeb
import XCTest

/// What a user can type reaches every page and download without breaking it: an activity of 10³⁰⁰
/// hours (which used to take the app down) and a meting label that a spreadsheet would run as a formula.
final class ExtremeEntryTests: XCTestCase {
    func testAnActivityOfAbsurdHoursShowsOnEveryPage() async throws {
        let world = try WebFixture.make()
        var form = WebFixture.activity("Marathon")
        form.uren = "1" + String(repeating: "0", count: 300)
        let activity = try world.store.enterActivity(form, by: world.vera).get()
        let (vera, anna) = (try world.login(world.vera), try world.login(world.anna))
        try await world.app.test(.router) { client in
            for (uri, account) in [("/activiteiten", vera), ("/activiteiten/\(activity.id)", vera),
                                   ("/rapporten/wijk/WK077201?meting=2025-voorjaar", anna), ("/rapporten/gemeente/GM0772?meting=2025-voorjaar", anna)] {
                let page = try await client.get(uri, as: account)
                XCTAssertEqual(page.status, .ok, uri)
                XCTAssertTrue(page.text.contains("1,0 × 10³⁰⁰"), "\(uri) shows the hours as a power of ten")
            }
        }
    }

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
