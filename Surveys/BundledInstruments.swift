/// Instruments shipped with Veerkracht, embedded in the binary so that every command
/// works without the source tree at hand.
public enum BundledInstruments {
    /// Veerkrachtmeter v1, as YAML text: the default instrument before v2, kept so that databases
    /// that registered it (and their responses) are recognised.
    public static var veerkrachtmeterV1: String {
        String(decoding: PackageResources.veerkrachtmeter_v1_yaml, as: UTF8.self)
    }

    /// The default instrument, Veerkrachtmeter v2 (v1 plus the background questions leeftijd and
    /// geslacht), as YAML text.
    public static var veerkrachtmeterV2: String {
        String(decoding: PackageResources.veerkrachtmeter_v2_yaml, as: UTF8.self)
    }
}
