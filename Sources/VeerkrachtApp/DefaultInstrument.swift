import VeerkrachtCore
import VeerkrachtSurveys

/// The default instrument, Veerkrachtmeter v1, shipped in the binary: what `init` registers and
/// the demo answers unless another instrument is given.
public enum DefaultInstrument {
    /// Its YAML text, as registered in a database.
    public static var source: String { BundledInstruments.veerkrachtmeterV1 }

    /// The parsed instrument.
    public static func load() throws -> Instrument { try Instrument(yaml: source) }
}
