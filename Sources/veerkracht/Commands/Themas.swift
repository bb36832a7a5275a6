import ArgumentParser
import VeerkrachtStore

struct Themas: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themas",
        abstract: "List, add or remove the themes activities are registered under.",
        discussion: """
            Every activity belongs to one thema. A new database has four: Armoede & Meedoen, \
            Opvoeding & Gezin, Talentontwikkeling & Jeugd and Veilige omgeving & Tolerantie. \
            In an activities file a thema may be written in any case.

            Example:
              veerkracht themas add "Gezondheid & Bewegen"
            """,
        subcommands: [List.self, Add.self, Remove.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the themes, one per line.",
            discussion: """
                Example:
                  veerkracht themas list
                """)

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let themes = try database.open().themes()
            Terminal.write(themes.map { $0 + "\n" }.joined())
            if themes.isEmpty { Terminal.message("No themes yet; add one with `veerkracht themas add NAME`.") }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a thema after the existing ones.",
            discussion: """
                Names are 1–100 characters; a name that differs from an existing thema only in \
                case is refused. Quote a name with spaces.

                Example:
                  veerkracht themas add "Gezondheid & Bewegen"
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The thema's name.", valueName: "name"))
        var name: String

        func run() throws {
            let stored = try database.open().addTheme(name)
            Terminal.message("Added thema '\(stored)'.")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a thema that no activity uses.",
            discussion: """
                The name is matched regardless of case. A thema that activities are registered \
                under cannot be removed.

                Example:
                  veerkracht themas remove "Gezondheid & Bewegen"
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The thema's name.", valueName: "name"))
        var name: String

        func run() throws {
            let removed = try database.open().removeTheme(name)
            Terminal.message("Removed thema '\(removed)'.")
        }
    }
}
