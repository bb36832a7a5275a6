import Foundation
import XCTest

/// Every command explains itself: `--help` renders, exits 0 and names the command's options.
final class HelpTests: CommandTestCase {
    /// Each command with the options and arguments its help must mention.
    static let commands: [(String, [String])] = [
        ("demo", ["run", "generate"]),
        ("demo run", ["--db", "--suppress-below", "--indicative-below", "--seed"]),
        ("demo generate", ["--out", "--seed", "--respondents", "--wijken", "--gemeenten", "--metingen", "--panel", "--missing"]),
        ("init", ["--db", "--instrument"]),
        ("import", ["responses", "activiteiten", "gebieden", "list", "undo"]),
        ("import responses", ["<file>", "--db", "--meting", "--instrument"]),
        ("import activiteiten", ["<file>", "--db"]),
        ("import gebieden", ["<file>", "--db"]),
        ("import list", ["--db"]),
        ("import undo", ["<import>", "--db"]),
        ("metingen", ["list", "add", "period", "rename", "merge", "close", "reopen", "remove"]),
        ("metingen add", ["<label>", "--db", "--van", "--tot"]),
        ("metingen period", ["<label>", "--van", "--tot"]),
        ("metingen rename", ["<label>", "<new-label>"]),
        ("metingen merge", ["<from>", "<into>"]),
        ("metingen close", ["<label>"]),
        ("metingen reopen", ["<label>"]),
        ("metingen remove", ["<label>"]),
        ("export", ["scores", "change", "output"]),
        ("export scores", ["--db", "--suppress-below", "--indicative-below", "--by", "--meting", "--format", "--out"]),
        ("export change", ["--db", "--suppress-below", "--indicative-below", "--by", "--van", "--naar", "--format", "--out"]),
        ("export output", ["--db", "--by", "--van", "--tot", "--format", "--out"]),
        ("report", ["wijk", "gemeente"]),
        ("report wijk", ["<wijk>", "--db", "--meting", "--vorige", "--out", "--format", "--suppress-below", "--indicative-below"]),
        ("report gemeente", ["<gemeente>", "--db", "--meting", "--vorige", "--out", "--format", "--kaart", "--kaart-construct"]),
        ("rapportagegebieden", ["list", "add", "remove"]),
        ("rapportagegebieden list", ["<gemeente>", "--db"]),
        ("rapportagegebieden add", ["<name>", "<wijk>", "--db"]),
        ("rapportagegebieden remove", ["<name>", "--db"]),
        ("kaart", ["set", "show", "remove", "GeoJSON", "RD"]),
        ("kaart set", ["<file>", "--db", "--gemeente"]),
        ("kaart show", ["--db"]),
        ("kaart remove", ["<gemeente>", "--db"]),
        ("themas", ["list", "add", "remove"]),
        ("themas add", ["<name>", "--db"]),
        ("themas remove", ["<name>", "--db"]),
        ("surveys", ["validate", "add", "xlsform"]),
        ("surveys validate", ["<file>"]),
        ("surveys add", ["<file>", "--db"]),
        ("surveys xlsform", ["--db", "--instrument", "--out"]),
        ("status", ["--db"]),
        ("import verhalen", ["<file>", "--db", "--sheet"]),
        ("verhalen", ["list", "show", "approve", "reject", "highlight", "unhighlight"]),
        ("verhalen list", ["--db", "--status"]),
        ("verhalen reject", ["<id>", "--db", "--note"]),
        ("users", ["add", "list", "disable", "enable", "reset"]),
        ("users add", ["<name>", "--db", "--role", "--gemeente"]),
        ("users reset", ["<name>", "--db"]),
        ("serve", ["--db", "--host", "--port"]),
        ("backup", ["--db", "--out"]),
        ("restore", ["--db"]),
        ("check", ["--db", "--repair-cells"]),
    ]

    func testTheToolsHelpListsEveryCommand() throws {
        let help = try veerkracht("--help")
        XCTAssertEqual(help.status, 0, help.errors)
        XCTAssertTrue(help.output.hasPrefix("OVERVIEW: Measure sociale veerkracht per wijk"), help.output)
        XCTAssertTrue(help.output.contains("USAGE: veerkracht <subcommand>"), help.output)
        XCTAssertTrue(help.output.contains("--version"), help.output)
        for command in ["demo", "init", "import", "metingen", "export", "report", "rapportagegebieden", "kaart", "verhalen", "themas", "surveys", "status", "users", "serve",
                        "backup", "restore", "check"] {
            XCTAssertTrue(help.output.contains("\n  \(command) "), "\(command) is listed: \(help.output)")
        }
        XCTAssertEqual(try veerkracht("help").output, help.output, "`veerkracht help` is `veerkracht --help`")
        XCTAssertEqual(try veerkracht().output, help.output, "no command at all shows the help")
    }

    func testEveryCommandsHelpNamesItsOptions() throws {
        for (command, mentions) in Self.commands {
            let words = command.split(separator: " ").map(String.init)
            let help = try tool.run(words + ["--help"])
            XCTAssertEqual(help.status, 0, "\(command): \(help.errors)")
            XCTAssertEqual(help.errors, "", command)
            XCTAssertTrue(help.output.hasPrefix("OVERVIEW: "), "\(command): \(help.output)")
            XCTAssertTrue(help.output.contains("USAGE: veerkracht \(command)"), "\(command): \(help.output)")
            for mention in mentions {
                XCTAssertTrue(help.output.contains(mention), "\(command) --help mentions \(mention): \(help.output)")
            }
            XCTAssertEqual(try tool.run(["help"] + words).output, help.output, "veerkracht help \(command)")
        }
    }

    func testTheVersion() throws {
        let version = try veerkracht("--version")
        XCTAssertEqual(version.status, 0)
        XCTAssertEqual(version.output, "0.5.0\n")
        XCTAssertEqual(version.errors, "")
    }
}
