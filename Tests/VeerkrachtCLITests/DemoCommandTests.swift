import Foundation
import XCTest

/// `veerkracht demo` as a user sees it: progress on standard error, the figures per gemeente and
/// where everything went on standard output, and a database with own data left alone.
final class DemoCommandTests: CommandTestCase {
    func testTheDemoPrintsItsImportsFiguresAndFiles() throws {
        let database = path("demo.sqlite"), demo = path("demo")
        let run = try veerkracht("demo", "--db", database)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, """
            warning: new meting '2025-voorjaar'
            Imported 2990 responses from \(demo)/responses-2025-voorjaar.csv
            warning: new meting '2026-voorjaar' (the database had: 2025-voorjaar)
            Imported 2990 responses from \(demo)/responses-2026-voorjaar.csv
            Imported 818 activities from \(demo)/activiteiten.csv

            """)
        XCTAssertTrue(run.output.hasPrefix("\nAssen (GM0106) — meting 2026-voorjaar: 190 respondenten\n"), run.output)
        XCTAssertEqual(run.output.components(separatedBy: " — meting 2026-voorjaar: ").count - 1, 6, "one block per gemeente: \(run.output)")
        XCTAssertTrue(run.output.hasSuffix("""

            Demo database: \(database)
            Reports:       \(demo)/wijk-WK077201.html
                           \(demo)/gemeente-GM0772.html
            Verhalen:      6 approved (4 highlighted for the gemeente summary), 1 waiting for review
            Try:  veerkracht export scores --by wijk --meting 2026-voorjaar
                  veerkracht export change --by gemeente --van 2025-voorjaar --naar 2026-voorjaar
                  veerkracht export output --by gemeente
                  veerkracht verhalen list
                  veerkracht metingen add 2026-najaar   (an open meting, to try the entry forms of `veerkracht serve`)

            """), run.output)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: demo).sorted(),
                       ["activiteiten.csv", "gebieden.csv", "gemeente-GM0772.html", "kaart.geojson", "responses-2025-voorjaar.csv",
                        "responses-2026-voorjaar.csv", "verhalen.csv", "wijk-WK077201.html"])
        let again = try veerkracht("demo", "--db", database)
        XCTAssertEqual(again.status, 0, "a demo database is replaced: \(again.errors)")
        XCTAssertEqual(again.output, run.output, "the same seed gives the same figures")
    }

    func testTheDemoLeavesADatabaseWithOwnDataAlone() throws {
        let database = path("eigen.sqlite")
        XCTAssertEqual(try veerkracht("init", "--db", database).status, 0)
        let gebieden = try write("code,naam\nGM0772,Eindhoven\n", "gebieden.csv")
        XCTAssertEqual(try veerkracht("import", "gebieden", gebieden.path, "--db", database).status, 0)
        let refused = try veerkracht("demo", "--db", database)
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.errors, "Error: \(database) holds data that is not demo data; give the demo another file with --db PATH\n")
        XCTAssertEqual(refused.output, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("demo")), "no demo files are written")
    }

    func testGenerateWritesTheFilesAndNamesThem() throws {
        let out = path("data")
        let run = try veerkracht("demo", "generate", "--out", out, "--respondents", "40", "--wijken", "4", "--gemeenten", "2")
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, "Wrote \(out)/gebieden.csv, \(out)/responses-2025-voorjaar.csv, \(out)/responses-2026-voorjaar.csv, "
                       + "\(out)/activiteiten.csv.\n")
        let bad = try veerkracht("demo", "generate", "--out", out, "--panel", "2")
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.errors.hasPrefix("Error: "), bad.errors)
    }
}
