import ArgumentParser
import VeerkrachtStore

struct Rapportagegebieden: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapportagegebieden",
        abstract: "List, add or remove rapportagegebieden: groups of wijken reported as one area.",
        discussion: """
            A wijk with fewer respondents than the disclosure threshold is withheld, and so is \
            another wijk, so that the small one cannot be recomputed from the gemeente total. \
            Grouping the small wijk with others of its gemeente keeps that from happening: \
            wherever a member is too small on its own, reports show the group as one area and \
            withhold the members' own figures. A wijk is in at most one group. \
            `veerkracht report gemeente` suggests a group when it had to withhold a wijk.

            Example:
              veerkracht rapportagegebieden add "Woensel-Noord en Achtse Barrier" WK077205 WK077208
            """,
        subcommands: [List.self, Add.self, Remove.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the rapportagegebieden with their wijken.",
            discussion: """
                Example:
                  veerkracht rapportagegebieden list GM0772
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("Only the groups of this gemeente (CBS code, e.g. GM0772).", valueName: "gemeente"))
        var gemeente: String?

        func run() throws {
            let groups = try database.open().rapportagegebieden(gemeente: gemeente?.uppercased())
            guard !groups.isEmpty else {
                Terminal.message("No rapportagegebieden yet; add one with `veerkracht rapportagegebieden add NAME WIJK WIJK…`.")
                return
            }
            Terminal.write(TextTable.render(header: ["name", "gemeente", "wijken"],
                                            rows: groups.map { [$0.name, $0.gemeente, $0.wijken.joined(separator: " ")] }))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Group two or more wijken of one gemeente under a name.",
            discussion: """
                Names are 1–60 characters, start with a letter or digit, and differ from every \
                other group's name (ignoring case). Quote a name with spaces.

                Example:
                  veerkracht rapportagegebieden add Buitengebied WK077208 WK077209 WK077210
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The group's name.", valueName: "name"))
        var name: String

        @Argument(help: ArgumentHelp("The CBS codes of its wijken, e.g. WK077208.", valueName: "wijk"))
        var wijken: [String] = []

        func run() throws {
            let group = try database.open().addRapportagegebied(name, wijken: wijken)
            Terminal.message("Added rapportagegebied '\(group.name)' in \(group.gemeente): \(group.wijken.joined(separator: ", ")).")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a rapportagegebied; its wijken are reported on their own again.",
            discussion: """
                The name is matched regardless of case.

                Example:
                  veerkracht rapportagegebieden remove Buitengebied
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The group's name.", valueName: "name"))
        var name: String

        func run() throws {
            let group = try database.open().removeRapportagegebied(name)
            Terminal.message("Removed rapportagegebied '\(group.name)'.")
        }
    }
}
