import ArgumentParser
import VeerkrachtCore
import VeerkrachtStore

struct Surveys: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check and register instrument files, and write them as XLSForms (see Surveys/README.md).",
        subcommands: [Validate.self, Add.self, XLSFormCommand.self])

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check an instrument file and describe what it measures.",
            discussion: """
                Reports every problem with its line, or summarises the scales, constructs and items.

                Example:
                  veerkracht surveys validate Surveys/veerkrachtmeter-v1.yaml
                """)

        @Argument(help: ArgumentHelp("The instrument file (YAML).", valueName: "file"))
        var file: String

        func run() throws {
            let (instrument, _) = try InstrumentFile.load(file)
            Terminal.write(InstrumentSummary.text(instrument))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register an instrument in the database; later imports use it by default.",
            discussion: """
                Example:
                  veerkracht surveys add Surveys/mijn-vragenlijst-v1.yaml
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The instrument file (YAML).", valueName: "file"))
        var file: String

        func run() throws {
            let (instrument, source) = try InstrumentFile.load(file)
            try database.open().register(instrument, source: source)
            Terminal.message("Registered \(instrument.reference).")
        }
    }
}

/// A plain-text description of an instrument.
enum InstrumentSummary {
    static func text(_ instrument: Instrument) -> String {
        var lines = ["\(instrument.reference): \(instrument.title) — valid.",
                     "Scales: " + instrument.scales.map { "\($0.id) (\($0.minimum)–\($0.maximum)\($0.isOpen ? "+" : ""))" }.joined(separator: ", "),
                     "Constructs:"]
        for construct in instrument.constructs {
            switch construct.scoring {
            case let .items(indices, minimum):
                let ids = indices.map { instrument.items[$0].id + (instrument.items[$0].isReversed ? " (R)" : "") }
                lines.append("  \(construct.id) [\(construct.kind.rawValue)]: \(ids.joined(separator: ", ")); scored when ≥ \(minimum) answered")
            case let .composite(indices, minimum):
                let ids = indices.map { instrument.constructs[$0].id }
                lines.append("  \(construct.id) [composite]: mean of \(ids.joined(separator: ", ")); scored when ≥ \(minimum) present")
            }
        }
        let background = instrument.backgroundItems.map { "\($0.id) (\(instrument.scale(of: $0).id))" }
        if !background.isEmpty { lines.append("Background, never scored: \(background.joined(separator: ", "))") }
        lines.append("\(instrument.items.count) items; laag below \(instrument.thresholds.low), hoog from \(instrument.thresholds.high).")
        return lines.joined(separator: "\n") + "\n"
    }
}
