import VeerkrachtCore
import VeerkrachtStore
import VeerkrachtSurveys

/// The default instrument, Veerkrachtmeter v2, shipped in the binary: what `init` registers and
/// the demo answers unless another instrument is given. Veerkrachtmeter v1 stays known, so that a
/// database that registered it keeps its responses and gets v2 beside it (`bringUpToDate`).
public enum DefaultInstrument {
    /// Its YAML text, as registered in a database.
    public static var source: String { BundledInstruments.veerkrachtmeterV2 }

    /// The parsed instrument.
    public static func load() throws -> Instrument { try Instrument(yaml: source) }

    /// The earlier bundled versions, by version number.
    private static var earlier: [Int: String] { [1: BundledInstruments.veerkrachtmeterV1] }

    /// Registers the default instrument in `store` when the store's current instrument is an
    /// earlier bundled version of it, as it was shipped, and returns it; nil when nothing changed
    /// (the store has no instrument, has this one already, or uses an instrument of its own).
    /// Responses to the earlier version stay stored as they are and are reported with the new ones.
    @discardableResult
    public static func bringUpToDate(_ store: Store) throws -> Instrument? {
        let current: StoredInstrument
        do {
            current = try store.instrument()
        } catch StoreError.noInstrument {
            return nil
        }
        let instrument = try load()
        guard current.instrument.id == instrument.id, current.instrument.version < instrument.version,
              let shipped = earlier[current.instrument.version], try Instrument(yaml: shipped) == current.instrument else { return nil }
        try store.register(instrument, source: source)
        return instrument
    }
}
