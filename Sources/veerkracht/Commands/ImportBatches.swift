import ArgumentParser
import VeerkrachtStore

struct ImportList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the imported files, newest first, with the number to undo one.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let batches = try database.open().importBatches()
        guard !batches.isEmpty else {
            Terminal.message("Nothing was imported yet.")
            return
        }
        let rows = batches.map { batch in
            [String(batch.id), batch.createdAt, batch.kind, String(batch.rows), batch.source, batch.undoneAt.map { "undone \($0)" } ?? ""]
        }
        Terminal.write(TextTable.render(header: ["import", "when", "kind", "rows", "file", ""], rows: rows))
    }
}

struct ImportUndo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Remove exactly the rows of one imported file.",
        discussion: """
            Removes the responses or activities of one import (see `veerkracht import list`), \
            recomputes the figures they were part of and writes a line to the audit log. Refused \
            when the import holds responses of a closed meting. Names of gebieden cannot be undone.

            Example:
              veerkracht import undo 12
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The import's number, from `veerkracht import list`.", valueName: "import"))
    var batch: Int64

    func run() throws {
        let removed = try database.open().undoImport(batch, by: .commandLine)
        Terminal.message("Undid import \(batch): removed \(removed) rows.")
    }
}
