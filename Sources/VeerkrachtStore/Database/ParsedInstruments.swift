import Foundation
import VeerkrachtCore

/// Instruments parsed from their stored definitions, kept by definition text. Parsing the YAML of
/// an instrument takes about a millisecond, and the web app read the instrument several times per
/// request: under load that was most of the server's time (issue 6). The key is the text itself,
/// so an instrument is never mistaken for another, whatever database or row it comes from; a
/// stored definition never changes, so nothing has to be forgotten (beyond a bound on the count).
enum ParsedInstruments {
    /// The instrument that `source` defines, parsed once per process.
    static func instrument(_ source: String) throws -> Instrument {
        if let known = cache.lookup(source) { return known }
        let instrument = try Instrument(yaml: source)
        cache.keep(instrument, for: source)
        return instrument
    }

    private static let cache = Cache()

    private final class Cache: @unchecked Sendable {
        /// More distinct instruments than a database holds in practice; past it the cache starts afresh.
        private static let capacity = 32
        private let lock = NSLock()
        private var parsed: [String: Instrument] = [:]

        func lookup(_ source: String) -> Instrument? { lock.withLock { parsed[source] } }

        func keep(_ instrument: Instrument, for source: String) {
            lock.withLock {
                if parsed.count >= Self.capacity { parsed.removeAll() }
                parsed[source] = instrument
            }
        }
    }
}
