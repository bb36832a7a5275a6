import VeerkrachtApp

extension CommandFailure {
    /// The command line's words for a database that the demo rule (`DemoDatabase`) refuses.
    init(_ refusal: DemoDatabase.Refusal) {
        switch refusal {
        case .holdsDemoData(let path):
            self.init("""
                \(path) holds the demo data (synthetic residents); own data imported there would mix with them in every figure.
                Use a database of your own: `veerkracht init --db mijn-data.sqlite` and give every command --db mijn-data.sqlite \
                (or set VEERKRACHT_DB), or run `veerkracht init` to replace the demo database with an empty one.
                """)
        case .holdsOtherData(let path):
            self.init("\(path) holds data that is not demo data; give the demo another file with --db PATH")
        }
    }
}
