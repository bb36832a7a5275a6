/// Instruments shipped with Veerkracht, embedded in the binary so that every command
/// works without the source tree at hand.
public enum BundledInstruments {
    /// The default instrument, Veerkrachtmeter v1, as YAML text.
    public static var veerkrachtmeterV1: String {
        String(decoding: PackageResources.veerkrachtmeter_v1_yaml, as: UTF8.self)
    }
}
