import Foundation
import VeerkrachtDemo
import VeerkrachtStore

/// The demo's wijk map: the synthetic boundaries of `DemoMap` written as `kaart.geojson` next to
/// the demo's CSV files (to try `report gemeente … --kaart`) and stored for every demo gemeente.
enum DemoKaart {
    static let fileName = "kaart.geojson"

    static func install(_ generator: DemoGenerator, folder: String, in store: Store) throws {
        let map = DemoMap.make(generator.gemeenten)
        let path = (folder as NSString).appendingPathComponent(fileName)
        do {
            try map.geoJSON().write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw DemoPipeline.FileError(description: "cannot write \(path): \(error.localizedDescription)")
        }
        try store.storeWijkMap(map, source: "demo:\(fileName)", gemeenten: generator.gemeenten.map(\.code))
    }
}
