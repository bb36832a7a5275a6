import ArgumentParser
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtStore

struct Kaart: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Store, show or remove the wijk map the gemeente summaries draw.",
        discussion: """
            A wijk map is a GeoJSON file of wijk boundaries, such as the wijken of the CBS Wijk- \
            en Buurtkaart from PDOK: a FeatureCollection with the wijk code in a property \
            wijkcode, WK_CODE or statcode, Polygon or MultiPolygon geometries, in WGS84 or RD \
            New (EPSG:28992). A map of the whole country will do: only the wijken of the \
            gemeenten in the database are stored. `report gemeente` and the web app then draw \
            the map in every summary of those gemeenten.

            Example:
              veerkracht kaart set wijken_2024.geojson
            """,
        subcommands: [Set.self, Show.self, Remove.self],
        defaultSubcommand: Show.self)

    /// The map in the file at `path`, or a message naming the file and the problem.
    static func read(_ path: String) throws -> WijkMap {
        do {
            return try WijkMapFile.read(path)
        } catch let error as WijkMapError {
            throw CommandFailure("\(path): \(error)")
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store the wijken of a GeoJSON file as the map of their gemeenten.",
            discussion: """
                Replaces an earlier map of the same gemeente. Without --gemeente, every gemeente \
                of the database that the file has wijken of gets its map.

                Example:
                  veerkracht kaart set wijken_2024.geojson --gemeente GM0772
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The GeoJSON file of wijk boundaries.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("Store only the map of this gemeente (repeatable), e.g. GM0772.", valueName: "code"))
        var gemeente: [String] = []

        func run() throws {
            let codes = try gemeente.map { text in
                guard let code = GemeenteCode(text) else { throw ValidationError("'\(text)' is not a CBS gemeente code (e.g. GM0772)") }
                return code
            }
            let map = try Kaart.read(file)
            let stored: [StoredWijkMap]
            do {
                stored = try database.open().storeWijkMap(map, source: file, gemeenten: codes.isEmpty ? nil : codes)
            } catch let error as WijkMapError {
                throw CommandFailure("\(file): \(error)")
            }
            for map in stored {
                Terminal.message("Stored the map of \(map.gemeente): \(MessageText.count(map.wijken)) wijk\(map.wijken == 1 ? "" : "en").")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the stored wijk maps: gemeente, wijken, file and when stored.",
            discussion: """
                Example:
                  veerkracht kaart show
                """)

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let maps = try database.open().wijkMaps()
            guard !maps.isEmpty else {
                Terminal.message("No wijk map stored; store one with `veerkracht kaart set FILE.geojson`.")
                return
            }
            Terminal.write(TextTable.render(header: ["gemeente", "wijken", "file", "stored"],
                                            rows: maps.map { [$0.gemeente, String($0.wijken), $0.source, $0.storedAt] }))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove the stored wijk map of a gemeente, or every stored map.",
            discussion: """
                Example:
                  veerkracht kaart remove GM0772
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The gemeente whose map to remove; without it, every map.", valueName: "gemeente"))
        var code: String?

        func run() throws {
            let removed = try database.open().removeWijkMap(gemeente: code)
            guard !removed.isEmpty else { throw CommandFailure(code.map { "no wijk map of \($0) is stored" } ?? "no wijk map is stored") }
            Terminal.message("Removed the map of \(removed.joined(separator: ", ")).")
        }
    }
}
