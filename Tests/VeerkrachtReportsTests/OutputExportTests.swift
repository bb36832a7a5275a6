import VeerkrachtCore
import VeerkrachtReports
import XCTest

/// The output export (SPEC §6 "Output export").
final class OutputExportTests: XCTestCase {
    private func activity(_ wijk: String, participants: Int, hours: Double, volunteers: Int, hulpbronnen: [String]) -> Activity {
        Activity(datum: "2025-05-01", wijk: WijkCode(wijk)!, name: "Buurtkoffie", thema: "Armoede & Meedoen",
                 participants: participants, hours: hours, volunteers: volunteers, hulpbronnen: hulpbronnen)
    }

    func testHeaderIsTheSpecHeader() {
        XCTAssertEqual(OutputExport.header.joined(separator: ","),
                       "gebied,activiteiten,deelnemers,uren,vrijwilligers,cohesie,binding,sociaal_vertrouwen,veranderingsbereidheid,digitaal_contact")
        XCTAssertEqual(OutputExport.header(hulpbronnen: OutputExport.defaultHulpbronnen), OutputExport.header)
    }

    func testExportFormat() {
        var centrum = OutputTotals()
        centrum.add(activity("WK077201", participants: 12, hours: 0.1, volunteers: 2, hulpbronnen: ["cohesie", "binding"]))
        centrum.add(activity("WK077201", participants: 7, hours: 0.2, volunteers: 0, hulpbronnen: ["cohesie", "digitaal_contact"]))
        centrum.add(activity("WK077201", participants: 0, hours: 0, volunteers: 1, hulpbronnen: []))
        var stratum = OutputTotals()
        stratum.add(activity("WK077202", participants: 30, hours: 4, volunteers: 5, hulpbronnen: ["sociaal_vertrouwen"]))
        var enschede = OutputTotals()
        enschede.add(activity("WK015301", participants: 1, hours: 0, volunteers: 0, hulpbronnen: ["veranderingsbereidheid"]))

        let csv = OutputExport.csv(["WK077202": stratum, "WK077201": centrum, "WK015301": enschede],
                                   hulpbronnen: OutputExport.defaultHulpbronnen)
        // 0.1 + 0.2 in binary floating point is 0.30000000000000004 (Python: 0.1 + 0.2): full precision, not rounded
        XCTAssertEqual(0.1 + 0.2, 0.30000000000000004)
        XCTAssertEqual(csv, """
            gebied,activiteiten,deelnemers,uren,vrijwilligers,cohesie,binding,sociaal_vertrouwen,veranderingsbereidheid,digitaal_contact
            WK015301,1,1,0.0,0,0,0,0,1,0
            WK077201,3,19,0.30000000000000004,3,2,1,0,0,1
            WK077202,1,30,4.0,5,0,0,1,0,0

            """)
    }

    func testSmallCountsAreNotSuppressed() {
        var one = OutputTotals()
        one.add(activity("WK008801", participants: 3, hours: 1.25, volunteers: 1, hulpbronnen: ["binding"]))
        let lines = OutputExport.csv(["GM0088": one], hulpbronnen: OutputExport.defaultHulpbronnen).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[1], "GM0088,1,3,1.25,1,0,1,0,0,0")
    }

    func testEmptyExportHasOnlyTheHeader() {
        XCTAssertEqual(OutputExport.csv([:], hulpbronnen: OutputExport.defaultHulpbronnen), OutputExport.header.joined(separator: ",") + "\n")
    }

    func testHulpbronColumnsFollowTheGivenOrder() {
        var totals = OutputTotals()
        totals.add(activity("WK077201", participants: 2, hours: 1, volunteers: 0, hulpbronnen: ["binding", "eigen_kracht"]))
        let csv = OutputExport.csv(["WK077201": totals], hulpbronnen: ["eigen_kracht", "cohesie", "binding"])
        XCTAssertEqual(csv, "gebied,activiteiten,deelnemers,uren,vrijwilligers,eigen_kracht,cohesie,binding\nWK077201,1,2,1.0,0,1,0,1\n")
    }
}
