import Foundation
import XCTest

/// `veerkracht import verhalen` and `veerkracht verhalen` as a user types them: a file of stories in,
/// the review, and the messages of the common mistakes. Needs `.build/debug/veerkracht`.
final class VerhalenCommandTests: CommandTestCase {
    /// A database with two imported stories (a Dutch Excel's CSV: `;`, a day-first date, a text over two paragraphs).
    private func storiesImported() throws -> String {
        let database = path("eigen.sqlite")
        XCTAssertEqual(try veerkracht("init", "--db", database).status, 0)
        let file = path("verhalen.csv")
        try """
            wijk;datum;hulpbronnen;titel;tekst;bevestiging\r
            WK077201;2-4-2025;cohesie|binding;Samen de stoep op;"Na de barbecue ruimen buren samen op.\r\n\r\nEen tweede alinea.";ja\r
            WK077202;2025-04-03;digitaal_contact;"=HYPERLINK(""x"")";Twee buren leren videobellen.;Ja\r

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try veerkracht("import", "verhalen", file, "--db", database)
        XCTAssertEqual(imported.status, 0, imported.errors)
        XCTAssertTrue(imported.errors.contains("Imported 2 stories from \(file) as import 1, waiting for review (`veerkracht verhalen list`); "
            + "`veerkracht import undo 1` removes them again."), imported.errors)
        return database
    }

    func testHelp() throws {
        let help = try veerkracht("import", "verhalen", "--help")
        XCTAssertEqual(help.status, 0)
        let words = help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(words.contains("wijk (CBS code), datum (YYYY-MM-DD)"), help.output)
        XCTAssertTrue(words.contains("'ja' confirms that the story holds no names"), help.output)
        let verhalen = try veerkracht("verhalen", "--help")
        for subcommand in ["list", "show", "approve", "reject", "highlight", "unhighlight"] {
            XCTAssertTrue(verhalen.output.contains(subcommand), subcommand)
        }
    }

    func testImportListAndReview() throws {
        let database = try storiesImported()
        XCTAssertEqual(try veerkracht("verhalen", "--db", database).output, """
            id  status     wijk      datum       hulpbronnen       titel
            2   ingediend  WK077202  2025-04-03  digitaal_contact  =HYPERLINK("x")
            1   ingediend  WK077201  2025-04-02  cohesie|binding   Samen de stoep op

            """)
        XCTAssertEqual(try veerkracht("verhalen", "approve", "1", "--db", database).errors, "Story 1 is now goedgekeurd.\n")
        XCTAssertEqual(try veerkracht("verhalen", "highlight", "1", "--db", database).errors, "Story 1 is now goedgekeurd and highlighted.\n")
        XCTAssertEqual(try veerkracht("verhalen", "reject", "2", "--note", "De titel is geen titel.", "--db", database).errors,
                       "Story 2 is now afgewezen.\n")
        XCTAssertEqual(try veerkracht("verhalen", "show", "2", "--db", database).output, """
            =HYPERLINK("x")
            wijk WK077202, 2025-04-03; hulpbronnen: digitaal_contact
            status: afgewezen
            note by command:\(ProcessInfo.processInfo.userName): De titel is geen titel.

            Twee buren leren videobellen.

            """)
        XCTAssertTrue(try veerkracht("status", "--db", database).output.hasSuffix("Verhalen:    2 (0 ingediend, 1 goedgekeurd, 1 afgewezen)\n"))
        XCTAssertEqual(try veerkracht("verhalen", "list", "--status", "goedgekeurd", "--db", database).output, """
            id  status                   wijk      datum       hulpbronnen      titel
            1   goedgekeurd, uitgelicht  WK077201  2025-04-02  cohesie|binding  Samen de stoep op

            """)
    }

    func testCommonMistakes() throws {
        let database = try storiesImported()
        let cases: [([String], String)] = [
            (["reject", "1"], "Error: say why the story is rejected (up to 500 characters), so that its author can change it: add --note TEXT\n"),
            (["highlight", "1"], "Error: cannot highlight a story that is ingediend (see `veerkracht verhalen show ID`)\n"),
            (["approve", "9"], "Error: there is no such story (see `veerkracht verhalen list`)\n"),
            (["show", "9"], "Error: there is no story 9 (see `veerkracht verhalen list`)\n"),
        ]
        for (arguments, errors) in cases {
            let run = try tool.run(["verhalen"] + arguments + ["--db", database])
            XCTAssertEqual(run.status, 1, arguments.joined(separator: " "))
            XCTAssertEqual(run.errors, errors)
        }
        XCTAssertEqual(try tool.run(["verhalen", "list", "--status", "klaar", "--db", database]).status, 64)

        let file = path("fout.csv")
        try "wijk,datum,hulpbronnen,titel,tekst,bevestiging\nWK077203,2025-04-05,cohesie,Hoek,Ze woont op 5611 AB.,\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try veerkracht("import", "verhalen", file, "--db", database)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("line 2, column 5 (tekst): holds what looks like a postcode ('5611 AB')"), refused.errors)
        XCTAssertTrue(refused.errors.contains("line 2, column 6 (bevestiging): confirm that the story holds no names"), refused.errors)
        XCTAssertEqual(try veerkracht("verhalen", "list", "--db", database).output.split(separator: "\n").count, 3, "nothing stored")
    }
}
