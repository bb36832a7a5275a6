import ArgumentParser
import VeerkrachtCore
import VeerkrachtStore

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the database holds.",
        discussion: """
            Shows the database location, instruments, gebieden, metingen with their number of \
            responses and dates, panel respondents, the last import and the stories (verhalen) \
            by review status.

            Example:
              veerkracht status --db wijkmonitor.sqlite
            """)

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.open()
        let status = try store.status()
        let verhalen = try store.verhaalCounts()
        var lines = ["Database:    \(database.path)",
                     "Instruments: \(status.instruments.isEmpty ? "none (run veerkracht init)" : status.instruments.joined(separator: ", "))",
                     "Gebieden:    \(status.gemeenten) gemeenten, \(status.wijken) wijken",
                     "Metingen:    \(status.metingen.isEmpty ? "none yet" : "")"]
        for meting in status.metingen {
            lines.append("  \(meting.label): \(meting.responses) responses in \(meting.wijken) wijken, \(meting.firstDate) – \(meting.lastDate)")
        }
        lines.append("Panel:       \(status.panelRespondents) respondents answered more than one meting")
        lines.append("Imports:     \(status.imports)\(status.lastImport.map { ", last: \($0)" } ?? "")")
        lines.append("Verhalen:    \(verhalen.values.reduce(0, +)) (" + VerhaalStatus.allCases.map { "\(verhalen[$0] ?? 0) \($0.rawValue)" }
            .joined(separator: ", ") + ")")
        Terminal.write(lines.joined(separator: "\n") + "\n")
    }
}
