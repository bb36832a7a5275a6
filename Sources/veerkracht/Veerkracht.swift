import ArgumentParser

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
        subcommands: [Demo.self, Init.self, Import.self, Export.self, Report.self, Themas.self, Surveys.self, Status.self, Users.self, Serve.self, Backup.self, Restore.self, Check.self]
    )
}
