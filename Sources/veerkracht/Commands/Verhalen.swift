import ArgumentParser
import VeerkrachtCore
import VeerkrachtStore

struct Verhalen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verhalen",
        abstract: "List and review stories (verhalen): only approved ones appear in reports.",
        discussion: """
            Veldwerkers register stories in the web app (Verhalen) or they are imported with \
            `veerkracht import verhalen FILE`; each waits for an analist's review. An approved story \
            appears on its wijk's dashboard beside the figures of its hulpbron; a highlighted one \
            also in the gemeente summary. Neither is shown for a wijk whose figures are withheld \
            for privacy. Every decision is written to the audit log with the system user's name.

            Examples:
              veerkracht verhalen list --status ingediend
              veerkracht verhalen approve 12
              veerkracht verhalen reject 13 --note "Noem geen straatnaam."
            """,
        subcommands: [List.self, Show.self, Approve.self, Reject.self, Highlight.self, Unhighlight.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the stories, waiting ones first.",
            discussion: """
                Example:
                  veerkracht verhalen list --status goedgekeurd
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Only stories with this status: ingediend, goedgekeurd or afgewezen.", valueName: "status"))
        var status: VerhaalStatus?

        func run() throws {
            let stories = try database.open().verhalen(status: status)
            guard !stories.isEmpty else {
                Terminal.message(status == nil ? "No stories yet; veldwerkers register them in the web app, or import them with "
                    + "`veerkracht import verhalen FILE`." : "No stories with status \(status!.rawValue).")
                return
            }
            Terminal.write(TextTable.render(header: ["id", "status", "wijk", "datum", "hulpbronnen", "titel"], rows: stories.map {
                [String($0.id), $0.status.rawValue + ($0.uitgelicht ? ", uitgelicht" : ""), $0.verhaal.wijk.rawValue, $0.verhaal.datum,
                 HulpbronList.joined($0.verhaal.hulpbronnen), $0.verhaal.titel]
            }))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one story whole, with its review.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The story's id (see `veerkracht verhalen list`).", valueName: "id"))
        var id: Int64

        func run() throws {
            guard let stored = try database.open().storedVerhaal(id: id) else {
                throw CommandFailure("there is no story \(id) (see `veerkracht verhalen list`)")
            }
            let verhaal = stored.verhaal
            var lines = ["\(verhaal.titel)", "wijk \(verhaal.wijk.rawValue), \(verhaal.datum); hulpbronnen: \(HulpbronList.joined(verhaal.hulpbronnen))",
                         "status: \(stored.status.rawValue)\(stored.uitgelicht ? ", uitgelicht" : "")"]
            if let note = stored.beoordeling { lines.append("note by \(stored.beoordeeldDoor ?? "?"): \(note)") }
            Terminal.write((lines + ["", verhaal.tekst]).joined(separator: "\n") + "\n")
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Approve a story: it appears in reports from now on.")
        @OptionGroup var review: ReviewOptions
        func run() throws { try review.run(.approve) }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reject a story, with a note saying why; its author may change it and submit it again.")
        @OptionGroup var review: ReviewOptions
        func run() throws { try review.run(.reject) }
    }

    struct Highlight: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Highlight an approved story: it also appears in the gemeente summary.")
        @OptionGroup var review: ReviewOptions
        func run() throws { try review.run(.highlight) }
    }

    struct Unhighlight: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take a story out of the gemeente summary (it stays approved).")
        @OptionGroup var review: ReviewOptions
        func run() throws { try review.run(.unhighlight) }
    }
}

/// What every review decision takes: the database, the story and a note.
struct ReviewOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The story's id (see `veerkracht verhalen list`).", valueName: "id"))
    var id: Int64

    @Option(help: ArgumentHelp("A note for the audit log; for a rejection required: why, for the story's author.", valueName: "text"))
    var note: String = ""

    /// Records `decision` as the system user who runs the command.
    func run(_ decision: VerhaalDecision) throws {
        let stored = try database.open().reviewVerhaal(id: id, decision, note: note, by: .commandLine)
        Terminal.message("Story \(id) is now \(stored.status.rawValue)\(stored.uitgelicht ? " and highlighted" : "").")
    }
}

extension VerhaalStatus: ExpressibleByArgument {}
