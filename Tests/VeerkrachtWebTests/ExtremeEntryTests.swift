import HTTPTypes
import Hummingbird
import HummingbirdTesting
import GRDB
@_spi(Testing) import VeerkrachtStore
import VeerkrachtWeb
import XCTest

/// What an older version let users type reaches every page and download without breaking it: an
/// activity of 10³⁰⁰ hours (which used to take the app down) and a meting label that a spreadsheet
/// would run as a formula. Both are refused when entered now; a database may still hold them.
final class ExtremeEntryTests: XCTestCase {
    func testAnActivityOfAbsurdHoursShowsOnEveryPage() async throws {
        let world = try WebFixture.make()
        var form = WebFixture.activity("Marathon")
        form.uren = "1" + String(repeating: "0", count: 300)
        guard case .failure = try world.store.enterActivity(form, by: world.vera) else { return XCTFail("10³⁰⁰ hours are refused now") }
        form.uren = "3"
        let activity = try world.store.enterActivity(form, by: world.vera).get()
        try world.store.executeAsEarlierVersion("UPDATE activiteit SET uren = 1e300 WHERE id = ?", arguments: [activity.id])
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
        XCTAssertThrowsError(try world.store.addMeting(label, by: .command("test")), "a new meting may not start with =")
        _ = try world.store.enterResponse(WebFixture.questionnaire("r600", meting: "2026-voorjaar"), by: world.anna).get()
        try world.store.executeAsEarlierVersion("UPDATE meting SET label = ? WHERE label = '2026-voorjaar'", arguments: [label])
        let anna = try world.login(world.anna)
        try await world.app.test(.router) { client in
            let csv = try await client.get("/export/scores.csv?by=wijk", as: anna).text
            XCTAssertTrue(csv.contains("\n\"'=HYPERLINK(\"\"https://example.com\"\",\"\"klik\"\")\",WK077201,cohesie,2,"), csv)
            XCTAssertFalse(csv.split(separator: "\n").contains { $0.hasPrefix("=") || $0.hasPrefix("\"=") })
        }
    }
}
