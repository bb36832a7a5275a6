import ArgumentParser
import Foundation
import VeerkrachtStore

@main
struct Veerkracht: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "veerkracht",
        abstract: "Measure sociale veerkracht per wijk: import questionnaires, score them, export figures.",
        discussion: """
            Start with a demo:
              veerkracht demo

            Or with your own data:
              veerkracht init
              veerkracht import responses enquete.csv --meting 2025-voorjaar
              veerkracht import activiteiten activiteiten.csv
              veerkracht export scores --by wijk
              veerkracht export output --by wijk

            Every command works on the default database (see `veerkracht status`) \
            unless you give --db PATH.
            """,
        version: Release.version,
        subcommands: [Demo.self, Init.self, Import.self, Metingen.self, Export.self, Report.self, Rapportagegebieden.self, Kaart.self, Verhalen.self, Themas.self, Surveys.self, Status.self, Users.self, Serve.self, Backup.self, Restore.self, Check.self]
    )

    /// Parses and runs the command, as `AsyncParsableCommand` does, but reports the store's errors
    /// as `StoreErrorMessages` phrases them: a damaged database file, a full disk, a read-only or
    /// unopenable database and a disk error in plain words with the database's path instead of
    /// SQLite's message with its SQL, and what to do with `veerkracht` commands; the exit status stays 1.
    static func main() async {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            // A mistyped command name gets the nearest one: "Did you mean 'import'?" (exit status 64).
            let arguments = Array(CommandLine.arguments.dropFirst())
            if exitCode(for: error) == .validationFailure, let near = CommandSuggestion.suggestion(for: arguments, root: self) {
                Terminal.message(fullMessage(for: error) + "\nDid you mean '\(near)'?")
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
            exit(withError: error)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard let message = StoreErrorMessages.message(for: error, path: DatabaseOptions.path(of: command)) else { exit(withError: error) }
            exit(withError: CommandFailure(message))
        }
    }
}
