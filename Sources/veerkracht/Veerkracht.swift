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
        subcommands: [Demo.self, Init.self, Import.self, Metingen.self, Export.self, Report.self, Themas.self, Surveys.self, Status.self, Users.self, Serve.self, Backup.self, Restore.self, Check.self]
    )

    /// Parses and runs the command, as `AsyncParsableCommand` does, but reports a damaged database
    /// file (`DamagedDatabase`), a full disk, a read-only or unopenable database and a disk error
    /// (`StorageFault`) in plain words with the database's path instead of SQLite's message with
    /// its SQL; the exit status stays 1.
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
            let path = DatabaseOptions.path(of: command)
            if let damaged = DamagedDatabase(error, path: path) { exit(withError: CommandFailure("\(damaged)")) }
            guard let fault = StorageFault(error) else { exit(withError: error) }
            exit(withError: CommandFailure(path.map { "\($0): \(fault)" } ?? "\(fault)"))
        }
    }
}
