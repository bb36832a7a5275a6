import ArgumentParser
import Hummingbird
import VeerkrachtStore
import VeerkrachtWeb

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the web app for veldwerkers, analisten and gemeenten.",
        discussion: """
            Serves the entry forms, the dashboards and the audit log on http://HOST:PORT. It \
            listens on 127.0.0.1 unless you give --host; put it behind a TLS proxy (sending \
            X-Forwarded-Proto: https) before opening it to a network. Add accounts first \
            with `veerkracht users add`.

            Example:
              veerkracht serve --port 8080
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080

    func run() async throws {
        let store = try database.open()
        try database.updateInstrument(store)
        if try store.users().isEmpty {
            Terminal.message("Note: there are no accounts yet; add one with `veerkracht users add NAME --role analist`.")
        }
        Terminal.message("Veerkracht serves \(database.path) on http://\(host):\(port)/")
        try await WebApp.application(store: store, host: host, port: port).runService()
    }
}
