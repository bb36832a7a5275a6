import Foundation
import VeerkrachtCore

/// Instruments parsed from their stored YAML, remembered by that text. A stored definition never
/// changes (a new version is a new row), and the web app needs the instrument on nearly every
/// request: parsing it each time cost more than the rest of such a request.
enum ParsedInstruments {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var parsed: [String: Instrument] = [:]
    /// Few instruments are ever registered; the cache starts over beyond this many.
    private static let limit = 64

    /// The instrument defined by `yaml`, parsed once per process.
    static func instrument(yaml: String) throws -> Instrument {
        if let known = lock.withLock({ parsed[yaml] }) { return known }
        let instrument = try Instrument(yaml: yaml)
        lock.withLock {
            if parsed.count >= limit { parsed.removeAll() }
            parsed[yaml] = instrument
        }
        return instrument
    }
}
