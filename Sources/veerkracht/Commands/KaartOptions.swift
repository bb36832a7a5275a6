import ArgumentParser
import VeerkrachtCore

/// The map options of `report gemeente`.
struct KaartOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Draw the wijken on this GeoJSON map instead of the stored one (see `veerkracht kaart`).",
                               valueName: "file"))
    var kaart: String?

    @Option(name: .customLong("kaart-construct"),
            help: ArgumentHelp("The construct the map shows, e.g. cohesie. Default: veerkracht (sociale veerkracht).", valueName: "id"))
    var kaartConstruct: String?

    /// The map in the file of --kaart, if given.
    func map() throws -> WijkMap? { try kaart.map(Kaart.read) }
}
