import ArgumentParser
import VeerkrachtCore
import VeerkrachtStore

struct Metingen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List and manage the metingen (measurement moments).",
        discussion: """
            A meting groups the responses of one measurement moment, e.g. 2025-voorjaar. It may have \
            a period (--van, --tot): its responses must be dated inside it. A closed meting takes no \
            new responses, corrections or imports, and only closed metingen are shown to gemeente \
            accounts in the web app, so the figures they see no longer change. Every change is \
            written to the audit log.

            Examples:
              veerkracht metingen add 2026-voorjaar --van 2026-03-01 --tot 2026-05-31
              veerkracht metingen merge 2026-Voorjaar 2026-voorjaar
              veerkracht metingen close 2026-voorjaar
            """,
        subcommands: [List.self, Add.self, Period.self, Rename.self, Merge.self, Close.self, Reopen.self, Remove.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show every meting with its period, state and responses.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let metingen = try database.open().metingen()
            guard !metingen.isEmpty else {
                Terminal.message("No metingen yet; add one with `veerkracht metingen add LABEL` or import responses.")
                return
            }
            let rows = metingen.map { summary in
                let meting = summary.meting
                let answered = summary.firstDate.map { "\($0) to \(summary.lastDate ?? $0)" } ?? "-"
                return [meting.label, meting.isClosed ? "closed" : "open", meting.period ?? "-", String(summary.responses), answered]
            }
            Terminal.write(TextTable.render(header: ["meting", "state", "period", "responses", "answered"], rows: rows))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an open meting.",
            discussion: """
                Labels are 1–64 characters and start with a letter or digit.

                Example:
                  veerkracht metingen add 2026-najaar --van 2026-09-01 --tot 2026-11-30
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("The meting's label.", valueName: "label")) var label: String
        @Option(help: ArgumentHelp("First day of its period.", valueName: "YYYY-MM-DD")) var van: String?
        @Option(help: ArgumentHelp("Last day of its period.", valueName: "YYYY-MM-DD")) var tot: String?

        func run() throws {
            let meting = try database.open().addMeting(label, from: van, to: tot, by: .commandLine)
            Terminal.message("Added meting '\(meting.label)'\(meting.period.map { " (\($0))" } ?? "").")
        }
    }

    struct Period: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "period",
            abstract: "Set or clear the period of an open meting.",
            discussion: """
                Every response the meting holds must lie inside the new period. Without --van and \
                --tot the period is cleared.

                Example:
                  veerkracht metingen period 2026-voorjaar --van 2026-03-01 --tot 2026-05-31
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("The meting's label.", valueName: "label")) var label: String
        @Option(help: ArgumentHelp("First day of its period.", valueName: "YYYY-MM-DD")) var van: String?
        @Option(help: ArgumentHelp("Last day of its period.", valueName: "YYYY-MM-DD")) var tot: String?

        func run() throws {
            try database.open().setMetingPeriod(label, from: van, to: tot, by: .commandLine)
            Terminal.message(van == nil && tot == nil ? "Meting '\(label)' has no period now." : "Set the period of meting '\(label)'.")
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a meting another label; its responses stay with it.",
            discussion: """
                Example:
                  veerkracht metingen rename "voorjaar 2026" 2026-voorjaar
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("The current label.", valueName: "label")) var label: String
        @Argument(help: ArgumentHelp("The new label.", valueName: "new-label")) var newLabel: String

        func run() throws {
            try database.open().renameMeting(label, to: newLabel, by: .commandLine)
            Terminal.message("Renamed meting '\(label)' to '\(newLabel)'.")
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move every response of one meting into another and remove the first.",
            discussion: """
                For a meting made by a typo. Refused when a respondent answered both, when a \
                response lies outside the target's period, or when either is closed.

                Example:
                  veerkracht metingen merge 2026-Voorjaar 2026-voorjaar
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("The meting to empty and remove.", valueName: "from")) var from: String
        @Argument(help: ArgumentHelp("The meting that receives its responses.", valueName: "into")) var into: String

        func run() throws {
            let moved = try database.open().mergeMeting(from, into: into, by: .commandLine)
            Terminal.message("Moved \(moved) responses from '\(from)' into '\(into)' and removed '\(from)'.")
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a meting: no new responses, corrections or imports; gemeenten see it.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("The meting's label.", valueName: "label")) var label: String

        func run() throws {
            try database.open().closeMeting(label, by: .commandLine)
            Terminal.message("Closed meting '\(label)'.")
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open a closed meting again (gemeente accounts no longer see it).")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("The meting's label.", valueName: "label")) var label: String

        func run() throws {
            try database.open().reopenMeting(label, by: .commandLine)
            Terminal.message("Reopened meting '\(label)'.")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a meting that holds no responses.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("The meting's label.", valueName: "label")) var label: String

        func run() throws {
            try database.open().removeMeting(label, by: .commandLine)
            Terminal.message("Removed meting '\(label)'.")
        }
    }
}
