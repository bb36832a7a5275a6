import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VeerkrachtStore
import VeerkrachtWeb
import XCTest

/// A gemeente account sees the reports of its own gemeente and its wijken, and nothing else.
final class ReportAccessTests: XCTestCase {
    func testAGemeenteSeesOnlyItsOwnReports() async throws {
        let world = try WebFixture.make()
        let eindhoven = try world.login(world.eindhoven)
        try await world.app.test(.router) { client in
            let own = try await client.get("/rapporten/gemeente/GM0772?meting=2024-najaar", as: eindhoven)
            XCTAssertEqual(own.status, .ok)
            XCTAssertTrue(own.text.contains("Eindhoven"))
            XCTAssertTrue(own.text.contains("← Alle rapporten"))
            let ownWijk = try await client.get("/rapporten/wijk/WK077201?meting=2024-najaar", as: eindhoven)
            XCTAssertEqual(ownWijk.status, .ok)
            for uri in ["/rapporten/gemeente/GM0153?meting=2024-najaar", "/rapporten/wijk/WK015301?meting=2024-najaar"] {
                let other = try await client.get(uri, as: eindhoven)
                XCTAssertEqual(other.status, .forbidden, uri)
                XCTAssertFalse(other.text.contains("Roombeek"))
            }
            for uri in ["/invoer", "/invoer/\(world.veraResponse)", "/mijn-invoer", "/activiteiten/nieuw", "/audit", "/export/scores.csv?by=wijk"] {
                let refused = try await client.get(uri, as: eindhoven)
                XCTAssertEqual(refused.status, .forbidden, uri)
            }
            for uri in ["/rapporten/gemeente/GM0772?meting=2026-voorjaar", "/rapporten/wijk/WK077201?meting=2025-voorjaar",
                        "/rapporten/gemeente/GM0772?meting=2024-najaar&vorige=2025-voorjaar"] {
                let open = try await client.get(uri, as: eindhoven)
                XCTAssertEqual(open.status, .notFound, "an open meting is not shown to a gemeente: \(uri)")
                XCTAssertFalse(open.text.contains("Centrum"), uri)
            }
            let overview = try await client.get("/rapporten", as: eindhoven).text
            XCTAssertTrue(overview.contains("/rapporten/gemeente/GM0772"))
            XCTAssertTrue(overview.contains("2024-najaar"))
            XCTAssertFalse(overview.contains("2025-voorjaar") || overview.contains("2026-voorjaar"), "only closed metingen are offered")
            XCTAssertFalse(overview.contains("GM0153"), "another gemeente is not even listed")
            XCTAssertFalse(overview.contains("/export/"), "no exports for gemeenten")
            let home = try await client.get("/", as: eindhoven).text
            XCTAssertTrue(home.contains("Impactsamenvatting Eindhoven"), "the start page of a gemeente is its reports")
        }
    }

    func testMissingDataAndUnknownMetingenAreCalmPages() async throws {
        let world = try WebFixture.make()
        let anna = try world.login(world.anna)
        try await world.app.test(.router) { client in
            let unknown = try await client.get("/rapporten/wijk/WK077201?meting=1999-najaar", as: anna)
            XCTAssertEqual(unknown.status, .notFound)
            XCTAssertTrue(unknown.text.contains("Er is geen meting ‘1999-najaar’."))
            let badCode = try await client.get("/rapporten/wijk/WK07", as: anna)
            XCTAssertEqual(badCode.status, .notFound)
            let noVan = try await client.get("/export/change.csv?by=wijk", as: anna)
            XCTAssertEqual(noVan.status, .badRequest)
            let csv = try await client.get("/export/scores.csv?by=gemeente&meting=2025-voorjaar", as: anna)
            XCTAssertEqual(csv.status, .ok)
            XCTAssertEqual(csv.headers[.contentType], "text/csv; charset=utf-8")
            XCTAssertTrue(csv.text.hasPrefix("meting,gebied,construct,n,gemiddelde,sd,ci_laag,ci_hoog,pct_laag,pct_hoog,status"))
            XCTAssertTrue(csv.text.contains("2025-voorjaar,GM0772,cohesie,1,,,,,,,onderdrukt"), "one respondent: withheld")
        }
    }
}
