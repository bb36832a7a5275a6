import Foundation
import XCTest

/// `veerkracht kaart` and `report gemeente --kaart`: the demo stores its map, a summary draws the
/// stored map or the one given, and a wrong file is refused naming the file, the feature and the problem.
final class KaartCommandTests: CommandTestCase {
    func testTheStoredMapAndTheMapGivenAreDrawnAndManaged() throws {
        let database = path("demo.sqlite"), out = path("gemeente.html"), file = path("demo/kaart.geojson")
        XCTAssertEqual(try veerkracht("demo", "--db", database).status, 0)
        let show = try veerkracht("kaart", "show", "--db", database)
        XCTAssertEqual(show.status, 0, show.errors)
        XCTAssertTrue(show.output.hasPrefix("gemeente  wijken  file                stored\nGM0088    1       demo:kaart.geojson  "), show.output)
        XCTAssertEqual(show.output.split(separator: "\n").count, 7, show.output)

        func summary(_ extra: String...) throws -> String {
            let run = try tool.run(["report", "gemeente", "GM0772", "--meting", "2026-voorjaar", "--db", database, "--out", out] + extra)
            XCTAssertEqual(run.status, 0, run.errors)
            return try String(contentsOfFile: out, encoding: .utf8)
        }
        XCTAssertTrue(try summary().contains(#"<h2>Sociale veerkracht per wijk<span class="kicker">kaart</span></h2>"#))
        XCTAssertTrue(try summary("--kaart-construct", "cohesie").contains("<h2>Cohesie in straat en buurt per wijk"))

        let removed = try veerkracht("kaart", "remove", "GM0772", "--db", database)
        XCTAssertEqual(removed.errors, "Removed the map of GM0772.\n")
        XCTAssertFalse(try summary().contains(#"class="chart kaart""#), "no stored map, no map")
        XCTAssertTrue(try summary("--kaart", file).contains(#"class="chart kaart""#), "the map given is drawn")
        let noMap = try veerkracht("report", "gemeente", "GM0772", "--meting", "2026-voorjaar", "--db", database, "--out", out,
                                   "--kaart-construct", "cohesie")
        XCTAssertEqual(noMap.status, 1)
        XCTAssertEqual(noMap.errors, "Error: there is no wijk map of GM0772: give one with --kaart FILE.geojson or store one with "
            + "'veerkracht kaart set'\n")

        let set = try veerkracht("kaart", "set", file, "--gemeente", "gm0772", "--db", database)
        XCTAssertEqual(set.status, 0, set.errors)
        XCTAssertEqual(set.errors, "Stored the map of GM0772: 8 wijken.\n")
        XCTAssertTrue(try summary().contains(#"class="chart kaart""#))
        let all = try veerkracht("kaart", "remove", "--db", database)
        XCTAssertEqual(all.errors, "Removed the map of GM0088, GM0106, GM0114, GM0153, GM0164, GM0772.\n")
        let none = try veerkracht("kaart", "--db", database)
        XCTAssertEqual(none.status, 0)
        XCTAssertEqual(none.errors, "No wijk map stored; store one with `veerkracht kaart set FILE.geojson`.\n")
        let again = try veerkracht("kaart", "remove", "GM0772", "--db", database)
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.errors, "Error: no wijk map of GM0772 is stored\n")
    }

    func testAWrongFileIsRefusedNamingTheFileTheFeatureAndTheProblem() throws {
        let database = path("db.sqlite")
        XCTAssertEqual(try veerkracht("init", "--db", database).status, 0)
        let point = try write(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"WK_CODE":"WK077201"},"geometry":{"type":"Point","coordinates":[155000,380000]}}]}"#, "punt.geojson")
        let refused = try veerkracht("kaart", "set", point.path, "--db", database)
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.errors, "Error: \(point.path): feature 0 (WK077201) is a Point: a wijk needs a Polygon or MultiPolygon\n")
        let square = #"[[[155000,380000],[156000,380000],[156000,381000],[155000,380000]]]"#
        let fine = try write(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"WK_CODE":"WK077201"},"geometry":{"type":"Polygon","coordinates":\#(square)}}]}"#, "wijken.geojson")
        let unknown = try veerkracht("kaart", "set", fine.path, "--db", database)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.errors, "Error: \(fine.path): the map holds no wijk of a gemeente in the database; it holds wijken of GM0772\n")
        let missing = try veerkracht("kaart", "set", path("nergens.geojson"), "--db", database)
        XCTAssertEqual(missing.errors, "Error: cannot read \(path("nergens.geojson")): no such file\n")
        let badCode = try veerkracht("kaart", "set", fine.path, "--gemeente", "Eindhoven", "--db", database)
        XCTAssertEqual(badCode.status, 64)
        XCTAssertTrue(badCode.errors.contains("'Eindhoven' is not a CBS gemeente code (e.g. GM0772)"), badCode.errors)
    }
}
